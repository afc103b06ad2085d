package io.github.devidentity.csv;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.InvalidInputException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * One cell of a row, with what is needed to report a bad value in it.
 *
 * @param row the row holding the cell
 * @param column the 1-based column, or 0 when the file has no such column
 * @param name the column name as the header spells it, or the format's name when absent
 * @param text the value, trimmed; empty when the cell is empty or absent
 */
record Cell(Row row, int column, String name, String text) {
  static final String INSTANT_EXAMPLE = "2001-12-18T15:45:10Z";

  Cell {
    requireNonNull(row, "row");
    requireNonNull(name, "name");
    text = requireNonNull(text, "text").trim();
    if (column < 0) {
      throw new IllegalArgumentException("column is " + column + "; expected 0 or more");
    }
  }

  /** Whether the cell is empty or absent, which the formats treat alike. */
  boolean isEmpty() {
    return text.isEmpty();
  }

  /** The text, or null when empty. */
  @Nullable String orNull() {
    return text.isEmpty() ? null : text;
  }

  /** The text quoted for a message. */
  String quoted() {
    return '"' + text + '"';
  }

  /** A whole number, 0 or more; 0 when empty. */
  long count() {
    if (isEmpty()) {
      return 0;
    }
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw error(quoted() + " is not a whole number; expected 0 or more, such as 42", e);
    }
    if (value < 0) {
      throw error(quoted() + " is negative; expected a whole number 0 or more");
    }
    return value;
  }

  /** An ISO-8601 instant, or null when empty. */
  @Nullable Instant instant() {
    if (isEmpty()) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw error(quoted() + " is not an ISO-8601 instant; expected a UTC time such as "
          + INSTANT_EXAMPLE, e);
    }
  }

  /** {@code true} or {@code false} in any case; false when empty. */
  boolean bool() {
    if (isEmpty() || text.equalsIgnoreCase("false")) {
      return false;
    }
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    throw error(quoted() + " is not a boolean; expected true or false");
  }

  /** An exception locating a problem in this cell. */
  InvalidInputException error(String problem) {
    return new InvalidInputException(row.source(), row.line(), column, name, problem);
  }

  /** An exception locating a problem in this cell, with its cause. */
  InvalidInputException error(String problem, Throwable cause) {
    return new InvalidInputException(row.source(), row.line(), column, name, problem, cause);
  }
}
