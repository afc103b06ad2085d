package io.github.devidentity.licence;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.ReviewItem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Counts licence units in a resolution.
 *
 * <p>A contributor is one unit when it is not a bot and holds at least one record in a
 * source-code-management integration ({@link
 * io.github.devidentity.model.IntegrationType#isSourceCodeManagement()}: git, GitHub, GitHub
 * Enterprise, GitLab, Bitbucket Cloud and Server, Azure DevOps, Harness Code). With an active
 * window only source-code-management records active in it make a contributor billable; activity
 * in other tools does not, since it is not the use the licence pays for. Every other contributor is
 * left out with one {@link ExclusionReason}.
 *
 * <pre>{@code
 * Resolution resolution = Resolver.create().resolve(records);
 * LicenceReport report = LicenceCounter.create(LicencePolicy.builder()
 *         .activeWithin(Duration.ofDays(90), Instant.parse("2026-12-01T00:00:00Z"))
 *         .build())
 *     .count(resolution);
 * System.out.println(report.count() + " units; " + report.countIfDuplicatesMerged() + " if the duplicates were merged");
 * }</pre>
 */
public final class LicenceCounter {
  /** Accounts first, then the latest last known activity (undated last), then the smallest id. */
  private static final Comparator<IdentityRecord> BILLING_ORDER =
      Comparator.comparing((IdentityRecord r) -> r.accountId().isEmpty())
          .thenComparing(LicenceCounter::lastKnown, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(IdentityRecord::id);

  private final LicencePolicy policy;

  private LicenceCounter(LicencePolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  /** A counter following a policy. */
  public static LicenceCounter create(LicencePolicy policy) {
    return new LicenceCounter(policy);
  }

  /** A counter that bills every contributor with a source-code-management identity. */
  public static LicenceCounter create() {
    return new LicenceCounter(LicencePolicy.allContributors());
  }

  /** The policy. */
  public LicencePolicy policy() {
    return policy;
  }

  /** Counts the licence units of a resolution. */
  public LicenceReport count(Resolution resolution) {
    requireNonNull(resolution, "resolution");
    List<BillableContributor> billable = new ArrayList<>();
    Map<ContributorId, BillableContributor> byId = new HashMap<>();
    Map<ExclusionReason, List<Contributor>> excluded = new EnumMap<>(ExclusionReason.class);
    for (Contributor contributor : resolution.contributors()) {
      Optional<ExclusionReason> reason = exclusion(contributor);
      if (reason.isPresent()) {
        excluded.computeIfAbsent(reason.get(), r -> new ArrayList<>()).add(contributor);
      } else {
        BillableContributor entry = entry(contributor);
        billable.add(entry);
        byId.put(contributor.id(), entry);
      }
    }
    List<LicenceDuplicate> duplicates = new ArrayList<>();
    for (ReviewItem item : resolution.reviewQueue()) {
      BillableContributor first = byId.get(item.firstContributor());
      BillableContributor second = byId.get(item.secondContributor());
      if (first != null && second != null && !item.firstContributor().equals(item.secondContributor())) {
        duplicates.add(new LicenceDuplicate(item, first, second));
      }
    }
    return new LicenceReport(policy, billable, excluded, duplicates);
  }

  private Optional<ExclusionReason> exclusion(Contributor contributor) {
    if (contributor.isBot()) {
      return Optional.of(ExclusionReason.BOT);
    }
    boolean scm = false;
    boolean undated = false;
    for (IdentityRecord record : contributor.records()) {
      if (record.integration().type().isSourceCodeManagement()) {
        if (policy.isActive(record)) {
          return Optional.empty();
        }
        scm = true;
        undated |= lastKnown(record) == null;
      }
    }
    if (!scm) {
      return Optional.of(ExclusionReason.NO_SCM_IDENTITY);
    }
    return Optional.of(undated ? ExclusionReason.ACTIVITY_UNKNOWN : ExclusionReason.INACTIVE);
  }

  private BillableContributor entry(Contributor contributor) {
    IdentityRecord best = null;
    Instant latest = null;
    for (IdentityRecord record : contributor.records()) {
      if (!record.integration().type().isSourceCodeManagement()) {
        continue;
      }
      Instant known = lastKnown(record);
      if (known != null && (latest == null || known.isAfter(latest))) {
        latest = known;
      }
      if (policy.isActive(record) && (best == null || BILLING_ORDER.compare(record, best) < 0)) {
        best = record;
      }
    }
    if (best == null) {
      throw new IllegalStateException("contributor " + contributor.id() + " is counted without an active record");
    }
    return new BillableContributor(contributor, best, latest, reason(best));
  }

  private String reason(IdentityRecord record) {
    String label = BillableContributor.label(record);
    Optional<Duration> window = policy.activeWindow();
    if (window.isEmpty()) {
      return "holds " + label;
    }
    Instant first = record.firstSeen().or(record::lastSeen).orElseThrow();
    Instant last = lastKnown(record);
    String when = first.equals(last) ? "seen " + last : "seen " + first + " to " + last;
    return label + " " + when + ", within the " + LicencePolicy.describe(window.get()) + " up to "
        + policy.asOf().orElseThrow();
  }

  /** The last known activity of a record: its last seen, or its first seen when only that is known. */
  private static @Nullable Instant lastKnown(IdentityRecord record) {
    return record.lastSeen().or(record::firstSeen).orElse(null);
  }
}
