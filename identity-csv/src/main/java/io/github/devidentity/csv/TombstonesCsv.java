package io.github.devidentity.csv;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.InvalidInputException;
import io.github.devidentity.forget.Tombstone;
import io.github.devidentity.forget.Tombstones;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Exports and imports the list of {@link Tombstone tombstones} of forgotten people, as CSV with
 * the header {@code tombstone_id,forgotten_at,kind,hash}: one row per hash, the rows of a
 * tombstone together.
 *
 * <p>{@code forgotten_at} is an ISO-8601 instant such as {@code 2001-12-18T15:45:10Z}, the same on
 * every row of a tombstone; {@code kind} is a {@link Tombstone.Kind} name such as {@code EMAIL}
 * (read ignoring case); {@code hash} is 64 hexadecimal digits. The file holds only hashes, never
 * the salt: store the salt apart ({@link Tombstones#salt()}) and pass it to {@link
 * Tombstones#of} with the list read back.
 *
 * <p>Reading checks every row and reports all problems at once: one problem is thrown as it is;
 * several are thrown as one {@link InvalidInputException} listing them all, pointing at the line
 * of the first, with each problem, with its line and column, {@linkplain Throwable#getSuppressed()
 * suppressed} in it.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("tombstones.csv"))) {
 *   TombstonesCsv.write(tombstones.tombstones(), out);
 * }
 * Tombstones again = Tombstones.of(salt, TombstonesCsv.read(Path.of("tombstones.csv")));
 * }</pre>
 */
public final class TombstonesCsv {

  private enum Column implements KnownColumn {
    TOMBSTONE_ID,
    FORGOTTEN_AT,
    KIND,
    HASH
  }

  private static final String ID_EXAMPLE = "t-3f2a9c0d1e4b5a69";

  private TombstonesCsv() {}

  /**
   * Writes a header and one row per hash, tombstones in the collection's order, and flushes;
   * {@code out} is not closed.
   *
   * @param tombstones the tombstones to write
   * @param out where to write the CSV text
   * @throws io.github.devidentity.IdentityException if {@code out} fails
   */
  public static void write(Iterable<Tombstone> tombstones, Writer out) {
    requireNonNull(tombstones, "tombstones");
    requireNonNull(out, "out");
    try {
      CSVPrinter printer = Csv.printer(out);
      printer.printRecord(Header.headers(Column.class));
      for (Tombstone tombstone : tombstones) {
        for (Tombstone.Hash hash : tombstone.hashes()) {
          printer.printRecord(tombstone.id(), tombstone.forgottenAt().toString(), hash.kind().name(), hash.value());
        }
      }
      printer.flush();
    } catch (IOException e) {
      throw Csv.unwritable("tombstones", e);
    }
  }

  /**
   * Reads the tombstones of a UTF-8 file.
   *
   * @param file the file; messages name it as given
   * @return the tombstones in the order their first rows appear, unmodifiable
   * @throws InvalidInputException if the file is malformed; every problem is reported, each with
   *     the file, line and column
   * @throws io.github.devidentity.IdentityException if the file cannot be read
   */
  public static List<Tombstone> read(Path file) {
    requireNonNull(file, "file");
    return Csv.readFile(file, reader -> read(reader, file.toString()));
  }

  /**
   * Reads the tombstones from a stream, which is not closed.
   *
   * @param reader the CSV text
   * @param sourceName names the stream in messages, such as its file name
   * @return the tombstones in the order their first rows appear, unmodifiable
   * @throws InvalidInputException if the stream is malformed; every problem is reported, each
   *     with {@code sourceName}, line and column
   * @throws io.github.devidentity.IdentityException if the stream cannot be read
   */
  public static List<Tombstone> read(Reader reader, String sourceName) {
    requireNonNull(reader, "reader");
    requireNonNull(sourceName, "sourceName");
    CsvRows rows = CsvRows.open(reader, sourceName);
    Header<Column> header = Header.read(rows, Column.class, EnumSet.allOf(Column.class));
    Map<String, Draft> drafts = new LinkedHashMap<>();
    List<InvalidInputException> problems = new ArrayList<>();
    for (Row row = rows.next(); row != null; row = rows.next()) {
      readRow(header, row, drafts, problems);
    }
    if (!problems.isEmpty()) {
      throw combined(sourceName, problems);
    }
    List<Tombstone> tombstones = new ArrayList<>();
    drafts.forEach((id, draft) -> tombstones.add(new Tombstone(id, draft.forgottenAt, draft.hashes)));
    return List.copyOf(tombstones);
  }

