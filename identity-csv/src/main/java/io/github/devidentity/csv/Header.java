package io.github.devidentity.csv;

import io.github.devidentity.InvalidInputException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A header row matched against a format's known columns: names compare ignoring case and
 * surrounding spaces, unknown columns are ignored, and a known column may appear once.
 *
 * @param <K> the format's column enum
 */
final class Header<K extends Enum<K> & KnownColumn> {
  private final Row row;
  private final Map<K, Integer> indexes;

  private Header(Row row, Map<K, Integer> indexes) {
    this.row = row;
    this.indexes = indexes;
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
    Map<String, K> byName = new HashMap<>();
    for (K key : type.getEnumConstants()) {
      key.names().forEach(name -> byName.put(name, key));
    }
    Map<K, Integer> indexes = new EnumMap<>(type);
    for (int i = 0; i < row.width(); i++) {
      K key = byName.get(row.cell(i).trim().toLowerCase(Locale.ROOT));
      if (key == null) {
        continue;
      }
      Integer previous = indexes.putIfAbsent(key, i);
      if (previous != null) {
        throw new InvalidInputException(row.source(), row.line(), i + 1, row.cell(i).trim(),
            "names the same column as column " + (previous + 1) + " (\""
                + row.cell(previous).trim() + "\"); keep one of them");
      }
    }
    for (K key : required) {
      if (!indexes.containsKey(key)) {
        throw new InvalidInputException(row.source(), row.line(), 0, key.header(),
            "is missing from the header; expected the columns " + canonical(type) + found(row));
      }
    }
    if (indexes.isEmpty()) {
      throw new InvalidInputException(row.source(), row.line(), 0, null,
          "the header names none of the known columns " + canonical(type) + found(row));
    }
    return new Header<>(row, indexes);
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

  private static String found(Row row) {
    List<String> names = new ArrayList<>();
    row.cells().forEach(cell -> names.add('"' + cell.trim() + '"'));
    return "; found " + String.join(", ", names);
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
