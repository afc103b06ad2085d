package io.github.devidentity.csv;

import io.github.devidentity.csv.ValidationProblem.Code;
import java.io.Reader;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file a person made, read so that every problem of its structure lands in a {@link
 * ValidationReport} instead of stopping the read: the header's duplicate, blank, unknown and
 * missing columns, rows wider than the header, and CSV that is not valid.
 *
 * <p>The file may use a comma, semicolon or tab between cells ({@link CsvRows#openExport}).
 *
 * @param <K> the format's column enum
 */
final class CheckedCsv<K extends Enum<K> & KnownColumn> {
  private final CsvRows rows;
  private final Header<K> header;
  private final ValidationReport.Builder report;

  private CheckedCsv(CsvRows rows, Header<K> header, ValidationReport.Builder report) {
    this.rows = rows;
    this.header = header;
    this.report = report;
  }

  /**
   * Reads and checks the header row.
   *
   * @param reader the CSV text, not closed
   * @param type the format's columns
   * @param names the names that select each column, compared ignoring case and surrounding spaces
   * @param required the columns without which no row is read
   * @param expected the optional columns whose absence is worth a warning, such as mapped ones
   * @param report where problems go; its source names the stream
   * @return the file, ready for its rows; null when no row can be read, as the report says
   * @throws io.github.devidentity.IdentityException if the stream cannot be read
   */
  static <K extends Enum<K> & KnownColumn> @Nullable CheckedCsv<K> open(Reader reader, Class<K> type,
      Function<K, List<String>> names, Set<K> required, Set<K> expected, ValidationReport.Builder report) {
    CsvRows rows = CsvRows.openExport(reader, report);
    if (rows == null) {
      return null;
    }
    Function<K, String> name = key -> names.apply(key).stream().findFirst().orElse(key.header());
    String columns = Stream.of(type.getEnumConstants()).map(name).collect(Collectors.joining(", "));
    Row row = rows.next(report);
    if (row == null) {
      if (!rows.broken()) {
        report.error(Code.EMPTY_CSV, 0, 0, "", "", "the file is empty; expected a header row with the columns "
            + columns);
      }
      return null;
    }
    Header<K> header = Header.match(row, type, names);
    long line = row.line();
    for (int[] duplicate : header.duplicates()) {
      String cell = row.cell(duplicate[0]).trim();
      report.error(Code.DUPLICATE_COLUMN, line, duplicate[0] + 1L, cell, cell, header.sameAs(duplicate));
    }
    for (int i : header.blank()) {
      report.warning(Code.BLANK_COLUMN_NAME, line, i + 1L, "", "",
          "the header cell is empty, so the cells below it are ignored; name the column or delete it");
    }
    for (int i : header.unknown()) {
      String cell = row.cell(i).trim();
      report.warning(Code.UNKNOWN_COLUMN, line, i + 1L, cell, cell, '"' + cell
          + "\" is not one of the columns " + columns + "; its cells are ignored");
    }
    boolean usable = true;
    for (K key : type.getEnumConstants()) {
      if (header.has(key)) {
        continue;
      }
      String missing = name.apply(key);
      if (required.contains(key)) {
        usable = false;
        report.error(Code.REQUIRED_COLUMN_MISSING, line, 0, missing, "", "the header has no column \"" + missing
            + "\"; expected the columns " + columns + header.found());
      } else if (expected.contains(key)) {
        report.warning(Code.MAPPED_COLUMN_MISSING, line, 0, missing, "", "the header has no column \"" + missing
            + "\", which the mapping names for " + key.header() + ", so it is empty for everyone" + header.found());
      }
    }
    return usable ? new CheckedCsv<>(rows, header, report) : null;
  }

  /** The matched header. */
  Header<K> header() {
    return header;
  }

  /** Whether every row of the file was read: no invalid CSV cut it short. */
  boolean complete() {
    return !rows.broken();
  }

  /**
   * The next row that is not a blank line, or null at the end or where the CSV stops being valid.
   * A row with text in cells beyond the header's is reported, and still returned.
   */
  @Nullable Row next() {
    Row row = rows.next(report);
    if (row != null && row.width() > header.width()) {
      for (int i = header.width(); i < row.width(); i++) {
        if (!row.cell(i).isBlank()) {
          report.error(Code.TOO_MANY_CELLS, row.line(), i + 1L, "", row.cell(i).trim(), "the row has "
              + row.width() + " cells but the header has " + header.width() + "; quote cells that hold a "
              + rows.delimiterName());
          break;
        }
      }
    }
    return row;
  }
}
