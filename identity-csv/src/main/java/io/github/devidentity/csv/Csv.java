package io.github.devidentity.csv;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.devidentity.IdentityException;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The CSV dialect every format here shares, and the I/O plumbing around it. */
final class Csv {
  /**
   * RFC 4180, keeping blank lines as rows so the parser's line count stays exact; {@link CsvRows}
   * skips them.
   */
  static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  /** RFC 4180 quoting, but {@code \n} line ends: the files live in version control. */
  static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private Csv() {}

  /** The stream without its leading byte-order mark, if it has one. */
  static Reader withoutByteOrderMark(Reader reader) throws IOException {
    PushbackReader pushback = new PushbackReader(reader, 1);
    int first = pushback.read();
    if (first >= 0 && first != BYTE_ORDER_MARK) {
      pushback.unread(first);
    }
    return pushback;
  }

  /** A printer onto {@code out} that neither closes nor buffers beyond {@code out}. */
  static CSVPrinter printer(Appendable out) throws IOException {
    return new CSVPrinter(out, WRITE);
  }

  /** Opens a UTF-8 file, hands its reader to {@code body}, and closes it. */
  static <T> T readFile(Path file, Function<Reader, T> body) {
    try (Reader reader = Files.newBufferedReader(file, UTF_8)) {
      return body.apply(reader);
    } catch (IOException e) {
      throw unreadable(file.toString(), e);
    }
  }

  /**
   * Replaces a file's content in one step: the new text is written beside the file, forced to
   * disk and moved over it, so a crash leaves either the old file or the new one whole.
   *
   * @throws IdentityException if the file cannot be written
   */
  static void replaceFile(Path file, String text) {
    Path directory = file.toAbsolutePath().getParent();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(UTF_8));
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(false);
      }
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw unwritable(file.toString(), e);
    }
  }

  /** The exception for a failed read. */
  static IdentityException unreadable(String source, IOException e) {
    return new IdentityException("cannot read " + source + ": " + describe(e), e);
  }

  /** The exception for a failed write. */
  static IdentityException unwritable(String target, IOException e) {
    return new IdentityException("cannot write " + target + ": " + describe(e), e);
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
