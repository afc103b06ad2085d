package io.github.devidentity.model;

import static java.util.Objects.requireNonNull;

/**
 * The stable identifier of a {@link Contributor}.
 *
 * <p>Ids are derived from the contributor's records, not counted, so the same input and decisions
 * always give the same ids, and a later resolution that is handed the earlier assignments keeps
 * them (see {@code Resolver}).
 *
 * @param value the identifier, trimmed, never blank, without whitespace
 */
public record ContributorId(String value) implements Comparable<ContributorId> {

  /**
   * Validates and trims.
   *
   * @throws IllegalArgumentException if {@code value} is blank or holds whitespace
   */
  public ContributorId {
    requireNonNull(value, "value");
    value = value.trim();
    if (value.isEmpty() || value.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "contributor id \"" + value + "\" is blank or holds whitespace");
    }
  }

  /** Shorthand for {@code new ContributorId(value)}. */
  public static ContributorId of(String value) {
    return new ContributorId(value);
  }

  @Override
  public int compareTo(ContributorId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
