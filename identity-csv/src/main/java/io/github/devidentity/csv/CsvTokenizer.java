package io.github.devidentity.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits the text of a CSV file as spreadsheet programs write it into rows of cells, tracking the
 * line and column of everything, and goes on past malformed text so that every problem of a file
 * is found in one reading.
 *
 * <p>RFC 4180 with what real files add: the delimiter is {@code ,} or, as spreadsheet programs in
 * European locales write, {@code ;} — whichever the header line holds more of outside quotes; line
 * ends are LF, CRLF or a lone CR; a quoted cell may span lines and keeps its line ends as written;
 * a quote inside an unquoted cell is text; spaces between a closing quote and the delimiter are
 * dropped. Empty lines are skipped. The problems it finds are reported to a {@link Problems} as
 * the text goes by:
 *
 * <ul>
 *   <li>a quote that is never closed (at its line and column; the cell then runs to the end);
 *   <li>text after a closing quote (kept in the cell);
 *   <li>bytes that are not text in the file's encoding (read as U+FFFD).
 * </ul>
 */
final class CsvTokenizer {
  /** Where a tokenizer reports malformed text. */
  interface Problems {
    /**
     * Reports malformed text.
     *
     * @param line the 1-based line it is on
     * @param column the 1-based column (cell position) it is in
     * @param value the cell's text, shortened
     * @param message what is wrong and how to fix it
     */
    void malformed(long line, int column, String value, String message);
  }

  /** How much of the header line is looked at to choose the delimiter. */
  private static final int SNIFF_LIMIT = 1 << 20;
  private static final int SHOWN = 40;
  private static final int END = -1;

  private final DecodedInput in;
  private final Problems problems;
  private char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  /** The offset from the start of the text of {@code buffer[0]}. */
  private long base;
  private long line = 1;
  private char delimiter = ',';
  private final StringBuilder text = new StringBuilder();
  private int width = 8;

  private CsvTokenizer(DecodedInput in, Problems problems) {
    this.in = in;
    this.problems = problems;
  }

  /** Starts reading, choosing the delimiter from the first line. */
  static CsvTokenizer open(DecodedInput in, Problems problems) throws IOException {
    CsvTokenizer tokenizer = new CsvTokenizer(in, problems);
    tokenizer.delimiter = tokenizer.sniffDelimiter();
    return tokenizer;
  }

  /** The delimiter chosen: {@code ,} or {@code ;}. */
  char delimiter() {
    return delimiter;
  }

  /**
   * The next row, or null at the end of the text.
   *
   * @param source the file name the row carries
   */
  @Nullable Row next(String source) throws IOException {
    while (true) {
      if (peek() == END) {
        return null;
      }
      long rowLine = line;
      List<String> cells = new ArrayList<>(width);
      boolean more = true;
      while (more) {
        int column = cells.size() + 1;
        long cellLine = line;
        String cell;
        if (peek() == '"') {
          position++;
          cell = quoted(cellLine, column);
        } else {
          cell = unquoted();
        }
        more = endCell();
        if (in.malformedBefore(base + position)) {
          problems.malformed(cellLine, column, shown(cell), "\"" + shown(cell) + "\" holds bytes that are not "
              + in.charset() + " text (shown as \uFFFD); save the file as UTF-8");
        }
        cells.add(cell);
      }
      if (cells.size() == 1 && cells.get(0).isEmpty() && line > rowLine) {
        continue;
      }
      width = Math.max(width, cells.size());
      return new Row(source, rowLine, cells);
    }
  }

  /**
   * Consumes what ends a cell: a delimiter (more cells follow) or a line end or the end of the
   * text (the row is done).
   */
  private boolean endCell() throws IOException {
    int c = peek();
    if (c == delimiter) {
      position++;
      return true;
    }
    if (c == '\n') {
      position++;
      line++;
    } else if (c == '\r') {
      position++;
      line++;
      if (peek() == '\n') {
        position++;
      }
    }
    return false;
  }

  /** An unquoted cell, up to the delimiter, line end or end of text, which are not consumed. */
  private String unquoted() throws IOException {
    text.setLength(0);
    while (true) {
      int from = position;
      while (position < limit) {
        char c = buffer[position];
        if (c == delimiter || c == '\n' || c == '\r') {
          break;
        }
        position++;
      }
      if (position < limit && text.length() == 0) {
        return new String(buffer, from, position - from);
      }
      text.append(buffer, from, position - from);
      if (position < limit || fill() == 0) {
        return text.toString();
      }
    }
  }

  /** A quoted cell after its opening quote, up to and including its closing quote. */
  private String quoted(long openLine, int column) throws IOException {
    text.setLength(0);
    while (true) {
      int c = read();
      if (c == END) {
        String opened = shown("\"" + text);
        problems.malformed(openLine, column, opened, "the quote that opens this cell (" + opened
            + ") is never closed, so the cell runs to the end of the file; close it with \" and write each "
            + "quote inside a cell as \"\"");
        return text.toString();
      }
      if (c == '"') {
        if (peek() == '"') {
          position++;
          text.append('"');
          continue;
        }
        afterClosingQuote(column);
        return text.toString();
      }
      if (c == '\n') {
        line++;
      } else if (c == '\r') {
        line++;
        if (peek() == '\n') {
          position++;
          text.append('\r');
          c = '\n';
        }
      }
      text.append((char) c);
    }
  }

  /** Skips spaces after a closing quote; other text there is reported and kept in the cell. */
  private void afterClosingQuote(int column) throws IOException {
    StringBuilder spaces = new StringBuilder();
    boolean stray = false;
    while (true) {
      int c = peek();
      if (c == END || c == delimiter || c == '\n' || c == '\r') {
        break;
      }
      position++;
      if (!stray && (c == ' ' || c == '\t')) {
        spaces.append((char) c);
        continue;
      }
      if (!stray) {
        stray = true;
        text.append('"').append(spaces);
      }
      text.append((char) c);
    }
    if (stray) {
      String cell = shown(text.toString());
      problems.malformed(line, column, cell, "the quote that closes the cell is followed by more text, read as "
          + cell + "; quote the whole cell and write each quote inside it as \"\"");
    }
  }

  private static String shown(String cell) {
    int newline = cell.indexOf('\n');
    String first = newline >= 0 ? cell.substring(0, newline) : cell;
    return first.length() > SHOWN || newline >= 0
        ? first.substring(0, Math.min(first.length(), SHOWN)) + "…"
        : first;
  }

  private int peek() throws IOException {
    if (position == limit && fill() == 0) {
      return END;
    }
    return buffer[position];
  }

  private int read() throws IOException {
    if (position == limit && fill() == 0) {
      return END;
    }
    return buffer[position++];
  }

  /** Reads more text after what is left unread; the number of characters added, 0 at the end. */
  private int fill() throws IOException {
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      base += position;
      limit -= position;
      position = 0;
    }
    return fillKeeping();
  }

  /**
   * The delimiter the first line uses more of outside quotes: {@code ;} or {@code ,}. Looks
   * ahead without consuming.
   */
  private char sniffDelimiter() throws IOException {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    int i = 0;
    while (i < SNIFF_LIMIT) {
      if (i == limit && fillKeeping() == 0) {
        break;
      }
      char c = buffer[i++];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  /** Reads more text without discarding any; the number of characters added, 0 at the end. */
  private int fillKeeping() throws IOException {
    if (limit == buffer.length) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
    int n = in.read(buffer, limit, buffer.length - limit);
    if (n <= 0) {
      return 0;
    }
    limit += n;
    return n;
  }
}
