package io.github.devidentity.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.devidentity.IdentityException;
import io.github.devidentity.examples.generate.CsvRecordSink;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A file a command writes, named by an option: checked before the work starts so a typo does not
 * cost a run, then written beside its target and moved into place, so a failed run leaves no
 * half-written file. {@code -} names standard output.
 */
final class OutputFile {
  /** Writes the content. */
  interface Body {
    void write(Writer out) throws IOException;
  }

  private OutputFile() {}

  /**
   * The file an option names, or empty for {@code -} (standard output).
   *
   * @throws UsageException if the value is not a path
   * @throws IdentityException if its directory does not exist or it is a directory
   */
  static Optional<Path> target(String command, String flag, String value) {
    if (value.equals("-")) {
      return Optional.empty();
    }
    Path path;
    try {
      path = Path.of(value);
    } catch (InvalidPathException e) {
      throw new UsageException(command + ": " + flag + " \"" + value + "\" is not a valid path: " + e.getReason());
    }
    Path directory = path.toAbsolutePath().getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new IdentityException(flag + " " + value + ": directory " + directory + " does not exist");
    }
    if (Files.isDirectory(path)) {
      throw new IdentityException(flag + " " + value + ": is a directory; name a file");
    }
    return Optional.of(path);
  }

  /**
   * Writes UTF-8 text to a file, or to {@code stdout} when there is none.
   *
   * @param byteOrderMark whether a file starts with a byte-order mark, which spreadsheet programs
   *     need to read UTF-8; standard output never gets one
   * @throws IdentityException if the text cannot be written
   */
  static void write(Optional<Path> target, PrintStream stdout, boolean byteOrderMark, Body body) {
    if (target.isEmpty()) {
      Writer writer = new OutputStreamWriter(stdout, UTF_8);
      try {
        body.write(writer);
        writer.flush();
      } catch (IOException e) {
        throw new IdentityException("cannot write to stdout: " + reason(e), e);
      }
      return;
    }
    Path absolute = target.get().toAbsolutePath();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
      try (Writer writer = Files.newBufferedWriter(temporary, UTF_8)) {
        if (byteOrderMark) {
          writer.write('\uFEFF');
        }
        body.write(writer);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new IdentityException("cannot write " + target.get() + ": " + reason(e), e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // The move succeeded or the write already failed; a stray temporary file is all that is left.
        }
      }
    }
  }

  /**
   * The file an option names, where {@code -} is not allowed.
   *
   * @throws UsageException if the value is {@code -} or not a path
   * @throws IdentityException if its directory does not exist or it is a directory
   */
  static Path checked(String command, String flag, String value) {
    return target(command, flag, value).orElseThrow(() ->
        new UsageException(command + ": " + flag + " cannot be - here; name a file"));
  }

  /** Writes UTF-8 text, without a byte-order mark, beside {@code target} and moves it into place. */
  static void write(Path target, Body body) {
    write(Optional.of(target), System.out, false, body);
  }

  /** The reason of an I/O failure, for messages. */
  static String reason(IOException e) {
    return CsvRecordSink.reason(e);
  }
}
