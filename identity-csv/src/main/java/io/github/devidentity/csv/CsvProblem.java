package io.github.devidentity.csv;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with, or worth knowing about, a CSV file a person edited: where it is, the value
 * found there, a stable code and a sentence saying what is wrong and how to fix it.
 *
 * <p>Problems are collected into a {@link CsvReport}; every CSV format that validates a whole
 * file before using it reports this way, so hosts show one kind of report.
 *
 * @param code what kind of problem, stable across versions: hosts and scripts may match on it
 * @param severity whether the problem blocks the file ({@link Severity#ERROR}) or is only worth
 *     knowing ({@link Severity#WARNING})
 * @param line the 1-based line the problem is on (for a cell, the line the cell starts on); 0 for
 *     the file as a whole
 * @param column the 1-based column (the cell's position in its row); 0 for a whole row or file
 * @param field the column's name as the header spells it; empty when the problem is not in a
 *     named column
 * @param value the text found, as in the file; empty when there is none
 * @param message one sentence saying what is wrong and what was expected
 */
public record CsvProblem(
    Code code, Severity severity, long line, long column, String field, String value, String message) {

  /** Kinds of problem. The names are stable: hosts and scripts may match on them. */
  public enum Code {
    /** The file holds no header, or a header and no data rows. */
    EMPTY_CSV,
    /**
     * The text is not valid CSV: a quote that is never closed, text after a closing quote, more
     * cells than the header names, bytes that are not text in the file's encoding.
     */
    INVALID_CSV,
    /** A column has no name in the header but holds values. */
    BLANK_COLUMN_NAME,
    /** Two header cells name the same column. */
    DUPLICATE_COLUMN,
    /** The header lacks a column the format requires. */
    REQUIRED_COLUMN_MISSING,
    /** A row lacks a value the format requires; such a row is an error, never skipped. */
    REQUIRED_VALUE_MISSING,
    /** A cell that must hold an email address holds something else. */
    INVALID_EMAIL,
    /** Two people claim one email address. */
    DUPLICATE_EMAIL,
    /** A column names an integration that is not known, or not configured by the host. */
    UNKNOWN_INTEGRATION,
    /** One account is claimed by two people, or twice by one person (a warning then). */
    ACCOUNT_CLAIMED_TWICE,
    /** A column names an attribute the host has not declared. */
    UNKNOWN_ATTRIBUTE,
    /** Rows that fold into one person disagree on a value, such as an attribute. */
    CONFLICTING_VALUE,
    /** An email address names nobody the host knows. */
    UNKNOWN_EMAIL,
    /** A cell that must hold JSON holds text that does not parse as JSON. */
    INVALID_JSON,
    /** Spaces around a value were removed; a warning. */
    SPACES_TRIMMED
  }

  /** How much a problem matters. */
  public enum Severity {
    /** The file cannot be used until the problem is fixed; nothing is applied. */
    ERROR,
    /** The file can be used; the problem is reported so nobody is surprised. */
    WARNING
  }

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code line} or {@code column} is negative, or {@code
   *     message} is blank
   */
  public CsvProblem {
    requireNonNull(code, "code");
    requireNonNull(severity, "severity");
    requireNonNull(field, "field");
    requireNonNull(value, "value");
    requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line is " + line + "; expected 0 or more");
    }
    if (column < 0) {
      throw new IllegalArgumentException("column is " + column + "; expected 0 or more");
    }
    if (message.isBlank()) {
      throw new IllegalArgumentException("message is blank; say what is wrong");
    }
  }

  /** An error at a place. */
  public static CsvProblem error(Code code, long line, long column, String field, String value, String message) {
    return new CsvProblem(code, Severity.ERROR, line, column, field, value, message);
  }

  /** A warning at a place. */
  public static CsvProblem warning(Code code, long line, long column, String field, String value, String message) {
    return new CsvProblem(code, Severity.WARNING, line, column, field, value, message);
  }

  /** Whether this problem blocks the file. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * One line for people: {@code line 3, column 2: ERROR INVALID_EMAIL: message}; the line and
   * column are left out when 0.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (line > 0) {
      text.append("line ").append(line);
    }
    if (column > 0) {
      text.append(text.length() == 0 ? "column " : ", column ").append(column);
    }
    if (text.length() > 0) {
      text.append(": ");
    }
    return text.append(severity).append(' ').append(code).append(": ").append(message).toString();
  }
}
