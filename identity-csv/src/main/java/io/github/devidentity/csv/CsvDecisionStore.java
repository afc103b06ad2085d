package io.github.devidentity.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.github.devidentity.IdentityException;
import io.github.devidentity.InvalidInputException;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.decision.DecisionStore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A {@link DecisionStore} kept in a UTF-8 CSV file with the header {@code
 * kind,first,second,actor,at,note}, one decision a row, oldest first.
 *
 * <p>{@code kind} is a {@link Decision.Kind} name such as {@code MERGE} or {@code NEVER_LINK}
 * (read ignoring case), {@code second} is empty for the one-record kinds ({@code SPLIT}, {@code MARK_BOT},
 * {@code MARK_HUMAN}), and {@code at} is an ISO-8601
 * instant such as {@code 2001-12-18T15:45:10Z}. Appending adds rows at the end and never rewrites
 * existing ones, so the file doubles as an audit trail. One instance is thread-safe; several
 * processes or instances must not append to one file at once.
 *
 * <pre>{@code
 * CsvDecisionStore store = CsvDecisionStore.at(Path.of("decisions.csv"));
 * store.append(List.of(new Decision.Merge(RecordId.of("gh-1"), RecordId.of("git-7"), "alice", Instant.now(), "same person")));
 * DecisionLog log = store.load();
 * }</pre>
 */
public final class CsvDecisionStore implements DecisionStore {
  private final Path file;

  private CsvDecisionStore(Path file) {
    this.file = file;
  }

  /**
   * A store in a file, which need not exist yet; nothing is read or written until used.
   *
   * @param file the CSV file; messages name it as given
   * @return the store
   */
  public static CsvDecisionStore at(Path file) {
    return new CsvDecisionStore(requireNonNull(file, "file"));
  }

  /**
   * The file holding the log.
   *
   * @return the path given to {@link #at}
   */
  public Path file() {
    return file;
  }

  /**
   * Reads the whole log; a missing or empty file holds none.
   *
   * @return the decisions in file order
   * @throws InvalidInputException if a row is malformed; the message names the file, line, column
   *     and the expected values
   * @throws IdentityException if the file cannot be read
   */
  @Override
  public synchronized DecisionLog load() {
    if (isMissingOrEmpty()) {
      return DecisionLog.empty();
    }
    return DecisionLog.of(Csv.readFile(file, reader -> DecisionsCsv.read(reader, file.toString())));
  }

  /**
   * Appends decisions as rows at the end of the file, creating it with its header if needed, and
   * forces them to disk. Existing rows are left as they are; a file whose header has the columns
   * in another order gets rows in that order.
   *
   * @param decisions the decisions to add, in order
   * @throws InvalidInputException if the existing file's header lacks one of the columns
   * @throws IdentityException if the file cannot be read or written
   */
  @Override
  public synchronized void append(List<? extends Decision> decisions) {
    List<Decision> copy = List.copyOf(requireNonNull(decisions, "decisions"));
    if (copy.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    try {
      Header<DecisionsCsv.Column> layout = null;
      if (!isMissingOrEmpty()) {
        layout = Csv.readFile(file, reader -> DecisionsCsv.appendLayout(reader, file.toString()));
        if (!endsWithLineBreak()) {
          text.append('\n');
        }
      }
      DecisionsCsv.write(copy, layout, text);
      appendToFile(text.toString().getBytes(UTF_8));
    } catch (IOException e) {
      throw Csv.unwritable(file.toString(), e);
    }
  }

  /**
   * Replaces the whole file with this log: the one exception to appending, for erasing a forgotten
   * person's decisions ({@code Tombstones.purge(DecisionLog)}). The new file is written beside the
   * old one, forced to disk and moved over it in one step, so a crash leaves either log whole.
   *
   * @param log the decisions the file is to hold, in order
   * @throws IdentityException if the file cannot be written
   */
  public synchronized void rewrite(DecisionLog log) {
    requireNonNull(log, "log");
    StringBuilder text = new StringBuilder();
    try {
      DecisionsCsv.write(log.decisions(), null, text);
    } catch (IOException e) {
      // A StringBuilder never fails; the signature is the printer's.
      throw Csv.unwritable(file.toString(), e);
    }
    Csv.replaceFile(file, text.toString());
  }

  private boolean isMissingOrEmpty() {
    try {
      return !Files.exists(file) || Files.size(file) == 0;
    } catch (IOException e) {
      throw Csv.unreadable(file.toString(), e);
    }
  }

  private boolean endsWithLineBreak() throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ)) {
      ByteBuffer last = ByteBuffer.allocate(1);
      channel.position(channel.size() - 1).read(last);
      return last.get(0) == '\n' || last.get(0) == '\r';
    }
  }

  private void appendToFile(byte[] bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(false);
    }
  }

  /** {@code CsvDecisionStore[path]}. */
  @Override
  public String toString() {
    return "CsvDecisionStore[" + file + "]";
  }
}
