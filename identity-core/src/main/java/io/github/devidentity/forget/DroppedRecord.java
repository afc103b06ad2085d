package io.github.devidentity.forget;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.model.IdentityRecord;

/**
 * A record {@link Tombstones#filter} dropped, and why.
 *
 * @param record the record as it arrived
 * @param tombstone the id of the tombstone that caught it
 * @param caughtBy the kind of identifier whose hash the tombstone holds
 */
public record DroppedRecord(IdentityRecord record, String tombstone, Tombstone.Kind caughtBy) {

  /** Checks that the parts are present. */
  public DroppedRecord {
    requireNonNull(record, "record");
    requireNonNull(tombstone, "tombstone");
    requireNonNull(caughtBy, "caughtBy");
  }

  /** {@code gh-7 dropped: its account id matches tombstone t-…}, naming no identifier but the record id. */
  @Override
  public String toString() {
    return record.id() + " dropped: its " + caughtBy.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + " matches tombstone " + tombstone;
  }
}
