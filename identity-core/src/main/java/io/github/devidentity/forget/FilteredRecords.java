package io.github.devidentity.forget;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.model.IdentityRecord;
import java.util.List;

/**
 * Incoming records split by {@link Tombstones#filter}: those to resolve, and those of forgotten
 * people, each with the tombstone that caught it, so nothing is dropped silently.
 *
 * @param kept the records of people not forgotten, in input order
 * @param dropped the records of forgotten people, in input order
 */
public record FilteredRecords(List<IdentityRecord> kept, List<DroppedRecord> dropped) {

  /** Copies. */
  public FilteredRecords {
    kept = List.copyOf(requireNonNull(kept, "kept"));
    dropped = List.copyOf(requireNonNull(dropped, "dropped"));
  }
}
