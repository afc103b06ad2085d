package io.github.devidentity.csv;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.InvalidInputException;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.RecordId;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/**
 * Reads and writes which contributor each record was assigned to, as CSV with the header {@code
 * record_id,contributor_id}, so a later resolution can keep the same contributor ids.
 *
 * <p>Header names compare ignoring case and surrounding spaces, other columns are ignored, and
 * each record id appears once. Files are UTF-8, with or without a byte-order mark.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("assignments.csv"))) {
 *   AssignmentsCsv.write(assignments, out);
 * }
 * Map<RecordId, ContributorId> again = AssignmentsCsv.read(Path.of("assignments.csv"));
 * }</pre>
 */
public final class AssignmentsCsv {

  private enum Column implements KnownColumn {
    RECORD_ID("record_id"),
    CONTRIBUTOR_ID("contributor_id");

    private final String header;

    Column(String header) {
      this.header = header;
    }

    @Override
    public String header() {
      return header;
    }

    @Override
    public List<String> names() {
      return List.of(header);
    }
  }

  private AssignmentsCsv() {}

  /**
   * Writes a header and one row per assignment, in the map's iteration order, and flushes; {@code
   * out} is not closed.
   *
   * @param assignments each record's contributor
   * @param out where to write the CSV text
   * @throws io.github.devidentity.IdentityException if {@code out} fails
   */
  public static void write(Map<RecordId, ContributorId> assignments, Writer out) {
    requireNonNull(assignments, "assignments");
    requireNonNull(out, "out");
    try {
      CSVPrinter printer = Csv.printer(out);
      printer.printRecord(Header.headers(Column.class));
      for (Map.Entry<RecordId, ContributorId> entry : assignments.entrySet()) {
        printer.printRecord(
            requireNonNull(entry.getKey(), "record id").value(),
            requireNonNull(entry.getValue(), "contributor id").value());
      }
      printer.flush();
    } catch (IOException e) {
      throw Csv.unwritable("assignments", e);
    }
  }

  /**
   * Reads the assignments of a UTF-8 file.
   *
   * @param file the file; messages name it as given
   * @return the assignments in file order, unmodifiable
   * @throws InvalidInputException if the file is malformed or repeats a record id; the message
   *     names the file, line and column
   * @throws io.github.devidentity.IdentityException if the file cannot be read
   */
  public static Map<RecordId, ContributorId> read(Path file) {
    requireNonNull(file, "file");
    return Csv.readFile(file, reader -> read(reader, file.toString()));
  }

  /**
   * Reads the assignments from a stream, which is not closed.
   *
   * @param reader the CSV text
   * @param sourceName names the stream in messages, such as its file name
   * @return the assignments in stream order, unmodifiable
   * @throws InvalidInputException if the stream is malformed or repeats a record id; the message
   *     names {@code sourceName}, line and column
   * @throws io.github.devidentity.IdentityException if the stream cannot be read
   */
  public static Map<RecordId, ContributorId> read(Reader reader, String sourceName) {
    requireNonNull(reader, "reader");
    requireNonNull(sourceName, "sourceName");
    CsvRows rows = CsvRows.open(reader, sourceName);
    Header<Column> header = Header.read(rows, Column.class, EnumSet.allOf(Column.class));
    Map<RecordId, ContributorId> assignments = new LinkedHashMap<>();
    Map<RecordId, Long> lines = new HashMap<>();
    for (Row row = rows.next(); row != null; row = rows.next()) {
      header.checkWidth(row);
      Cell recordCell = header.cell(row, Column.RECORD_ID);
      if (recordCell.isEmpty()) {
        throw recordCell.error("is empty; expected a record id");
      }
      RecordId record = RecordId.of(recordCell.text());
      Long previous = lines.putIfAbsent(record, row.line());
      if (previous != null) {
        throw recordCell.error("record id " + recordCell.quoted() + " is already assigned on line "
            + previous + "; a record belongs to one contributor");
      }
      assignments.put(record, contributor(header.cell(row, Column.CONTRIBUTOR_ID)));
    }
    return Collections.unmodifiableMap(assignments);
  }

  private static ContributorId contributor(Cell cell) {
    if (cell.isEmpty()) {
      throw cell.error("is empty; expected a contributor id");
    }
    try {
      return ContributorId.of(cell.text());
    } catch (IllegalArgumentException e) {
      throw cell.error(cell.quoted() + " holds whitespace; expected a contributor id without spaces", e);
    }
  }
}
