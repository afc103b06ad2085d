package io.github.devidentity.csv;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.InvalidInputException;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes identity records as CSV, one record a row.
 *
 * <p>The header names any of the columns {@code record_id, source, name, email, username,
 * account_id, commits} (or {@code activity}), {@code first_seen, last_seen, bot}, in any order and
 * case; other columns are ignored. Empty cells count as absent:
 *
 * <ul>
 *   <li>{@code record_id} defaults to the row's 1-based line number, and must be unique;
 *   <li>{@code source} is an integration type with an optional {@code :instance}, such as {@code
 *       github:acme}, and defaults to {@code git};
 *   <li>{@code email} holds one address or several separated by {@code ;};
 *   <li>{@code commits} is a whole number, 0 or more, and defaults to 0;
 *   <li>{@code first_seen} and {@code last_seen} are ISO-8601 instants such as {@code
 *       2001-12-18T15:45:10Z};
 *   <li>{@code bot} is {@code true} or {@code false}, and defaults to false.
 * </ul>
 *
 * <p>Files are UTF-8, with or without a byte-order mark, in RFC 4180 CSV: cells holding commas,
 * quotes or line breaks are quoted. Record attributes and linked accounts have no column and are
 * not written.
 *
 * <pre>{@code
 * List<IdentityRecord> records = IdentityRecordsCsv.read(Path.of("records.csv"));
 * try (Writer out = Files.newBufferedWriter(Path.of("copy.csv"))) {
 *   IdentityRecordsCsv.write(records, out);
 * }
 * }</pre>
 */
public final class IdentityRecordsCsv {

  private enum Column implements KnownColumn {
    RECORD_ID("record_id"),
    SOURCE("source"),
    NAME("name"),
    EMAIL("email"),
    USERNAME("username"),
    ACCOUNT_ID("account_id"),
    COMMITS("commits", "activity"),
    FIRST_SEEN("first_seen"),
    LAST_SEEN("last_seen"),
    BOT("bot");

    private final List<String> names;

    Column(String... names) {
      this.names = List.of(names);
    }

    @Override
    public List<String> names() {
      return names;
    }
  }

  private static final String EMAIL_SEPARATOR = ";";

  private IdentityRecordsCsv() {}

  /**
   * Reads every record of a UTF-8 file.
   *
   * @param file the file; messages name it as given
   * @return the records in file order, unmodifiable
   * @throws InvalidInputException if the file is malformed; the message names the file, line and
   *     column
   * @throws io.github.devidentity.IdentityException if the file cannot be read
   */
  public static List<IdentityRecord> read(Path file) {
    requireNonNull(file, "file");
    return Csv.readFile(file, reader -> read(reader, file.toString()));
  }

  /**
   * Reads every record from a stream, which is not closed.
   *
   * @param reader the CSV text
   * @param sourceName names the stream in messages, such as its file name
   * @return the records in stream order, unmodifiable
   * @throws InvalidInputException if the stream is malformed; the message names {@code
   *     sourceName}, line and column
   * @throws io.github.devidentity.IdentityException if the stream cannot be read
   */
  public static List<IdentityRecord> read(Reader reader, String sourceName) {
    List<IdentityRecord> records = new ArrayList<>();
    forEach(reader, sourceName, records::add);
    return List.copyOf(records);
  }

  /**
   * Hands each record to {@code sink} as it is read, without holding them all; the stream is not
   * closed. On a malformed row, the records before it have already been handed over.
   *
   * @param reader the CSV text
   * @param sourceName names the stream in messages, such as its file name
   * @param sink receives each record, in stream order
   * @return the number of records read
   * @throws InvalidInputException if the stream is malformed; the message names {@code
   *     sourceName}, line and column
   * @throws io.github.devidentity.IdentityException if the stream cannot be read
   */
  public static long forEach(Reader reader, String sourceName, Consumer<IdentityRecord> sink) {
    requireNonNull(reader, "reader");
    requireNonNull(sourceName, "sourceName");
    requireNonNull(sink, "sink");
    CsvRows rows = CsvRows.open(reader, sourceName);
    Header<Column> header = Header.read(rows, Column.class, Set.of());
    Map<RecordId, Long> lines = new HashMap<>();
    // A file names a handful of integrations a million times: one value each, not one per row.
    Map<String, Integration> integrations = new HashMap<>();
    long count = 0;
    for (Row row = rows.next(); row != null; row = rows.next()) {
      sink.accept(record(header, row, lines, integrations));
      count++;
    }
    return count;
  }

