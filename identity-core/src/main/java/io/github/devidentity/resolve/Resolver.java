package io.github.devidentity.resolve;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import java.util.Collection;
import java.util.Map;

/**
 * Resolves identity records into contributors: the library's entry point.
 *
 * <p>A resolution normalises every record, asks each strategy of the chain for blocking keys,
 * scores candidate pairs inside blocks only (never all pairs), replays the decision log, and
 * unions links strongest first. Links at or above the auto-merge threshold join contributors
 * unless a guard objects; guarded links and links between the review and auto-merge thresholds go
 * to the review queue.
 *
 * <p>Guards against false-merge snowballs, checked on whole contributors before each union:
 *
 * <ul>
 *   <li>two different accounts of one account-id integration (two GitHub logins, two Jira account
 *       ids) are never joined automatically;
 *   <li>a bot is never joined with a person automatically;
 *   <li>never-link decisions keep contributors apart;
 *   <li>a record split off by a decision takes part in no automatic link.
 * </ul>
 *
 * <p>Results are deterministic and independent of input order. Contributor ids derive from each
 * contributor's anchor record (its earliest record); pass the previous resolution's {@link
 * Resolution#assignments() assignments} to keep ids across runs: a contributor keeps its id, and
 * when two merge, the older id survives.
 *
 * <pre>{@code
 * Resolver resolver = Resolver.create();
 * Resolution resolution = resolver.resolve(records, decisionStore.load());
 * for (Contributor contributor : resolution.contributors()) {
 *   System.out.println(contributor);
 * }
 * }</pre>
 *
 * <p>Thread-safe: a resolver holds only its options.
 */
public final class Resolver {
  private final ResolverOptions options;

  private Resolver(ResolverOptions options) {
    this.options = options;
  }

  /** A resolver with {@link ResolverOptions#defaults()}. */
  public static Resolver create() {
    return new Resolver(ResolverOptions.defaults());
  }

  /** A resolver with these options. */
  public static Resolver create(ResolverOptions options) {
    return new Resolver(requireNonNull(options, "options"));
  }

  /** The options. */
  public ResolverOptions options() {
    return options;
  }

  /**
   * Resolves records without decisions.
   *
   * @throws IllegalArgumentException if two records share an id
   */
  public Resolution resolve(Collection<IdentityRecord> records) {
    return resolve(records, DecisionLog.empty(), Map.of());
  }

  /**
   * Resolves records, replaying the decision log.
   *
   * @throws IllegalArgumentException if two records share an id
   */
  public Resolution resolve(Collection<IdentityRecord> records, DecisionLog decisions) {
    return resolve(records, decisions, Map.of());
  }

  /**
   * Resolves records, replaying the decision log and keeping the contributor ids of a previous
   * resolution.
   *
   * @param previous record-to-contributor assignments of an earlier resolution, usually its
   *     {@link Resolution#assignments()}; records not in it get new ids
   * @throws IllegalArgumentException if two records share an id
   */
  public Resolution resolve(
      Collection<IdentityRecord> records,
      DecisionLog decisions,
      Map<RecordId, ContributorId> previous) {
    requireNonNull(records, "records");
    requireNonNull(decisions, "decisions");
    requireNonNull(previous, "previous");
    return new Engine(options, records, decisions, previous).run();
  }
}
