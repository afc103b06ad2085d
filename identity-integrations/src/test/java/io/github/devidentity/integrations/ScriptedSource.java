package io.github.devidentity.integrations;

import io.github.devidentity.IdentityException;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.spi.IdentitySink;
import io.github.devidentity.spi.IdentitySource;
import io.github.devidentity.spi.SyncResult;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A source that hands over fixed records whatever the cursor, then returns a fixed result or
 * throws, and remembers the cursors it was given.
 */
final class ScriptedSource implements IdentitySource {
  private final Integration integration;
  private final List<IdentityRecord> records;
  private final @Nullable SyncResult result;
  private final @Nullable RuntimeException failure;
  private final boolean swallowSinkErrors;
  final List<@Nullable String> cursorsSeen = new ArrayList<>();

  private ScriptedSource(
      Integration integration,
      List<IdentityRecord> records,
      @Nullable SyncResult result,
      @Nullable RuntimeException failure,
      boolean swallowSinkErrors) {
    this.integration = integration;
    this.records = List.copyOf(records);
    this.result = result;
    this.failure = failure;
    this.swallowSinkErrors = swallowSinkErrors;
  }

  static ScriptedSource returning(
      Integration integration, List<IdentityRecord> records, SyncResult result) {
    return new ScriptedSource(integration, records, result, null, false);
  }

  static ScriptedSource failingAfter(
      Integration integration, List<IdentityRecord> records, RuntimeException failure) {
    return new ScriptedSource(integration, records, null, failure, false);
  }

  /** A source that ignores the sink's exceptions and returns normally, as a careless one might. */
  static ScriptedSource swallowing(Integration integration, List<IdentityRecord> records) {
    return new ScriptedSource(integration, records, new SyncResult("next", true), null, true);
  }

  /** A source whose sync returns null, breaking its contract. */
  static ScriptedSource returningNull(Integration integration) {
    return new ScriptedSource(integration, List.of(), null, null, false);
  }

  @Override
  public Integration integration() {
    return integration;
  }

  @Override
  public SyncResult sync(@Nullable String cursor, IdentitySink sink) {
    cursorsSeen.add(cursor);
    for (IdentityRecord record : records) {
      try {
        sink.record(record);
      } catch (IdentityException e) {
        if (!swallowSinkErrors) {
          throw e;
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    return result; // null only for returningNull(), which breaks the contract on purpose
  }
}
