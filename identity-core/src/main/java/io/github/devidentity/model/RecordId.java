package io.github.devidentity.model;

import static java.util.Objects.requireNonNull;

/**
 * The host's identifier of one identity record; unique within one resolution.
 *
 * @param value the identifier, trimmed, never blank
 */
public record RecordId(String value) implements Comparable<RecordId> {

  /**
   * Validates and trims.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public RecordId {
    requireNonNull(value, "value");
    value = value.trim();
    if (value.isEmpty()) {
      throw new IllegalArgumentException("record id is blank");
    }
  }

  /** Shorthand for {@code new RecordId(value)}. */
  public static RecordId of(String value) {
    return new RecordId(value);
  }

  @Override
  public int compareTo(RecordId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
