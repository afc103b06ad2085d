package io.github.devidentity.integrations;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.spi.ContributionFact;
import io.github.devidentity.model.Integration;
import java.util.List;
import java.util.Map;

/**
 * What one {@link SyncRunner#run run} yielded: the records, the cursors to resume from, and which
 * sources failed. Immutable.
 */
public final class SyncReport {
  private final List<IdentityRecord> records;
  private final List<ContributionFact> facts;
  private final Map<Integration, String> cursors;
  private final Map<Integration, Integer> counts;
  private final List<SourceFailure> failures;
  private final boolean complete;

  SyncReport(
      List<IdentityRecord> records,
      List<ContributionFact> facts,
      Map<Integration, String> cursors,
      Map<Integration, Integer> counts,
      List<SourceFailure> failures,
      boolean complete) {
    this.records = records;
    this.facts = facts;
    this.cursors = cursors;
    this.counts = counts;
    this.failures = failures;
    this.complete = complete;
  }

  /**
   * The records the sources yielded, one per {@link io.github.devidentity.model.RecordId}: a later
   * record with an id seen before replaces the earlier one in its place, so the list is in order of
   * each id's first appearance. Unmodifiable.
   */
  public List<IdentityRecord> records() {
    return records;
  }

  /**
   * The contribution facts the sources yielded, in order, for {@code
   * io.github.devidentity.match.ContributionStrategy}. Unmodifiable.
   */
  public List<ContributionFact> facts() {
    return facts;
  }

  /**
   * The cursor to pass to the next run, per integration, in source order. A failed source keeps
   * the cursor it was given, so the next run resumes where this one started; a source without a
   * cursor is absent. Unmodifiable.
   */
  public Map<Integration, String> cursors() {
    return cursors;
  }

  /**
   * How many records each source handed over in this run, in source order, counting a repeated id
   * each time it came; every source is present, failed ones with what they yielded before failing.
   * Unmodifiable.
   */
  public Map<Integration, Integer> counts() {
    return counts;
  }

  /** The sources that failed, in source order, each with why. Unmodifiable. */
  public List<SourceFailure> failures() {
    return failures;
  }

  /** Whether every source reached its end and none failed. */
  public boolean complete() {
    return complete;
  }

  @Override
  public String toString() {
    return "SyncReport{"
        + records.size()
        + " records, counts="
        + counts
        + ", failures="
        + failures
        + ", complete="
        + complete
        + "}";
  }
}
