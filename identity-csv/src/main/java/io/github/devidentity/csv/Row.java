package io.github.devidentity.csv;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One CSV row as read, with where it starts.
 *
 * @param source the file or stream name, for messages
 * @param line the 1-based physical line the row starts on
 * @param cells the cells as the parser gave them, untrimmed
 */
record Row(String source, long line, List<String> cells) {

  Row {
    requireNonNull(source, "source");
    requireNonNull(cells, "cells");
    if (line < 1) {
      throw new IllegalArgumentException("line is " + line + "; expected 1 or more");
    }
    cells = List.copyOf(cells);
  }

  /** The cell at a 0-based index, or the empty string when the row is shorter. */
  String cell(int index) {
    return index < cells.size() ? cells.get(index) : "";
  }

  /** The number of cells. */
  int width() {
    return cells.size();
  }
}
