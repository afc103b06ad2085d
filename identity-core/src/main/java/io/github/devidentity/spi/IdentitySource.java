package io.github.devidentity.spi;

import io.github.devidentity.model.Integration;
import org.jspecify.annotations.Nullable;

/**
 * Yields the identity records of one integration, incrementally: each sync starts from the cursor
 * the previous one returned, so a daily re-sync fetches only what changed.
 *
 * <pre>{@code
 * final class HrSystemSource implements IdentitySource {
 *   public Integration integration() { return Integration.of(IntegrationType.CUSTOM, "hr"); }
 *   public SyncResult sync(String cursor, IdentitySink sink) {
 *     for (Employee e : hr.changedSince(cursor)) {
 *       sink.record(IdentityRecord.builder(RecordId.of("hr:" + e.id()), integration())
 *           .accountId(e.id()).displayName(e.name()).email(e.email()).build());
 *     }
 *     return new SyncResult(hr.latestChangeToken(), true);
 *   }
 * }
 * }</pre>
 */
public interface IdentitySource {

  /** The integration whose records this source yields. */
  Integration integration();

  /**
   * Fetches what changed since {@code cursor} and hands each record to the sink.
   *
   * @param cursor the cursor a previous sync returned, or null for a full sync
   * @param sink receives the records; a record whose id was seen before replaces it
   * @return the cursor to resume from next time, and whether the source reached its end
   * @throws io.github.devidentity.IdentityException if the source cannot be read; records already
   *     handed to the sink stay valid, and the sync can resume from the last cursor
   */
  SyncResult sync(@Nullable String cursor, IdentitySink sink);
}