  private static IdentityRecord record(
      Header<Column> header, Row row, Map<RecordId, Long> lines, Map<String, Integration> integrations) {
    header.checkWidth(row);
    Cell idCell = header.cell(row, Column.RECORD_ID);
    RecordId id = RecordId.of(idCell.isEmpty() ? Long.toString(row.line()) : idCell.text());
    Long previous = lines.putIfAbsent(id, row.line());
    if (previous != null) {
      throw idCell.error("record id \"" + id + "\" is already used on line " + previous
          + "; record ids must be unique in a file");
    }
    IdentityRecord.Builder builder =
        IdentityRecord.builder(id, integration(header.cell(row, Column.SOURCE), integrations))
            .displayName(header.cell(row, Column.NAME).orNull())
            .login(header.cell(row, Column.USERNAME).orNull())
            .accountId(header.cell(row, Column.ACCOUNT_ID).orNull())
            .activityCount(header.cell(row, Column.COMMITS).count())
            .bot(header.cell(row, Column.BOT).bool());
    for (String email : header.cell(row, Column.EMAIL).text().split(EMAIL_SEPARATOR, -1)) {
      builder.email(email);
    }
    Instant firstSeen = header.cell(row, Column.FIRST_SEEN).instant();
    Cell lastSeenCell = header.cell(row, Column.LAST_SEEN);
    Instant lastSeen = lastSeenCell.instant();
    if (firstSeen != null && lastSeen != null && lastSeen.isBefore(firstSeen)) {
      throw lastSeenCell.error(lastSeenCell.quoted() + " is before first_seen " + firstSeen
          + "; expected a time at or after it");
    }
    return builder.firstSeen(firstSeen).lastSeen(lastSeen).build();
  }

  private static Integration integration(Cell cell, Map<String, Integration> known) {
    if (cell.isEmpty()) {
      return Integration.of(IntegrationType.GIT);
    }
    Integration seen = known.get(cell.text());
    if (seen != null) {
      return seen;
    }
    try {
      Integration parsed = Integration.parse(cell.text());
      known.put(cell.text(), parsed);
      return parsed;
    } catch (IllegalArgumentException e) {
      throw cell.error(cell.quoted() + " is not an integration; expected a type (one of "
          + IntegrationType.knownNames() + "), optionally followed by \":instance\"", e);
    }
  }

  /**
   * Writes a header and one row per record, in the collection's order, and flushes; {@code out}
   * is not closed. Reading the output gives records equal to these, except that attributes and
   * linked accounts are not written.
   *
   * @param records the records to write
   * @param out where to write the CSV text
   * @throws IllegalArgumentException if two records share an id, or an email holds {@code ;}
   *     (which separates emails in a cell); nothing is written then
   * @throws io.github.devidentity.IdentityException if {@code out} fails
   */
  public static void write(Collection<IdentityRecord> records, Writer out) {
    requireNonNull(records, "records");
    requireNonNull(out, "out");
    List<IdentityRecord> copy = List.copyOf(records);
    checkWritable(copy);
    try {
      CSVPrinter printer = Csv.printer(out);
      printer.printRecord(Header.headers(Column.class));
      for (IdentityRecord record : copy) {
        printer.printRecord(cells(record));
      }
      printer.flush();
    } catch (IOException e) {
      throw Csv.unwritable("identity records", e);
    }
  }

  /**
   * Writes a header and one row per record to a UTF-8 file, replacing it in one step: the new
   * content is written beside the file, forced to disk and moved over it, so a crash leaves either
   * the old file or the new one whole. The file may be the one the records were read from.
   *
   * @param records the records to write
   * @param file the file, created if missing
   * @throws IllegalArgumentException if two records share an id, or an email holds {@code ;};
   *     nothing is written then
   * @throws io.github.devidentity.IdentityException if the file cannot be written
   */
  public static void write(Collection<IdentityRecord> records, Path file) {
    requireNonNull(file, "file");
    StringWriter text = new StringWriter();
    write(records, text);
    Csv.replaceFile(file, text.toString());
  }

  private static void checkWritable(List<IdentityRecord> records) {
    Set<RecordId> ids = new HashSet<>();
    for (IdentityRecord record : records) {
      if (!ids.add(record.id())) {
        throw new IllegalArgumentException(
            "records hold id " + record.id() + " twice; record ids must be unique in a file");
      }
      for (String email : record.emails()) {
        if (email.contains(EMAIL_SEPARATOR)) {
          throw new IllegalArgumentException("record " + record.id() + ": email \"" + email
              + "\" holds \"" + EMAIL_SEPARATOR + "\", which separates emails in a cell");
        }
      }
    }
  }

  private static List<String> cells(IdentityRecord record) {
    return List.of(
        record.id().value(),
        record.integration().toString(),
        record.displayName().orElse(""),
        String.join(EMAIL_SEPARATOR, record.emails()),
        record.login().orElse(""),
        record.accountId().orElse(""),
        Long.toString(record.activityCount()),
        text(record.firstSeen().orElse(null)),
        text(record.lastSeen().orElse(null)),
        Boolean.toString(record.isBot()));
  }

  private static String text(@Nullable Instant instant) {
    return instant == null ? "" : instant.toString();
  }
}
