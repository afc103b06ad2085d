package io.github.devidentity.csv;

import io.github.devidentity.InvalidInputException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A header row matched against a format's known columns: names compare ignoring case and
 * surrounding spaces, unknown columns are ignored, and a known column may appear once.
 *
 * <p>Matching itself never fails: it notes duplicates, blank and unknown names, so a reader can
 * throw on the first ({@link #read}) or report them all ({@link CheckedCsv}).
 *
 * @param <K> the format's column enum
 */
final class Header<K extends Enum<K> & KnownColumn> {
  private final Row row;
  private final Map<K, Integer> indexes;
  /** Pairs of 0-based indexes: a header cell naming a column already named, and the first. */
  private final List<int[]> duplicates;
  private final List<Integer> unknown;
  private final List<Integer> blank;

  private Header(Row row, Map<K, Integer> indexes, List<int[]> duplicates, List<Integer> unknown,
      List<Integer> blank) {
    this.row = row;
    this.indexes = indexes;
    this.duplicates = duplicates;
    this.unknown = unknown;
    this.blank = blank;
  }

  /**
   * Reads the header row.
   *
   * @throws InvalidInputException if there is no header row, it names no known column, names one
   *     twice, or lacks a required one
   */
  static <K extends Enum<K> & KnownColumn> Header<K> read(
      CsvRows rows, Class<K> type, Set<K> required) {
    Header<K> header = readIfPresent(rows, type, required);
    if (header == null) {
      throw new InvalidInputException(rows.source(), 0, 0, null,
          "is empty; expected a header row such as " + canonical(type));
    }
    return header;
  }

  /**
   * Reads the header row, if the stream holds any row.
   *
   * @return the header, or null when the stream holds nothing but blank lines
   * @throws InvalidInputException if the header names no known column, names one twice, or lacks
   *     a required one
   */
  static <K extends Enum<K> & KnownColumn> @Nullable Header<K> readIfPresent(
      CsvRows rows, Class<K> type, Set<K> required) {
    Row row = rows.next();
    if (row == null) {
      return null;
    }
    Header<K> header = match(row, type, KnownColumn::names);
    if (!header.duplicates.isEmpty()) {
      int[] duplicate = header.duplicates.get(0);
      throw new InvalidInputException(row.source(), row.line(), duplicate[0] + 1L, row.cell(duplicate[0]).trim(),
          header.sameAs(duplicate));
    }
    for (K key : required) {
      if (!header.has(key)) {
        throw new InvalidInputException(row.source(), row.line(), 0, key.header(),
            "is missing from the header; expected the columns " + canonical(type) + header.found());
      }
    }
    if (header.indexes.isEmpty()) {
      throw new InvalidInputException(row.source(), row.line(), 0, null,
          "the header names none of the known columns " + canonical(type) + header.found());
    }
    return header;
  }

  /**
   * Matches a header row; {@code names} gives the names that select each column, compared
   * lower-cased.
   */
  static <K extends Enum<K> & KnownColumn> Header<K> match(
      Row row, Class<K> type, Function<K, List<String>> names) {
    Map<String, K> byName = new HashMap<>();
    for (K key : type.getEnumConstants()) {
      names.apply(key).forEach(name -> byName.put(name.trim().toLowerCase(Locale.ROOT), key));
    }
    Map<K, Integer> indexes = new EnumMap<>(type);
    List<int[]> duplicates = new ArrayList<>();
    List<Integer> unknown = new ArrayList<>();
    List<Integer> blank = new ArrayList<>();
    for (int i = 0; i < row.width(); i++) {
      String name = row.cell(i).trim();
      K key = byName.get(name.toLowerCase(Locale.ROOT));
      if (key == null) {
        (name.isEmpty() ? blank : unknown).add(i);
        continue;
      }
      Integer previous = indexes.putIfAbsent(key, i);
      if (previous != null) {
        duplicates.add(new int[] {i, previous});
      }
    }
    return new Header<>(row, indexes, duplicates, unknown, blank);
  }

  /** Pairs of 0-based indexes: a header cell naming a column already named, and the first. */
  List<int[]> duplicates() {
    return duplicates;
  }

  /** The 0-based indexes of cells naming no known column, in order. */
  List<Integer> unknown() {
    return unknown;
  }

  /** The 0-based indexes of empty header cells, in order. */
  List<Integer> blank() {
    return blank;
  }

  /** Why a duplicate header cell is wrong. */
  String sameAs(int[] duplicate) {
    return "names the same column as column " + (duplicate[1] + 1) + " (\""
        + row.cell(duplicate[1]).trim() + "\"); keep one of them";
  }

  /** {@code ; found "a", "b"}: the header cells, for messages about a column not found. */
  String found() {
    List<String> names = new ArrayList<>();
    row.cells().forEach(cell -> names.add('"' + cell.trim() + '"'));
    return "; found " + String.join(", ", names);
  }

  /** The header names of a format in order, comma-separated: the header it writes. */
  static <K extends Enum<K> & KnownColumn> String canonical(Class<K> type) {
    return names(type).collect(Collectors.joining(","));
  }

  /** The header names of a format in order. */
  static <K extends Enum<K> & KnownColumn> List<String> headers(Class<K> type) {
    return names(type).collect(Collectors.toUnmodifiableList());
  }

  private static <K extends Enum<K> & KnownColumn> Stream<String> names(Class<K> type) {
    return Stream.of(type.getEnumConstants()).map(KnownColumn::header);
  }

  /** Whether the header has the column. */
  boolean has(K key) {
    return indexes.containsKey(key);
  }

  /** The number of cells in the header row. */
  int width() {
    return row.width();
  }

  /** The 0-based index of a column the header has. */
  int index(K key) {
    Integer index = indexes.get(key);
    if (index == null) {
      throw new IllegalArgumentException("the header has no column " + key.header());
    }
    return index;
  }

  /** A row's cell in a column; an empty cell at column 0 when the header lacks the column. */
  Cell cell(Row row, K key) {
    Integer index = indexes.get(key);
    if (index == null) {
      return new Cell(row, 0, key.header(), "");
    }
    return new Cell(row, index + 1, this.row.cell(index).trim(), row.cell(index));
  }

  /**
   * Checks that a row has no more cells than the header.
   *
   * @throws InvalidInputException if it has more
   */
  void checkWidth(Row row) {
    if (row.width() > width()) {
      throw new InvalidInputException(row.source(), row.line(), width() + 1L, null,
          "the row has " + row.width() + " cells but the header has " + width()
              + "; quote cells that hold a comma");
    }
  }
}
