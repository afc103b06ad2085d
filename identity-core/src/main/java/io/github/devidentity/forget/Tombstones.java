package io.github.devidentity.forget;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import io.github.devidentity.audit.AuditTrail;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The list of forgotten people, as {@link Tombstone tombstones}, with the host's secret salt:
 * forgets a person, keeps them out of every later sync, and purges them from the decision log,
 * the contributor assignments and the audit trail.
 *
 * <p>Deleting a person works in two steps. First make a tombstone from the person's contributor
 * (or records) and add it; the tombstone holds only salted hashes of the person's identifiers —
 * the record ids, the account ids and logins per integration, the normalised linkable emails, and
 * the contributor id — never a name or a raw value. Then, on this sync and every later one,
 * {@link #filter} the incoming records, {@link #purge(DecisionLog) purge} the decision log and the
 * {@link #purge(Map) assignments} before resolving, and {@link #purge(AuditTrail, String) purge}
 * the audit trail. The resolution then holds none of the person's records, emails or decisions,
 * and a sync that brings the person's accounts back drops them, saying which tombstone caught
 * each.
 *
 * <p>A record is caught when any one of its identifiers matches: its record id, its account id or
 * a linked account in the same integration, its login in the same integration (ignoring case), or
 * a linkable email. Names are not hashed, so a record that carries nothing but a name is not
 * caught; nor are free-text decision notes or an actor's own id inspected.
 *
 * <p>The salt is the host's secret: hashes only match under the salt they were made with, and
 * whoever holds the salt can test a guessed email against the list. It is never part of {@link
 * #tombstones()}, {@link #toString()} or an export of the list; {@link #salt()} hands it out only
 * when the host asks, to store it apart from the list. Keep one salt for the life of the list.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Tombstones tombstones = Tombstones.create(salt);
 * Contributor ada = resolution.contributorOf(RecordId.of("gh-1")).orElseThrow();
 * tombstones = tombstones.with(tombstones.tombstone(ada, Instant.now()));
 * FilteredRecords sync = tombstones.filter(records);
 * Resolution next = resolver.resolve(sync.kept(), tombstones.purge(log), tombstones.purge(resolution.assignments()));
 * tombstones.purge(trail, "dpo");
 * }</pre>
 */
public final class Tombstones {
  /** The shortest salt accepted, in bytes. */
  public static final int MIN_SALT_LENGTH = 16;

  private static final int NEW_SALT_LENGTH = 32;
  private static final int ID_DIGITS = 16;

  private final byte[] salt;
  private final Identifiers identifiers;
  private final ImmutableList<Tombstone> tombstones;
  /** Each hash, to the first tombstone holding it. */
  private final Map<Tombstone.Hash, Tombstone> index;

  private Tombstones(byte[] salt, List<Tombstone> tombstones) {
    this.salt = salt;
    this.identifiers = new Identifiers(salt);
    this.tombstones = ImmutableList.copyOf(tombstones);
    Map<Tombstone.Hash, Tombstone> index = new HashMap<>();
    for (Tombstone tombstone : tombstones) {
      for (Tombstone.Hash hash : tombstone.hashes()) {
        index.putIfAbsent(hash, tombstone);
      }
    }
    this.index = index;
  }

  /** A new random salt of 32 bytes, from a {@link SecureRandom}, to store as a secret. */
  public static byte[] newSalt() {
    byte[] salt = new byte[NEW_SALT_LENGTH];
    new SecureRandom().nextBytes(salt);
    return salt;
  }

  /**
   * An empty list under a salt.
   *
   * @param salt the host's secret, at least {@link #MIN_SALT_LENGTH} bytes; copied
   * @throws IllegalArgumentException if the salt is too short
   */
  public static Tombstones create(byte[] salt) {
    return of(salt, List.of());
  }

  /**
   * A list of tombstones under the salt they were made with, such as a list read back from an
   * export.
   *
   * @param salt the host's secret, at least {@link #MIN_SALT_LENGTH} bytes; copied
   * @param tombstones the tombstones, in order
   * @throws IllegalArgumentException if the salt is too short, or two different tombstones share
   *     an id
   */
  public static Tombstones of(byte[] salt, Collection<Tombstone> tombstones) {
    requireNonNull(salt, "salt");
    requireNonNull(tombstones, "tombstones");
    if (salt.length < MIN_SALT_LENGTH) {
      throw new IllegalArgumentException("the salt is " + salt.length + " bytes; expected at least "
          + MIN_SALT_LENGTH + ", such as the 32 of Tombstones.newSalt()");
    }
    Map<String, Tombstone> byId = new LinkedHashMap<>();
    for (Tombstone tombstone : tombstones) {
      Tombstone other = byId.putIfAbsent(requireNonNull(tombstone, "tombstone").id(), tombstone);
      if (other != null && !other.equals(tombstone)) {
        throw new IllegalArgumentException("two different tombstones have the id " + tombstone.id()
            + "; a tombstone id names one forgotten person");
      }
    }
    return new Tombstones(salt.clone(), new ArrayList<>(byId.values()));
  }

  /**
   * Makes the tombstone of a contributor: the hashes of its id and of every identifier of its
   * records. It is not added; pass it to {@link #with}.
   *
   * @param contributor the person to forget, from a resolution
   * @param at when the person is forgotten
   * @return the tombstone; its id derives from its hashes and time
   */
  public Tombstone tombstone(Contributor contributor, Instant at) {
    requireNonNull(contributor, "contributor");
    Set<Tombstone.Hash> hashes = hashes(contributor.records());
    hashes.add(identifiers.of(contributor.id()));
    return tombstone(hashes, at);
  }

  /**
   * Makes the tombstone of a person given by their records: the hashes of every identifier of
   * the records. It is not added; pass it to {@link #with}.
   *
   * @param records the person's records
   * @param at when the person is forgotten
   * @return the tombstone; its id derives from its hashes and time
   * @throws IllegalArgumentException if {@code records} is empty
   */
  public Tombstone tombstone(Collection<IdentityRecord> records, Instant at) {
    requireNonNull(records, "records");
    if (records.isEmpty()) {
      throw new IllegalArgumentException("no records given; name the records of the person to forget");
    }
    return tombstone(hashes(records), at);
  }

  private Set<Tombstone.Hash> hashes(Collection<IdentityRecord> records) {
    Set<Tombstone.Hash> hashes = new LinkedHashSet<>();
    for (IdentityRecord record : records) {
      hashes.addAll(identifiers.of(requireNonNull(record, "record")));
    }
    return hashes;
  }

  private static Tombstone tombstone(Set<Tombstone.Hash> hashes, Instant at) {
    requireNonNull(at, "at");
    Set<Tombstone.Hash> sorted = new TreeSet<>(Tombstone.HASH_ORDER);
    sorted.addAll(hashes);
    Hasher id = Hashing.sha256().newHasher().putString(at.toString(), UTF_8);
    for (Tombstone.Hash hash : sorted) {
      id.putString(hash.kind().name(), UTF_8).putString(hash.value(), UTF_8);
    }
    return new Tombstone("t-" + id.hash().toString().substring(0, ID_DIGITS), at, sorted);
  }

  /**
   * This list with one more tombstone at the end; this list itself when it holds the tombstone.
   *
   * @throws IllegalArgumentException if the list holds a different tombstone with the same id
   */
  public Tombstones with(Tombstone tombstone) {
    requireNonNull(tombstone, "tombstone");
    if (tombstones.contains(tombstone)) {
      return this;
    }
    List<Tombstone> more = new ArrayList<>(tombstones);
    more.add(tombstone);
    return of(salt, more);
  }

  /** The tombstones, in the order they were added. */
  public List<Tombstone> tombstones() {
    return tombstones;
  }

  /** The secret salt, a copy: store it apart from the exported list, and never show it. */
  public byte[] salt() {
    return salt.clone();
  }

  /**
   * Splits incoming records into those to resolve and those of forgotten people; each dropped
   * record comes with the tombstone that caught it and the kind of identifier that matched.
   *
   * @param records the records of a sync
   * @return the kept and the dropped records, each in input order
   */
  public FilteredRecords filter(Collection<IdentityRecord> records) {
    requireNonNull(records, "records");
    List<IdentityRecord> kept = new ArrayList<>();
    List<DroppedRecord> dropped = new ArrayList<>();
    for (IdentityRecord record : records) {
      DroppedRecord caught = catching(requireNonNull(record, "record"));
      if (caught == null) {
        kept.add(record);
      } else {
        dropped.add(caught);
      }
    }
    return new FilteredRecords(kept, dropped);
  }

  private @Nullable DroppedRecord catching(IdentityRecord record) {
    if (index.isEmpty()) {
      return null;
    }
    for (Tombstone.Hash hash : identifiers.of(record)) {
      Tombstone tombstone = index.get(hash);
      if (tombstone != null) {
        return new DroppedRecord(record, tombstone.id(), hash.kind());
      }
    }
    return null;
  }

  /** Whether a record id belongs to a forgotten person. */
  boolean isForgotten(RecordId record) {
    return index.containsKey(identifiers.of(record));
  }

  /** Whether a contributor id was a forgotten person's. */
  boolean isForgotten(ContributorId contributor) {
    return index.containsKey(identifiers.of(contributor));
  }

  /**
   * The decision log without the decisions that name a forgotten record, in order. Store the
   * result in place of the old log: an append-only store keeps the old decisions otherwise.
   *
   * @param log the log
   * @return the purged log; {@code log} itself when nothing was purged
   */
  public DecisionLog purge(DecisionLog log) {
    requireNonNull(log, "log");
    List<Decision> kept = new ArrayList<>();
    for (Decision decision : log.decisions()) {
      if (decision.records().stream().noneMatch(this::isForgotten)) {
        kept.add(decision);
      }
    }
    return kept.size() == log.size() ? log : DecisionLog.of(kept);
  }

  /**
   * Contributor assignments, such as the previous resolution's, without forgotten records and
   * contributors, so the next resolution neither names them nor reuses their ids.
   *
   * @param assignments each record's contributor
   * @return the remaining assignments in the same order, unmodifiable
   */
  public Map<RecordId, ContributorId> purge(Map<RecordId, ContributorId> assignments) {
    requireNonNull(assignments, "assignments");
    Map<RecordId, ContributorId> kept = new LinkedHashMap<>();
    assignments.forEach((record, contributor) -> {
      if (!isForgotten(record) && !isForgotten(contributor)) {
        kept.put(record, contributor);
      }
    });
    return Collections.unmodifiableMap(kept);
  }

  /**
   * Purges the audit trail of every forgotten person, as {@link AuditTrail#forget} describes: the
   * events about them are removed (imports and uploads redacted), and each tombstone leaves one
   * {@code FORGOTTEN} event holding only its id, at the time the person was forgotten. Purging
   * again is harmless.
   *
   * @param trail the trail, changed in place
   * @param actor who had the people forgotten
   * @return the number of events removed or redacted
   * @throws IllegalArgumentException if {@code actor} is blank
   */
  public int purge(AuditTrail trail, String actor) {
    requireNonNull(trail, "trail");
    requireNonNull(actor, "actor");
    Map<RecordId, Tombstone.Hash> recordHashes = new HashMap<>();
    Map<ContributorId, Tombstone.Hash> contributorHashes = new HashMap<>();
    int changed = 0;
    for (Tombstone tombstone : tombstones) {
      changed += trail.forget(
          record -> tombstone.hashes().contains(recordHashes.computeIfAbsent(record, identifiers::of)),
          contributor -> tombstone.hashes().contains(contributorHashes.computeIfAbsent(contributor, identifiers::of)),
          tombstone.id(), actor, tombstone.forgottenAt());
    }
    return changed;
  }

  /** {@code Tombstones[3 tombstones]}; never the salt. */
  @Override
  public String toString() {
    return "Tombstones[" + tombstones.size() + (tombstones.size() == 1 ? " tombstone" : " tombstones") + "]";
  }
}
