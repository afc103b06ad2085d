package io.github.devidentity.resolve;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.match.Evidence;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.RecordId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A doubtful match waiting for a person: two contributors that might be one, the strongest link
 * between them, and why it was not merged automatically.
 *
 * @param id stable id of the item, derived from the two records
 * @param first a record of the first contributor
 * @param second a record of the second contributor
 * @param firstContributor the contributor holding {@code first}
 * @param secondContributor the contributor holding {@code second}
 * @param evidence the evidence for the pair, strongest first; never empty
 * @param reason why it was not merged: below the auto-merge threshold, or a guard
 */
public record ReviewItem(
    String id,
    RecordId first,
    RecordId second,
    ContributorId firstContributor,
    ContributorId secondContributor,
    List<Evidence> evidence,
    String reason) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if {@code evidence} is empty
   */
  public ReviewItem {
    requireNonNull(id, "id");
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    requireNonNull(firstContributor, "firstContributor");
    requireNonNull(secondContributor, "secondContributor");
    requireNonNull(reason, "reason");
    evidence = ImmutableList.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("review item " + id + " needs evidence");
    }
  }

  /** The confidence of the strongest evidence. */
  public double confidence() {
    return evidence.get(0).confidence();
  }

  /** The decision that confirms the match. */
  public Decision accept(String actor, Instant at, String note) {
    return new Decision.AcceptReview(first, second, actor, at, note);
  }

  /** The decision that rejects the match. */
  public Decision reject(String actor, Instant at, String note) {
    return new Decision.RejectReview(first, second, actor, at, note);
  }

  /** One line for people. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %s (%s) ~ %s (%s) %.2f: %s [%s]", id, first,
        firstContributor, second, secondContributor, confidence(), evidence.get(0).explanation(), reason);
  }
}
