package io.github.devidentity.csv;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One problem found while checking a file a person made: where it is, what kind it is, the value
 * and what to do about it.
 *
 * <pre>{@code
 * line 3, column 1 (email): error INVALID_EMAIL: "ada(at)example.org" is not an email address; expected one such as ada@example.org
 * }</pre>
 *
 * @param severity whether the problem stops the file from being used
 * @param code what kind of problem, stable across versions
 * @param line the 1-based line, or 0 when the problem is about the whole file or not in it
 * @param column the 1-based column (a cell in CSV, a character in JSON), or 0 when unknown
 * @param field the column or field as the file names it, such as {@code Email} or {@code
 *     [2].email}; empty when the problem is about no single one
 * @param value the value as the file holds it, trimmed; empty when missing or not about a value
 * @param message one sentence saying what is wrong and how to fix it, without the location
 */
public record ValidationProblem(
    Severity severity, Code code, long line, long column, String field, String value, String message) {

  /** Whether a problem stops the file from being used. */
  public enum Severity {
    /** Nothing is applied while an error stands. */
    ERROR,
    /** Worth a look, but the file is used: an ignored column, a mapped column that is absent. */
    WARNING
  }

  /**
   * Kinds of problem. The names are stable: hosts and scripts may match on them. A code that names
   * the same kind of problem as an {@link io.github.devidentity.org.OrgProblem.Code organisation
   * code} or a {@link io.github.devidentity.cloudid.CloudIdProblem.Code cloud-id code} has its name.
   */
  public enum Code {
    /** The file holds no header row. */
    EMPTY_CSV,
    /** The file is not valid CSV, such as a quoted cell that never closes; nothing after it is read. */
    INVALID_CSV,
    /** The file is not valid JSON, or not the JSON expected; nothing after it is read. */
    INVALID_JSON,
    /** Two header cells name the same column. */
    DUPLICATE_COLUMN,
    /** A header cell is empty, so the cells below it are ignored (a warning). */
    BLANK_COLUMN_NAME,
    /** A header cell names no column of the format, so the cells below it are ignored (a warning). */
    UNKNOWN_COLUMN,
    /** A column the format needs is not in the header; no row is read. */
    REQUIRED_COLUMN_MISSING,
    /** An optional column a mapping names is not in the header (a warning). */
    MAPPED_COLUMN_MISSING,
    /** A row has more cells than the header names. */
    TOO_MANY_CELLS,
    /** A JSON element or value has the wrong type, such as a number where an object belongs. */
    WRONG_TYPE,
    /** A JSON object names a field twice. */
    DUPLICATE_FIELD,
    /** A JSON object has a field of no meaning to the format, which is ignored (a warning). */
    UNKNOWN_FIELD,
    /** A value the format needs is empty. */
    REQUIRED_VALUE_MISSING,
    /** An email is not an address, or is a shared or placeholder one that names nobody. */
    INVALID_EMAIL,
    /** An integration is not a known integration type. */
    UNKNOWN_INTEGRATION,
    /** An integration is of a type without accounts, such as plain git. */
    INTEGRATION_WITHOUT_ACCOUNTS,
    /** One account is claimed for two or more emails in one upload. */
    DUPLICATE_ACCOUNT,
    /** No contributor holds an email. */
    UNKNOWN_EMAIL,
    /** Two or more contributors hold an email. */
    AMBIGUOUS_EMAIL,
    /** Another contributor's record holds an uploaded account under a different email. */
    CONFLICTING_EMAIL,
    /** Two or more developers have the same email. */
    DUPLICATE_EMAIL,
    /** A manager email is not an address. */
    INVALID_MANAGER_EMAIL,
    /** A manager email names nobody among the developers. */
    UNKNOWN_MANAGER,
    /** Following manager emails leads back to where it started. */
    MANAGER_CYCLE,
    /** A membership names a developer that is not among the developers. */
    UNKNOWN_DEVELOPER,
    /** A membership ends on or before the day it starts. */
    INVALID_PERIOD,
    /** Two memberships of one developer in one team share days. */
    OVERLAPPING_MEMBERSHIP
  }

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code line} or {@code column} is negative
   */
  public ValidationProblem {
    requireNonNull(severity, "severity");
    requireNonNull(code, "code");
    requireNonNull(field, "field");
    requireNonNull(value, "value");
    requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line " + line + ", column " + column + "; expected 0 or more");
    }
  }

  /** Whether the problem is an {@link Severity#ERROR error}. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * One line: {@code line 3, column 1 (email): error INVALID_EMAIL: message}; the line, column and
   * field are left out when unknown.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (line > 0) {
      text.append("line ").append(line);
    }
    if (column > 0) {
      text.append(text.length() == 0 ? "" : ", ").append("column ").append(column);
    }
    if (!field.isEmpty()) {
      text.append(text.length() == 0 ? "(" : " (").append(field).append(')');
    }
    return text.append(text.length() == 0 ? "" : ": ").append(severity.name().toLowerCase(Locale.ROOT))
        .append(' ').append(code).append(": ").append(message).toString();
  }
}