  /** A tombstone being read: its time, from its first row, and its hashes. */
  private static final class Draft {
    final Instant forgottenAt;
    final long line;
    final Set<Tombstone.Hash> hashes = new LinkedHashSet<>();

    Draft(Instant forgottenAt, long line) {
      this.forgottenAt = forgottenAt;
      this.line = line;
    }
  }

  private static void readRow(
      Header<Column> header, Row row, Map<String, Draft> drafts, List<InvalidInputException> problems) {
    if (check(problems, () -> {
      header.checkWidth(row);
      return row;
    }) == null) {
      return;
    }
    Cell idCell = header.cell(row, Column.TOMBSTONE_ID);
    String id = check(problems, () -> id(idCell));
    Cell atCell = header.cell(row, Column.FORGOTTEN_AT);
    Instant at = check(problems, () -> instant(atCell));
    Cell kindCell = header.cell(row, Column.KIND);
    Tombstone.Kind kind = check(problems, () -> kind(kindCell));
    Cell hashCell = header.cell(row, Column.HASH);
    String hashText = check(problems, () -> nonEmpty(hashCell, "expected 64 hexadecimal digits"));
    if (id == null || at == null || kind == null || hashText == null) {
      return;
    }
    Tombstone.Hash hash = check(problems, () -> hash(hashCell, kind));
    Draft draft = drafts.computeIfAbsent(id, key -> new Draft(at, row.line()));
    if (!draft.forgottenAt.equals(at)) {
      problems.add(atCell.error(atCell.quoted() + " differs from " + draft.forgottenAt + " on line " + draft.line
          + " for tombstone " + id + "; every row of a tombstone has the time it was made"));
    } else if (hash != null) {
      draft.hashes.add(hash);
    }
  }

  /** The value {@code parse} gives, or null after adding the problem it reports. */
  private static <T> @Nullable T check(List<InvalidInputException> problems, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InvalidInputException e) {
      problems.add(e);
      return null;
    }
  }

  private static String nonEmpty(Cell cell, String expected) {
    if (cell.isEmpty()) {
      throw cell.error("is empty; " + expected);
    }
    return cell.text();
  }

  private static String id(Cell cell) {
    String text = nonEmpty(cell, "expected the tombstone's id, such as " + ID_EXAMPLE);
    if (text.chars().anyMatch(Character::isWhitespace)) {
      throw cell.error(cell.quoted() + " holds whitespace; expected a tombstone id such as " + ID_EXAMPLE);
    }
    return text;
  }

  private static Instant instant(Cell cell) {
    Instant at = cell.instant();
    if (at == null) {
      throw cell.error("is empty; expected a UTC time such as " + Cell.INSTANT_EXAMPLE);
    }
    return at;
  }

  private static Tombstone.Kind kind(Cell cell) {
    try {
      return Tombstone.Kind.parse(nonEmpty(cell, "expected one of " + Tombstone.Kind.knownNames()));
    } catch (IllegalArgumentException e) {
      throw cell.error(String.valueOf(e.getMessage()), e);
    }
  }

  private static Tombstone.Hash hash(Cell cell, Tombstone.Kind kind) {
    try {
      return new Tombstone.Hash(kind, cell.text());
    } catch (IllegalArgumentException e) {
      throw cell.error(String.valueOf(e.getMessage()), e);
    }
  }

  private static InvalidInputException combined(String source, List<InvalidInputException> problems) {
    if (problems.size() == 1) {
      return problems.get(0);
    }
    StringBuilder list = new StringBuilder();
    for (InvalidInputException problem : problems) {
      list.append("\n  ").append(problem.getMessage());
    }
    InvalidInputException all = new InvalidInputException(source, problems.get(0).line(), 0, null,
        problems.size() + " problems; fix them all and import again:" + list);
    problems.forEach(all::addSuppressed);
    return all;
  }
}
