package io.github.devidentity.match;

import io.github.devidentity.normalize.NormalizedRecord;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The pluggable unit of correlation: proposes candidate pairs through blocking keys and scores
 * them.
 *
 * <p>The resolver never compares all pairs of records. It asks each strategy for the blocking keys
 * of each record, groups records that share a key into a block, and asks the strategy to score
 * pairs inside a block only. How pairs inside a block are chosen depends on {@link #blocking()}:
 * for {@link Blocking#EXACT} keys, sharing the key is the evidence, and each member is scored
 * against the block's first member only (linear in the block size); for {@link
 * Blocking#CANDIDATES} keys, every pair of the block is scored; for {@link Blocking#PROBE} keys,
 * each record that probes a key is scored against each record that holds it. Candidate blocks
 * larger than the resolver's bound are skipped and reported.
 *
 * <p>Implementations must be deterministic and thread-safe, and keys must not mix with other
 * strategies' keys (the resolver keeps each strategy's keys apart).
 *
 * <pre>{@code
 * final class SameEmployeeNumber implements CorrelationStrategy {
 *   public String name() { return "same-employee-number"; }
 *   public Blocking blocking() { return Blocking.EXACT; }
 *   public void blockingKeys(NormalizedRecord record, Consumer<String> keys) {
 *     String number = record.record().attributes().get("employee_number");
 *     if (number != null) keys.accept(number);
 *   }
 *   public Optional<Evidence> score(NormalizedRecord a, NormalizedRecord b, String key) {
 *     return Optional.of(new Evidence(name(), 0.99, "same employee number " + key));
 *   }
 * }
 * }</pre>
 */
public interface CorrelationStrategy {

  /** How the members of one block are compared. */
  enum Blocking {
    /** Sharing the key is itself the evidence: members are scored against the first member. */
    EXACT,
    /** The key only proposes candidates: every pair in the block is scored. */
    CANDIDATES,
    /**
     * The key only proposes candidates, from one side: records look a key up through {@link
     * #probeKeys} and are scored against the records that hold it through {@link #blockingKeys},
     * never against each other. For one-sided rules ("this full name builds that handle"), so a
     * block of a thousand John Smiths costs a thousand comparisons, not half a million.
     */
    PROBE
  }

  /** A short, unique, stable name, e.g. {@code same-email}; shown in evidence and reports. */
  String name();

  /** How pairs inside one block are chosen; {@link Blocking#CANDIDATES} unless overridden. */
  default Blocking blocking() {
    return Blocking.CANDIDATES;
  }

  /**
   * Whether a {@link Blocking#CANDIDATES} block may be compared at all. A strategy vetoes a block
   * that is ambiguous as a whole ("ville", the machine login of an unconfigured laptop, names
   * someone only while one person here is called Ville) or that cannot hold a match. Asked before
   * the block's size is checked against the resolver's bound, so it must be linear in the block.
   * Not called for {@link Blocking#EXACT} blocks. By default every block is compared.
   *
   * @param members the block's records, in a stable order
   * @param key the key they share
   */
  default boolean acceptsBlock(java.util.List<NormalizedRecord> members, String key) {
    return true;
  }

  /**
   * Whether {@link #score} can give a pair different evidence under different keys. When it
   * cannot, the resolver scores a pair once however many of this strategy's blocks it shares:
   * two records spelling one name the same way share a dozen name-variant blocks. True unless
   * overridden.
   */
  default boolean evidenceDependsOnKey() {
    return true;
  }

  /**
   * A class of records that look alike to this strategy and between which it never gives
   * evidence, or null. Two records of one non-null class are not scored: two records spelling
   * one full name the same way share every name-variant block, but an equal name is the
   * full-name strategy's evidence, not a variant. Only an optimisation, so {@link #score} must
   * return empty for any two records of one class. Null (no class) unless overridden.
   */
  default @org.jspecify.annotations.Nullable String silentClass(NormalizedRecord record) {
    return null;
  }

  /**
   * What of a record {@link #score} reads, written out as a string, or null. Two records with
   * equal profiles must get the same evidence against any other record (and against each other's
   * profile) under any key, whichever side of the pair they are on, and must have the same {@link
   * #silentClass}; the resolver then scores a pair of profiles once rather than every pair of their
   * records (a block of sixty records often holds a dozen spellings). Only an optimisation: null
   * (every pair scored) unless overridden.
   */
  default @org.jspecify.annotations.Nullable String profile(NormalizedRecord record) {
    return null;
  }

  /**
   * For {@link Blocking#PROBE} strategies, emits the keys under which a record looks for the
   * records that hold them; none by default.
   */
  default void probeKeys(NormalizedRecord record, Consumer<String> keys) {}

  /** Emits the blocking keys of one record; none when the record cannot be linked this way. */
  void blockingKeys(NormalizedRecord record, Consumer<String> keys);

  /**
   * Scores one candidate pair that shares {@code key}.
   *
   * @return the evidence that the two records are one person, or empty when there is none
   */
  Optional<Evidence> score(NormalizedRecord a, NormalizedRecord b, String key);
}
