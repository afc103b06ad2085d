package io.github.devidentity.licence;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.resolve.ReviewItem;
import java.util.Locale;

/**
 * A review-queue item whose two contributors are both counted: if a person accepts it, the two
 * become one and the count drops by one unit.
 *
 * @param item the review item
 * @param first the counted contributor holding the item's first record
 * @param second the counted contributor holding the item's second record
 */
public record LicenceDuplicate(ReviewItem item, BillableContributor first, BillableContributor second) {

  /**
   * Checks that the contributors are the item's.
   *
   * @throws IllegalArgumentException if {@code first} or {@code second} is not the contributor the
   *     item names
   */
  public LicenceDuplicate {
    requireNonNull(item, "item");
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    if (!first.contributor().id().equals(item.firstContributor())
        || !second.contributor().id().equals(item.secondContributor())) {
      throw new IllegalArgumentException("review item " + item.id() + " is about " + item.firstContributor()
          + " and " + item.secondContributor() + ", not " + first.contributor().id() + " and "
          + second.contributor().id());
    }
  }

  /** The confidence of the item's strongest evidence. */
  public double confidence() {
    return item.confidence();
  }

  /** {@code item: c1 (github/1) ~ c2 (github/2) 0.80}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s: %s (%s) ~ %s (%s) %.2f", item.id(), first.contributor().id(),
        BillableContributor.label(first.record()), second.contributor().id(),
        BillableContributor.label(second.record()), confidence());
  }
}
