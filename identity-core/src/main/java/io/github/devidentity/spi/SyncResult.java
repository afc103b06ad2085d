package io.github.devidentity.spi;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one {@link IdentitySource#sync} ended with.
 *
 * @param cursor where the next sync resumes, or null when the source has no cursor (every sync is
 *     full)
 * @param complete whether the source reached its end; false when it stopped early (a page limit, a
 *     rate limit) and the next sync continues from {@code cursor}
 */
public record SyncResult(@Nullable String cursor, boolean complete) {

  /** The cursor, if the source has one. */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(cursor);
  }
}
