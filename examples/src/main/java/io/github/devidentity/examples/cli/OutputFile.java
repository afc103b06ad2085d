package io.github.devidentity.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.devidentity.IdentityException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file a command writes: checked before the work starts, so a typo does not cost a run, then
 * written beside the target and moved into place, so a failed run leaves no half-written file.
 */
final class OutputFile {
  private OutputFile() {}

  /** Writes the text of a file. */
  @FunctionalInterface
  interface Body {
    void write(Writer writer) throws IOException;
  }

  /**
   * The path an output option names.
   *
   * @throws UsageException if the value is not a path
   * @throws IdentityException if its directory does not exist or it is a directory
   */
  static Path checked(String command, String flag, String value) {
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
    return path;
  }

  /**
   * Writes UTF-8 text to a file beside {@code target} and moves it into place.
   *
   * @throws IdentityException naming the target if it cannot be written
   */
  static void write(Path target, Body body) {
    Path absolute = target.toAbsolutePath();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
      try (Writer writer = Files.newBufferedWriter(temporary, UTF_8)) {
        body.write(writer);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new IdentityException("cannot write " + target + ": " + reason(e), e);
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

  /** The reason of an I/O failure without the exception class names people need not read. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
