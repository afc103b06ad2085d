package io.github.devidentity.licence;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.ContributorId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The result of one licence count: the count, the billable record of every counted contributor,
 * the contributors left out by reason, and the review-queue duplicates whose merge would lower
 * the count. Every contributor of the resolution is either counted or left out with one reason.
 * Immutable; lists are in a deterministic order.
 */
public final class LicenceReport {
  private final LicencePolicy policy;
  private final ImmutableList<BillableContributor> billable;
  private final ImmutableMap<ContributorId, BillableContributor> byId;
  private final ImmutableMap<ExclusionReason, List<Contributor>> excluded;
  private final ImmutableList<LicenceDuplicate> duplicates;
  private final int countIfDuplicatesMerged;

  LicenceReport(LicencePolicy policy, List<BillableContributor> billable,
      Map<ExclusionReason, List<Contributor>> excluded, List<LicenceDuplicate> duplicates) {
    this.policy = policy;
    this.billable = ImmutableList.copyOf(billable);
    ImmutableMap.Builder<ContributorId, BillableContributor> byId = ImmutableMap.builder();
    for (BillableContributor entry : billable) {
      byId.put(entry.contributor().id(), entry);
    }
    this.byId = byId.buildOrThrow();
    Map<ExclusionReason, List<Contributor>> every = new EnumMap<>(ExclusionReason.class);
    for (ExclusionReason reason : ExclusionReason.values()) {
      every.put(reason, ImmutableList.copyOf(excluded.getOrDefault(reason, List.of())));
    }
    this.excluded = ImmutableMap.copyOf(every);
    this.duplicates = ImmutableList.copyOf(duplicates);
    this.countIfDuplicatesMerged = billable.size() - joins(duplicates);
  }

  /**
   * How many units merging every duplicate removes. Items may chain (A ~ B, B ~ C, A ~ C), so the
   * units removed are the joins that bring two still separate groups together, not the items.
   */
  private static int joins(List<LicenceDuplicate> duplicates) {
    Map<ContributorId, ContributorId> parent = new HashMap<>();
    int joins = 0;
    for (LicenceDuplicate duplicate : duplicates) {
      ContributorId a = root(parent, duplicate.first().contributor().id());
      ContributorId b = root(parent, duplicate.second().contributor().id());
      if (!a.equals(b)) {
        // Keep the smaller id as the root, so the structure does not depend on hash order.
        if (a.compareTo(b) < 0) {
          parent.put(b, a);
        } else {
          parent.put(a, b);
        }
        joins++;
      }
    }
    return joins;
  }

  private static ContributorId root(Map<ContributorId, ContributorId> parent, ContributorId id) {
    ContributorId root = id;
    for (ContributorId up = parent.get(root); up != null; up = parent.get(root)) {
      root = up;
    }
    // Point the path at the root, so long chains are walked once.
    for (ContributorId at = id; !at.equals(root); ) {
      ContributorId up = parent.get(at);
      parent.put(at, root);
      at = up;
    }
    return root;
  }

  /** The policy the count followed. */
  public LicencePolicy policy() {
    return policy;
  }

  /** The number of licence units: the counted contributors. */
  public int count() {
    return billable.size();
  }

  /** Every contributor the count looked at: counted plus left out. */
  public int contributors() {
    int total = billable.size();
    for (List<Contributor> left : excluded.values()) {
      total += left.size();
    }
    return total;
  }

  /** The counted contributors with their billable records, sorted by contributor id. */
  public List<BillableContributor> billable() {
    return billable;
  }

  /** The entry of a counted contributor; empty when it is not counted or unknown. */
  public Optional<BillableContributor> billable(ContributorId contributor) {
    return Optional.ofNullable(byId.get(contributor));
  }

  /** How many contributors each reason left out; every reason is present, in declaration order. */
  public Map<ExclusionReason, Integer> exclusions() {
    Map<ExclusionReason, Integer> counts = new EnumMap<>(ExclusionReason.class);
    excluded.forEach((reason, left) -> counts.put(reason, left.size()));
    return ImmutableMap.copyOf(counts);
  }

  /** The contributors one reason left out, sorted by id. */
  public List<Contributor> excluded(ExclusionReason reason) {
    return excluded.get(reason);
  }

  /**
   * The review-queue items whose two contributors are both counted, in review-queue order
   * (strongest first): accepting one lowers the count by one unit, unless an earlier accepted item
   * already joined the two.
   */
  public List<LicenceDuplicate> duplicates() {
    return duplicates;
  }

  /**
   * The count if every duplicate were accepted: the counted contributors after joining the pairs
   * of every duplicate, where a chain of items joins several contributors into one unit.
   */
  public int countIfDuplicatesMerged() {
    return countIfDuplicatesMerged;
  }

  /** {@code 120 licence units of 140 contributors (bots 3, …); 4 duplicates, 117 if merged}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(count()).append(count() == 1 ? " licence unit" : " licence units")
        .append(" of ").append(contributors()).append(" contributors (");
    String separator = "";
    for (ExclusionReason reason : ExclusionReason.values()) {
      text.append(separator).append(reason.name().toLowerCase(Locale.ROOT)).append(' ')
          .append(excluded.get(reason).size());
      separator = ", ";
    }
    return text.append(" left out); ").append(duplicates.size())
        .append(duplicates.size() == 1 ? " duplicate, " : " duplicates, ").append(countIfDuplicatesMerged)
        .append(" if merged").toString();
  }
}
