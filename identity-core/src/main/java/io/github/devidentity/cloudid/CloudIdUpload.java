package io.github.devidentity.cloudid;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.audit.AuditEvent;
import io.github.devidentity.audit.AuditTrail;
import io.github.devidentity.cloudid.CloudIdOutcome.Status;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one {@link CloudIds#upload upload} does: the outcome of every row, every problem, and,
 * when there is no problem, the records and decisions that apply it.
 *
 * <p>To apply an upload, add {@link #records()} to the host's records, replacing those with the
 * same id ({@link #upsertInto} does it), and append {@link #decisions()} to the decision log; the
 * next resolution then shows each account with its owner. {@link #recordIn} records the upload in
 * an {@link AuditTrail}. Immutable.
 */
public final class CloudIdUpload {
  private final List<CloudIdRow> rows;
  private final List<CloudIdOutcome> outcomes;
  private final List<CloudIdProblem> problems;
  private final List<IdentityRecord> records;
  private final List<Decision> decisions;
  private final String actor;
  private final Instant at;
  private final Map<RecordId, ContributorId> before;

  CloudIdUpload(List<CloudIdRow> rows, List<CloudIdOutcome> outcomes, List<CloudIdProblem> problems,
      List<IdentityRecord> records, List<Decision> decisions, String actor, Instant at,
      Map<RecordId, ContributorId> before) {
    this.rows = List.copyOf(rows);
    this.outcomes = List.copyOf(outcomes);
    this.problems = List.copyOf(problems);
    this.records = List.copyOf(records);
    this.decisions = List.copyOf(decisions);
    this.actor = actor;
    this.at = at;
    this.before = before;
  }

  /** The rows, in upload order. */
  public List<CloudIdRow> rows() {
    return rows;
  }

  /** The outcome of every row, in upload order. */
  public List<CloudIdOutcome> outcomes() {
    return outcomes;
  }

  /** Every problem, by row, then field, then code; empty when the upload can be applied. */
  public List<CloudIdProblem> problems() {
    return problems;
  }

  /** Whether any problem stands, in which case the upload applies nothing. */
  public boolean hasErrors() {
    return !problems.isEmpty();
  }

  /**
   * The records to add to the host's records, replacing any record with the same id: one per
   * account attached, and the updated record of an account an earlier upload gave to someone
   * else. Empty while any problem stands.
   */
  public List<IdentityRecord> records() {
    return records;
  }

  /** The decisions to append to the decision log, in order. Empty while any problem stands. */
  public List<Decision> decisions() {
    return decisions;
  }

  /**
   * The host's records with {@link #records()} applied: each record with the id of an uploaded
   * one replaced by it, in place, then the new ones, in upload order.
   *
   * @param current the host's records
   * @return a new unmodifiable list
   */
  public List<IdentityRecord> upsertInto(Collection<IdentityRecord> current) {
    requireNonNull(current, "current");
    Map<RecordId, IdentityRecord> byId = new LinkedHashMap<>();
    for (IdentityRecord record : current) {
      byId.put(record.id(), record);
    }
    for (IdentityRecord record : records) {
      byId.put(record.id(), record);
    }
    return List.copyOf(byId.values());
  }

  /** Who uploaded, as recorded on the decisions. */
  public String actor() {
    return actor;
  }

  /** When, as recorded on the decisions. */
  public Instant at() {
    return at;
  }

  /** The assignments of the resolution the upload was planned against, sorted by record. */
  public Map<RecordId, ContributorId> before() {
    return before;
  }

  /** The records the decisions name, in the order they are first named: what the upload changes. */
  public List<RecordId> changedRecords() {
    Set<RecordId> changed = new LinkedHashSet<>();
    decisions.forEach(decision -> changed.addAll(decision.records()));
    return List.copyOf(changed);
  }

  /** How many rows have this status. */
  public int count(Status status) {
    requireNonNull(status, "status");
    return (int) outcomes.stream().filter(outcome -> outcome.status() == status).count();
  }

  /**
   * The rows and their statuses in words, statuses no row has left out: {@code 3 rows: 1 attached,
   * 2 already attached}.
   */
  public String summary() {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    outcomes.forEach(outcome -> counts.merge(outcome.status(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach((status, count) ->
        parts.add(count + " " + status.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    return rows.size() + (rows.size() == 1 ? " row" : " rows") + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
  }

  /**
   * Records the upload in an audit trail as one {@link AuditEvent.Kind#CLOUD_ID_UPLOAD} event by
   * {@link #actor()} at {@link #at()}, carrying {@link #summary()}, the {@link #changedRecords()
   * changed records} with the contributors they were in, and the decisions, which thereby join the
   * trail's decision log.
   *
   * @param trail the trail
   * @param upload a name for the upload, such as the uploaded file's name
   * @return the event appended
   * @throws IllegalStateException if a problem stands: such an upload applies nothing
   * @throws IllegalArgumentException if {@code upload} is blank
   */
  public AuditEvent recordIn(AuditTrail trail, String upload) {
    requireNonNull(trail, "trail");
    if (hasErrors()) {
      throw new IllegalStateException("the upload has " + problems.size()
          + (problems.size() == 1 ? " problem" : " problems") + " and applies nothing; fix "
          + (problems.size() == 1 ? "it" : "them") + " and upload again before recording it");
    }
    return trail.recordUpload(upload, actor, at, summary(), changedRecords(), decisions, before);
  }

  @Override
  public String toString() {
    return "CloudIdUpload(" + summary() + (hasErrors() ? "; " + problems.size() + " problems" : "") + ")";
  }
}
