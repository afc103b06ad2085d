package io.github.devidentity.csv;

import io.github.devidentity.IdentityException;
import io.github.devidentity.InvalidInputException;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one CSV stream, each with the line it starts on; blank lines are skipped and a
 * leading byte-order mark is dropped. Does not close the reader.
 */
final class CsvRows {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final String source;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;

  private CsvRows(String source, CSVParser parser) {
    this.source = source;
    this.parser = parser;
    this.records = parser.iterator();
  }

  /** Starts reading; {@code source} names the stream in messages. */
  static CsvRows open(Reader reader, String source) {
    try {
      Reader body = withoutByteOrderMark(reader);
      return new CsvRows(source, CSVParser.builder().setReader(body).setFormat(Csv.READ).get());
    } catch (IOException e) {
      throw failure(source, 1, e);
    }
  }

  /** The name of the stream. */
  String source() {
    return source;
  }

  /** The next row that is not a blank line, or null at the end. */
  @Nullable Row next() {
    while (true) {
      // The parser counts the line ends it has consumed, so the next row starts one line later.
      long line = parser.getCurrentLineNumber() + 1;
      List<String> cells;
      try {
        if (!records.hasNext()) {
          return null;
        }
        cells = records.next().toList();
      } catch (UncheckedIOException e) {
        throw failure(source, line, e.getCause());
      }
      if (cells.size() == 1 && cells.get(0).isBlank()) {
        continue;
      }
      return new Row(source, line, cells);
    }
  }

  private static Reader withoutByteOrderMark(Reader reader) throws IOException {
    PushbackReader pushback = new PushbackReader(reader, 1);
    int first = pushback.read();
    if (first >= 0 && first != BYTE_ORDER_MARK) {
      pushback.unread(first);
    }
    return pushback;
  }

  private static IdentityException failure(String source, long line, IOException cause) {
    if (cause instanceof CSVException) {
      return new InvalidInputException(source, line, 0, null, malformed(cause), cause);
    }
    if (cause instanceof CharacterCodingException) {
      // Decoders read ahead, so the bad bytes are somewhere at or after this line.
      return new InvalidInputException(source, 0, 0, null,
          "holds bytes that are not UTF-8, at or after line " + line + "; save it as UTF-8", cause);
    }
    return Csv.unreadable(source, cause);
  }

  private static String malformed(IOException cause) {
    String message = String.valueOf(cause.getMessage());
    if (message.contains("EOF reached before encapsulated token finished")) {
      return "a quoted cell in the row starting here has no closing quote; add the closing \" "
          + "or double each quote inside the cell (\"\")";
    }
    if (message.contains("Invalid character between encapsulated token and delimiter")) {
      return "a quoted cell is followed by more text before the next comma; quote the whole cell "
          + "and double each quote inside it (\"\")";
    }
    return "is not valid CSV: " + message;
  }
}
