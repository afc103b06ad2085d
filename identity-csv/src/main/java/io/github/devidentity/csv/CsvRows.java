package io.github.devidentity.csv;

import io.github.devidentity.IdentityException;
import io.github.devidentity.InvalidInputException;
import io.github.devidentity.csv.ValidationProblem.Code;
import java.io.BufferedReader;
import java.io.IOException;
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
  /** The delimiters a spreadsheet export may use, the default first. */
  private static final char[] DELIMITERS = {',', ';', '\t'};
  /** How far into the stream the header line is looked for when guessing the delimiter. */
  private static final int SNIFF_LIMIT = 64 * 1024;

  private final String source;
  private final char delimiter;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private boolean broken;

  private CsvRows(String source, char delimiter, CSVParser parser) {
    this.source = source;
    this.delimiter = delimiter;
    this.parser = parser;
    this.records = parser.iterator();
  }

  /** Starts reading comma-separated rows; {@code source} names the stream in messages. */
  static CsvRows open(Reader reader, String source) {
    try {
      return open(Csv.withoutByteOrderMark(reader), source, ',');
    } catch (IOException e) {
      throw failure(source, 1, e, "comma");
    }
  }

  /**
   * Starts reading a file a person exported from a spreadsheet, whose delimiter is whichever of
   * comma, semicolon and tab its header line uses most outside quotes; a comma on a tie.
   *
   * @param report where a start that is not UTF-8 is reported; its source names the stream
   * @return the rows, or null after reporting that the stream is not UTF-8
   */
  static @Nullable CsvRows openExport(Reader reader, ValidationReport.Builder report) {
    try {
      BufferedReader buffered = new BufferedReader(Csv.withoutByteOrderMark(reader), SNIFF_LIMIT + 1);
      buffered.mark(SNIFF_LIMIT);
      char delimiter = sniff(buffered);
      buffered.reset();
      return open(buffered, report.source(), delimiter);
    } catch (IOException e) {
      report(report, report.source(), 1, e, "comma");
      return null;
    }
  }

  private static CsvRows open(Reader body, String source, char delimiter) throws IOException {
    return new CsvRows(source, delimiter, CSVParser.builder().setReader(body)
        .setFormat(Csv.READ.builder().setDelimiter(delimiter).get()).get());
  }

  /** The delimiter the first line holding text uses most outside quotes. */
  private static char sniff(Reader reader) throws IOException {
    int[] counts = new int[DELIMITERS.length];
    boolean quoted = false;
    boolean text = false;
    for (int read = 0, c = reader.read(); c >= 0 && read < SNIFF_LIMIT; read++, c = reader.read()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (text) {
          break;
        }
      } else if (!quoted) {
        for (int i = 0; i < DELIMITERS.length; i++) {
          counts[i] += c == DELIMITERS[i] ? 1 : 0;
        }
        text |= !Character.isWhitespace(c);
      }
    }
    int best = 0;
    for (int i = 1; i < DELIMITERS.length; i++) {
      best = counts[i] > counts[best] ? i : best;
    }
    return DELIMITERS[best];
  }

  /** The name of the stream. */
  String source() {
    return source;
  }

  /** Whether reading stopped at a row that is not valid CSV, so rows after it are missing. */
  boolean broken() {
    return broken;
  }

  /** The delimiter in words, for messages: {@code comma}, {@code semicolon} or {@code tab}. */
  String delimiterName() {
    return delimiter == ';' ? "semicolon" : delimiter == '\t' ? "tab" : "comma";
  }

  /**
   * The next row that is not a blank line, or null at the end.
   *
   * @throws InvalidInputException if the rest of the stream is not valid CSV or not UTF-8
   */
  @Nullable Row next() {
    return next(null);
  }

  /**
   * The next row that is not a blank line, or null at the end; when the rest of the stream is not
   * valid CSV or not UTF-8, that is reported as {@link Code#INVALID_CSV} and the rows end there.
   */
  @Nullable Row next(ValidationReport.@Nullable Builder report) {
    while (!broken) {
      // The parser counts the line ends it has consumed, so the next row starts one line later.
      long line = parser.getCurrentLineNumber() + 1;
      List<String> cells;
      try {
        if (!records.hasNext()) {
          return null;
        }
        cells = records.next().toList();
      } catch (UncheckedIOException e) {
        if (report == null) {
          throw failure(source, line, e.getCause(), delimiterName());
        }
        broken = true;
        report(report, source, line, e.getCause(), delimiterName());
        return null;
      }
      if (cells.size() == 1 && cells.get(0).isBlank()) {
        continue;
      }
      return new Row(source, line, cells);
    }
    return null;
  }

  /** Reports a stream that is not valid CSV or not UTF-8 as {@link Code#INVALID_CSV}; throws other failures. */
  private static void report(ValidationReport.Builder report, String source, long line, IOException cause,
      String delimiter) {
    IdentityException failure = failure(source, line, cause, delimiter);
    if (!(failure instanceof InvalidInputException)) {
      throw failure;
    }
    report.error(Code.INVALID_CSV, ((InvalidInputException) failure).line(), 0, "", "", problem(line, cause, delimiter));
  }

  private static IdentityException failure(String source, long line, IOException cause, String delimiter) {
    if (cause instanceof CSVException) {
      return new InvalidInputException(source, line, 0, null, problem(line, cause, delimiter), cause);
    }
    if (cause instanceof CharacterCodingException) {
      // Decoders read ahead, so the bad bytes are somewhere at or after this line.
      return new InvalidInputException(source, 0, 0, null, problem(line, cause, delimiter), cause);
    }
    return Csv.unreadable(source, cause);
  }

  /** What is wrong with a stream the parser failed on at a line. */
  private static String problem(long line, IOException cause, String delimiter) {
    if (cause instanceof CharacterCodingException) {
      return "holds bytes that are not UTF-8, at or after line " + line + "; save it as UTF-8";
    }
    String message = String.valueOf(cause.getMessage());
    if (message.contains("EOF reached before encapsulated token finished")) {
      return "a quoted cell in the row starting here has no closing quote; add the closing \" "
          + "or double each quote inside the cell (\"\")";
    }
    if (message.contains("Invalid character between encapsulated token and delimiter")) {
      return "a quoted cell is followed by more text before the next " + delimiter + "; quote the whole cell "
          + "and double each quote inside it (\"\")";
    }
    return "is not valid CSV: " + message;
  }
}
