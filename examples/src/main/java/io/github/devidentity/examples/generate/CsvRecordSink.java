package io.github.devidentity.examples.generate;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.IdentityException;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes generated records to two CSV files: the records, with the header {@code
 * record_id,source,name,email,username,account_id} that {@code IdentityRecordsCsv} reads (and
 * {@code first_seen,last_seen} after it when opened {@link #openWithActivity with activity}), and
 * the truth, {@code record_id,person_id}.
 *
 * <p>UTF-8, {@code \n} line ends, RFC 4180 quoting for cells holding a comma, a quote or a line
 * break ({@code "Smith, John"}), 1 MiB buffers. Close it to flush.
 *
 * <pre>{@code
 * try (CsvRecordSink csv = CsvRecordSink.open(Path.of("records.csv"), Path.of("truth.csv"))) {
 *   OrganisationGenerator.of(42).generate(1_000_000, csv);
 * }
 * }</pre>
 */
public final class CsvRecordSink implements RecordSink, Closeable {
  /** The header of the records file. */
  public static final String RECORDS_HEADER = "record_id,source,name,email,username,account_id";
  /** The header of the records file when it holds activity dates. */
  public static final String ACTIVITY_HEADER = RECORDS_HEADER + ",first_seen,last_seen";
  /** The header of the truth file. */
  public static final String TRUTH_HEADER = "record_id,person_id";

  private static final int BUFFER = 1 << 20;

  private final Path recordsFile;
  private final Path truthFile;
  private final Utf8Out records;
  private final Utf8Out truth;
  private final boolean activity;
  private long count;

  private CsvRecordSink(Path recordsFile, Path truthFile, Utf8Out records, Utf8Out truth, boolean activity) {
    this.recordsFile = recordsFile;
    this.truthFile = truthFile;
    this.records = records;
    this.truth = truth;
    this.activity = activity;
  }

  /**
   * Creates or replaces both files and writes their headers.
   *
   * @throws IllegalArgumentException if both paths name the same file
   * @throws IdentityException if a file cannot be created; the message names it
   */
  public static CsvRecordSink open(Path recordsFile, Path truthFile) {
    return open(recordsFile, truthFile, false);
  }

  /**
   * Like {@link #open}, with the columns {@code first_seen,last_seen} in the records file, for a
   * generator that {@link OrganisationGenerator#withActivityUntil dates its records}.
   *
   * @throws IllegalArgumentException if both paths name the same file
   * @throws IdentityException if a file cannot be created; the message names it
   */
  public static CsvRecordSink openWithActivity(Path recordsFile, Path truthFile) {
    return open(recordsFile, truthFile, true);
  }

  private static CsvRecordSink open(Path recordsFile, Path truthFile, boolean activity) {
    requireNonNull(recordsFile, "recordsFile");
    requireNonNull(truthFile, "truthFile");
    if (recordsFile.toAbsolutePath().normalize().equals(truthFile.toAbsolutePath().normalize())) {
      throw new IllegalArgumentException("the records and the truth would both go to " + recordsFile
          + "; name two different files");
    }
    Utf8Out records = Utf8Out.open(recordsFile);
    Utf8Out truth;
    try {
      truth = Utf8Out.open(truthFile);
    } catch (IdentityException e) {
      records.closeQuietly();
      throw e;
    }
    CsvRecordSink sink = new CsvRecordSink(recordsFile, truthFile, records, truth, activity);
    sink.line(records, activity ? ACTIVITY_HEADER : RECORDS_HEADER);
    sink.line(truth, TRUTH_HEADER);
    return sink;
  }

  /**
   * Writes one record to each file.
   *
   * @throws IllegalArgumentException if the record carries activity dates and the sink was not
   *     opened with activity, which has no columns for them
   * @throws IdentityException if a file cannot be written; the message names it
   */
  @Override
  public void accept(GeneratedRecord record) {
    if (!activity && record.hasActivity()) {
      throw new IllegalArgumentException("record " + record.recordId() + " carries activity dates, but "
          + recordsFile + " has no columns for them; open it with openWithActivity");
    }
    try {
      records.cell(record.recordId());
      records.comma();
      records.cell(record.source());
      records.comma();
      records.cell(record.name());
      records.comma();
      records.cell(record.email());
      records.comma();
      records.cell(record.username());
      records.comma();
      records.cell(record.accountId());
      if (activity) {
        records.comma();
        records.cell(record.firstSeen());
        records.comma();
        records.cell(record.lastSeen());
      }
      records.newline();
      truth.cell(record.recordId());
      truth.comma();
      truth.cell(record.personId());
      truth.newline();
    } catch (UncheckedIOException e) {
      throw failure(e.getCause());
    }
    count++;
  }

  /** How many records were written. */
  public long count() {
    return count;
  }

  /**
   * Flushes and closes both files.
   *
   * @throws IdentityException if a file cannot be written; the message names it
   */
  @Override
  public void close() {
    try {
      records.close();
    } catch (UncheckedIOException e) {
      truth.closeQuietly();
      throw failure(e.getCause());
    }
    try {
      truth.close();
    } catch (UncheckedIOException e) {
      throw failure(e.getCause());
    }
  }

  private void line(Utf8Out out, String text) {
    try {
      out.ascii(text);
      out.newline();
    } catch (UncheckedIOException e) {
      throw failure(e.getCause());
    }
  }

  private IdentityException failure(IOException e) {
    Path file = records.failed ? recordsFile : truthFile;
    return new IdentityException("cannot write " + file + ": " + reason(e), e);
  }

  /**
   * The reason of an I/O failure for a message, without the exception class names people need
   * not read.
   */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * A buffered UTF-8 writer of CSV cells: encodes straight into a byte buffer, which is what
   * makes writing millions of rows cheap. I/O failures surface as {@link UncheckedIOException}.
   */
  private static final class Utf8Out {
    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private int used;
    boolean failed;

    private Utf8Out(OutputStream out) {
      this.out = out;
    }

    static Utf8Out open(Path file) {
      try {
        return new Utf8Out(Files.newOutputStream(file));
      } catch (IOException e) {
        throw new IdentityException("cannot create " + file + ": " + reason(e), e);
      }
    }

    void cell(String text) {
      int length = text.length();
      if (used + length + 1 > buffer.length) {
        flush();
      }
      if (length < buffer.length) {
        // The common case, plain ASCII that needs no quotes, copied in one tight loop.
        int at = used;
        byte[] bytes = buffer;
        for (int i = 0; i < length; i++) {
          char c = text.charAt(i);
          if (c >= 0x80 || c == ',' || c == '"' || c == '\n' || c == '\r') {
            cellSlowly(text);
            return;
          }
          bytes[at + i] = (byte) c;
        }
        used = at + length;
        return;
      }
      cellSlowly(text);
    }

    private void cellSlowly(String text) {
      if (needsQuotes(text)) {
        put('"');
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (c == '"') {
            put('"');
          }
          i = encode(text, i);
        }
        put('"');
      } else {
        for (int i = 0; i < text.length(); i++) {
          i = encode(text, i);
        }
      }
    }

    void ascii(String text) {
      for (int i = 0; i < text.length(); i++) {
        put(text.charAt(i));
      }
    }

    void comma() {
      put(',');
    }

    void newline() {
      put('\n');
    }

    private static boolean needsQuotes(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
          return true;
        }
      }
      return false;
    }

    /** Encodes the character at {@code i} (and its low surrogate); returns the last index used. */
    private int encode(String text, int i) {
      char c = text.charAt(i);
      if (c < 0x80) {
        put(c);
        return i;
      }
      if (used + 4 > buffer.length) {
        flush();
      }
      if (c < 0x800) {
        buffer[used++] = (byte) (0xc0 | c >> 6);
        buffer[used++] = (byte) (0x80 | c & 0x3f);
        return i;
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(i + 1));
        buffer[used++] = (byte) (0xf0 | cp >> 18);
        buffer[used++] = (byte) (0x80 | cp >> 12 & 0x3f);
        buffer[used++] = (byte) (0x80 | cp >> 6 & 0x3f);
        buffer[used++] = (byte) (0x80 | cp & 0x3f);
        return i + 1;
      }
      int unit = Character.isSurrogate(c) ? '?' : c;
      if (unit < 0x80) {
        buffer[used++] = (byte) unit;
        return i;
      }
      buffer[used++] = (byte) (0xe0 | unit >> 12);
      buffer[used++] = (byte) (0x80 | unit >> 6 & 0x3f);
      buffer[used++] = (byte) (0x80 | unit & 0x3f);
      return i;
    }

    private void put(char c) {
      if (used == buffer.length) {
        flush();
      }
      buffer[used++] = (byte) c;
    }

    private void flush() {
      try {
        out.write(buffer, 0, used);
        used = 0;
      } catch (IOException e) {
        failed = true;
        throw new UncheckedIOException(e);
      }
    }

    void close() {
      try {
        flush();
        out.close();
      } catch (IOException e) {
        failed = true;
        throw new UncheckedIOException(e);
      }
    }

    void closeQuietly() {
      try {
        out.close();
      } catch (IOException ignored) {
        // Already failing for another reason; that one is reported.
      }
    }
  }
}
