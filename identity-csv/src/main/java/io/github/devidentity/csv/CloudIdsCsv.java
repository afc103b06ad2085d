package io.github.devidentity.csv;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.cloudid.CloudIdProblem.Field;
import io.github.devidentity.cloudid.CloudIdRow;
import io.github.devidentity.csv.CloudIdFile.Location;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Reads a cloud-id file as CSV: the header {@code email,integration,identity} (in any order and
 * case), then one {@link CloudIdRow} a row, saying the person with the email holds the account
 * {@code identity} in the integration, such as {@code ada@example.org,jira-cloud,5b10ac8d}.
 *
 * <p>Files are UTF-8, with or without a byte-order mark, with CRLF or LF line ends, and cells
 * separated by commas, semicolons or tabs, whichever the header line uses. Reading never stops at
 * a problem: the {@link CloudIdFile#report() report} lists them all, each with its line and
 * column (invalid CSV, a missing column, a row wider than the header, an empty value, an email
 * that is no address, an unknown integration, an account claimed for two emails), and warns about
 * columns it ignores.
 *
 * <pre>{@code
 * CloudIdFile file = CloudIdsCsv.read(Path.of("cloud-ids.csv"));
 * CloudIdUpload upload = CloudIds.upload(resolution, file.rows(), "alice", Instant.now());
 * file.report(upload).problems().forEach(System.err::println);
 * }</pre>
 */
public final class CloudIdsCsv {

  private enum Column implements KnownColumn {
    EMAIL,
    INTEGRATION,
    IDENTITY
  }

  private CloudIdsCsv() {}

  /**
   * Reads the rows of a UTF-8 file.
   *
   * @param file the file; the report names it as given
   * @throws io.github.devidentity.IdentityException if the file cannot be read
   */
  public static CloudIdFile read(Path file) {
    requireNonNull(file, "file");
    return Csv.readFile(file, reader -> read(reader, file.toString()));
  }

  /**
   * Reads the rows of a stream, which is not closed.
   *
   * @param reader the CSV text
   * @param sourceName names the stream in the report, such as its file name
   * @throws io.github.devidentity.IdentityException if the stream cannot be read
   */
  public static CloudIdFile read(Reader reader, String sourceName) {
    requireNonNull(reader, "reader");
    requireNonNull(sourceName, "sourceName");
    ValidationReport.Builder report = new ValidationReport.Builder(sourceName);
    CheckedCsv<Column> csv = CheckedCsv.open(reader, Column.class, KnownColumn::names,
        EnumSet.allOf(Column.class), EnumSet.noneOf(Column.class), report);
    List<CloudIdRow> rows = new ArrayList<>();
    List<Location> starts = new ArrayList<>();
    List<Map<Field, Location>> values = new ArrayList<>();
    if (csv != null) {
      for (Row row = csv.next(); row != null; row = csv.next()) {
        Map<Field, Location> cells = new EnumMap<>(Field.class);
        for (Column column : Column.values()) {
          Cell cell = csv.header().cell(row, column);
          cells.put(Field.valueOf(column.name()), new Location(row.line(), cell.column(), cell.name(), false));
        }
        Header<Column> header = csv.header();
        rows.add(new CloudIdRow(header.cell(row, Column.EMAIL).text(), header.cell(row, Column.INTEGRATION).text(),
            header.cell(row, Column.IDENTITY).text()));
        starts.add(new Location(row.line(), 1, "", false));
        values.add(cells);
      }
    }
    return new CloudIdFile(sourceName, rows, starts, values, report.build());
  }
}
