package io.github.devidentity.csv;

import io.github.devidentity.InvalidInputException;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.model.RecordId;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/** The decision-log CSV: {@code kind,first,second,actor,at,note}, one decision a row. */
final class DecisionsCsv {

  enum Column implements KnownColumn {
    KIND,
    FIRST,
    SECOND,
    ACTOR,
    AT,
    NOTE;

    @Override
    public String header() {
      return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public List<String> names() {
      return List.of(header());
    }
  }

  /** Columns a readable log must have; a missing {@code second} or {@code note} reads as empty. */
  private static final Set<Column> REQUIRED = EnumSet.of(Column.KIND, Column.FIRST, Column.ACTOR, Column.AT);

  private static final String KINDS =
      Arrays.stream(Decision.Kind.values()).map(Enum::name).collect(Collectors.joining(", "));

  private DecisionsCsv() {}

  /** Reads every decision; a stream without a header row holds none. */
  static List<Decision> read(Reader reader, String source) {
    CsvRows rows = CsvRows.open(reader, source);
    Header<Column> header = Header.readIfPresent(rows, Column.class, REQUIRED);
    List<Decision> decisions = new ArrayList<>();
    if (header != null) {
      for (Row row = rows.next(); row != null; row = rows.next()) {
        decisions.add(decision(header, row));
      }
    }
    return decisions;
  }

  /**
   * Reads the header of a log that rows will be appended to; every column must be present, so
   * nothing appended is lost.
   *
   * @return the header, or null when the stream holds no header row
   */
  static @Nullable Header<Column> appendLayout(Reader reader, String source) {
    return Header.readIfPresent(CsvRows.open(reader, source), Column.class, EnumSet.allOf(Column.class));
  }

  /**
   * Writes decisions: after the standard header when {@code layout} is null, else in the columns
   * of that existing header.
   */
  static void write(List<Decision> decisions, @Nullable Header<Column> layout, Appendable out)
      throws IOException {
    CSVPrinter printer = Csv.printer(out);
    if (layout == null) {
      printer.printRecord(Header.headers(Column.class));
    }
    for (Decision decision : decisions) {
      if (layout == null) {
        List<String> cells = new ArrayList<>();
        for (Column column : Column.values()) {
          cells.add(value(decision, column));
        }
        printer.printRecord(cells);
      } else {
        String[] cells = new String[layout.width()];
        Arrays.fill(cells, "");
        for (Column column : Column.values()) {
          cells[layout.index(column)] = value(decision, column);
        }
        printer.printRecord((Object[]) cells);
      }
    }
    printer.flush();
  }

  private static String value(Decision decision, Column column) {
    switch (column) {
      case KIND:
        return decision.kind().name();
      case FIRST:
        return decision.records().get(0).value();
      case SECOND:
        return decision.records().size() > 1 ? decision.records().get(1).value() : "";
      case ACTOR:
        return decision.actor();
      case AT:
        return decision.at().toString();
      default:
        return decision.note();
    }
  }

  private static Decision decision(Header<Column> header, Row row) {
    header.checkWidth(row);
    Decision.Kind kind = kind(header.cell(row, Column.KIND));
    Cell firstCell = header.cell(row, Column.FIRST);
    if (firstCell.isEmpty()) {
      throw firstCell.error("is empty; expected the id of the record the decision is about");
    }
    RecordId first = RecordId.of(firstCell.text());
    RecordId second = second(kind, first, header.cell(row, Column.SECOND));
    Cell actorCell = header.cell(row, Column.ACTOR);
    if (actorCell.isEmpty()) {
      throw actorCell.error("is empty; expected who decided: a person's id or \"auto\"");
    }
    Cell atCell = header.cell(row, Column.AT);
    Instant at = atCell.instant();
    if (at == null) {
      throw atCell.error("is empty; expected a UTC time such as " + Cell.INSTANT_EXAMPLE);
    }
    String note = header.cell(row, Column.NOTE).text();
    try {
      return Decision.of(kind, first, second, actorCell.text(), at, note);
    } catch (IllegalArgumentException e) {
      // The checks above cover Decision's preconditions; this keeps the location if they change.
      throw new InvalidInputException(row.source(), row.line(), 0, null, String.valueOf(e.getMessage()), e);
    }
  }

  private static Decision.Kind kind(Cell cell) {
    if (cell.isEmpty()) {
      throw cell.error("is empty; expected one of " + KINDS);
    }
    try {
      return Decision.Kind.valueOf(cell.text().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw cell.error(cell.quoted() + " is not a decision kind; expected one of " + KINDS, e);
    }
  }

  private static @Nullable RecordId second(Decision.Kind kind, RecordId first, Cell cell) {
    if (kind.namesOneRecord()) {
      if (!cell.isEmpty()) {
        throw cell.error(cell.quoted() + " is set, but a " + kind + " names one record; leave it empty");
      }
      return null;
    }
    if (cell.isEmpty()) {
      throw cell.error("is empty, but a " + kind + " names two records; expected a record id");
    }
    RecordId second = RecordId.of(cell.text());
    if (second.equals(first)) {
      throw cell.error(cell.quoted() + " is also the first record; expected a different record");
    }
    return second;
  }
}
