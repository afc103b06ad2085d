package io.github.devidentity;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Input that cannot be used: a malformed file, a bad value in a row.
 *
 * <p>The message names where and what, for example {@code records.csv:14: column "email":
 * "ada(at)example.org" is not an email address}. The parts are also available separately so a
 * host can point its user at the cell.
 */
public class InvalidInputException extends IdentityException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String source;
  private final long line;
  private final long column;
  private final @Nullable String field;

  /**
   * Creates an exception for a problem at a location.
   *
   * @param source the file or stream name, or null when unknown
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param field the column or field name, or null when unknown
   * @param problem what is wrong, as a sentence fragment
   */
  public InvalidInputException(
      @Nullable String source, long line, long column, @Nullable String field, String problem) {
    this(source, line, column, field, problem, null);
  }

  /** Like {@link #InvalidInputException(String, long, long, String, String)} with a cause. */
  public InvalidInputException(
      @Nullable String source,
      long line,
      long column,
      @Nullable String field,
      String problem,
      @Nullable Throwable cause) {
    super(format(source, line, column, field, problem), cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.field = field;
  }

  private static String format(
      @Nullable String source, long line, long column, @Nullable String field, String problem) {
    StringBuilder where = new StringBuilder();
    if (source != null) {
      where.append(source);
    }
    if (line > 0) {
      where.append(where.length() == 0 ? "line " : ":").append(line);
    }
    if (column > 0) {
      where.append(where.length() == 0 ? "column " : ":").append(column);
    }
    if (field != null) {
      where.append(where.length() == 0 ? "" : ": ").append("column \"").append(field).append('"');
    }
    return where.length() == 0 ? problem : where + ": " + problem;
  }

  /** The file or stream name, if known. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** The 1-based line, or 0 when unknown. */
  public long line() {
    return line;
  }

  /** The 1-based column, or 0 when unknown. */
  public long column() {
    return column;
  }

  /** The column or field name, if known. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
