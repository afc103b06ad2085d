package io.github.devidentity.resolve;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.devidentity.match.Evidence;
import io.github.devidentity.model.RecordId;
import java.util.List;

/**
 * A link that joined two records into one contributor, with the evidence for it: every
 * strategy's evidence for the pair (strongest first), or the decision that forced it.
 *
 * @param first one record
 * @param second the other record
 * @param evidence the evidence, strongest first; never empty
 * @param manual whether a person's decision made the link
 */
public record Link(RecordId first, RecordId second, List<Evidence> evidence, boolean manual) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if {@code evidence} is empty
   */
  public Link {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    evidence = ImmutableList.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a link between " + first + " and " + second + " needs evidence");
    }
  }

  /** The confidence of the strongest evidence. */
  public double confidence() {
    return evidence.get(0).confidence();
  }

  /** The record at the other end from {@code record}. */
  public RecordId other(RecordId record) {
    return record.equals(first) ? second : first;
  }

  /** {@code first -- second: evidence; evidence}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(first).append(" -- ").append(second).append(": ");
    for (int i = 0; i < evidence.size(); i++) {
      text.append(i == 0 ? "" : "; ").append(evidence.get(i));
    }
    return text.toString();
  }
}
