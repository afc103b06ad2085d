package io.github.devidentity.integrations;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.spi.IdentitySink;
import io.github.devidentity.spi.IdentitySource;
import io.github.devidentity.spi.SyncResult;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A source over a fixed list of records, for tests and examples. Its cursor is the number of
 * records already delivered, as a decimal string, so a sync from a cursor delivers only what was
 * {@linkplain #withAppended appended} since. Immutable and thread-safe.
 *
 * <pre>{@code
 * Integration hr = Integration.of(IntegrationType.CUSTOM, "hr");
 * InMemorySource source = InMemorySource.of(hr, List.of(ada, grace));
 * SyncReport first = SyncRunner.of(List.of(source)).run(Map.of());       // ada, grace
 * InMemorySource grown = source.withAppended(List.of(linus));
 * SyncReport next = SyncRunner.of(List.of(grown)).run(first.cursors()); // linus
 * }</pre>
 */
public final class InMemorySource implements IdentitySource {
  private final Integration integration;
  private final List<IdentityRecord> records;

  private InMemorySource(Integration integration, List<IdentityRecord> records) {
    this.integration = integration;
    this.records = records;
  }

  /**
   * A source of {@code integration} that yields {@code records} in order.
   *
   * @throws IllegalArgumentException if a record belongs to another integration; the message names
   *     the record, its position and both integrations
   */
  public static InMemorySource of(Integration integration, List<IdentityRecord> records) {
    requireNonNull(integration, "integration");
    return new InMemorySource(integration, checked(integration, records, "records", 0));
  }

  /**
   * A source like this one that has grown by {@code more}: it yields this source's records, then
   * these.
   *
   * @throws IllegalArgumentException if a record belongs to another integration; the message names
   *     the record, its position and both integrations
   */
  public InMemorySource withAppended(List<IdentityRecord> more) {
    List<IdentityRecord> all = new ArrayList<>(records);
    all.addAll(checked(integration, more, "more", records.size()));
    return new InMemorySource(integration, List.copyOf(all));
  }

  /** The integration given at creation. */
  @Override
  public Integration integration() {
    return integration;
  }

  /**
   * Delivers the records after the first {@code cursor} ones, and returns the total count as the
   * next cursor; the sync is always complete.
   *
   * @param cursor how many records an earlier sync delivered, in decimal, or null for all
   * @throws IllegalArgumentException if {@code cursor} is not a whole number from 0 to the number
   *     of records; the message shows the bad cursor
   */
  @Override
  public SyncResult sync(@Nullable String cursor, IdentitySink sink) {
    requireNonNull(sink, "sink");
    int start = cursor == null ? 0 : parseCursor(cursor);
    for (IdentityRecord record : records.subList(start, records.size())) {
      sink.record(record);
    }
    return new SyncResult(Integer.toString(records.size()), true);
  }

  @Override
  public String toString() {
    return "InMemorySource[" + integration + ", " + records.size() + " records]";
  }

  private int parseCursor(String cursor) {
    int start = -1;
    if (!cursor.isEmpty() && cursor.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        start = Integer.parseInt(cursor);
      } catch (NumberFormatException tooLong) {
        // Falls through to the range check below with start still -1.
      }
    }
    if (start < 0 || start > records.size()) {
      throw new IllegalArgumentException(
          "cursor \""
              + cursor
              + "\" of "
              + integration
              + " is not a record count; expected a whole number from 0 to "
              + records.size());
    }
    return start;
  }

  private static List<IdentityRecord> checked(
      Integration integration, List<IdentityRecord> records, String name, int firstPosition) {
    requireNonNull(records, name);
    for (int i = 0; i < records.size(); i++) {
      IdentityRecord record = records.get(i);
      if (record == null) {
        throw new NullPointerException(name + "[" + i + "] is null");
      }
      if (!record.integration().equals(integration)) {
        throw new IllegalArgumentException(
            "record "
                + record.id()
                + " (record "
                + (firstPosition + i + 1)
                + " of the source) belongs to integration "
                + record.integration()
                + ", but the source is of "
                + integration);
      }
    }
    return List.copyOf(records);
  }
}
