package io.github.devidentity.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.RecordId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One change to the identity graph: who made it, when, what changed, why, and what was there
 * before.
 *
 * <ul>
 *   <li>who: {@link #actor()}, a person's id or {@code auto} for the resolver;
 *   <li>when: {@link #at()}, and the event's place in its trail, {@link #sequence()};
 *   <li>what: {@link #kind()}, the {@link #records()} it is about, the {@link #contributors()}
 *       they belong to, the {@link #source()} it came from (a file name, an upload, a tombstone)
 *       and the {@link #decisions()} it carries;
 *   <li>why: {@link #why()}, the evidence of a link or the note of a decision;
 *   <li>before: {@link #previous()}, the contributor each record was in before the change.
 * </ul>
 *
 * <p>Immutable. Events are made by an {@link AuditTrail}, which numbers them; a host builds one
 * itself only to {@link AuditTrail#append append} an event of its own or to {@link AuditTrail#of
 * restore} a stored trail.
 */
public final class AuditEvent {

  /** What kind of change an event records. */
  public enum Kind {
    /** The resolver joined records that were apart, on the evidence in {@link #why()}. */
    AUTOMATIC_LINK,
    /** Records that were together are apart now; {@link #why()} holds the evidence that was. */
    AUTOMATIC_UNLINK,
    /** A person confirmed a review-queue pair. */
    REVIEW_ACCEPTED,
    /** A person rejected a review-queue pair. */
    REVIEW_REJECTED,
    /** A person merged two records and their contributors. */
    MANUAL_MERGE,
    /** A person split a record off its contributor. */
    MANUAL_SPLIT,
    /** A person decided that two records are different people. */
    NEVER_LINK,
    /** A person overrode bot detection for a record, marking it a bot or a human. */
    BOT_OVERRIDE,
    /** A decision of a kind this version of the trail does not name; see {@link #decisions()}. */
    OTHER_DECISION,
    /** A CSV file was imported; {@link #source()} names it, {@link #decisions()} holds what it produced. */
    CSV_IMPORT,
    /** Cloud ids (stable account ids) were uploaded for records; {@link #source()} names the upload. */
    CLOUD_ID_UPLOAD,
    /** A person was forgotten; {@link #source()} holds the tombstone id and nothing else is kept. */
    FORGOTTEN;

    /** The kind in words, e.g. {@code manual merge}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  private final long sequence;
  private final Instant at;
  private final String actor;
  private final Kind kind;
  private final ImmutableList<RecordId> records;
  private final ImmutableSortedSet<ContributorId> contributors;
  private final String why;
  private final ImmutableSortedMap<RecordId, ContributorId> previous;
  private final String source;
  private final ImmutableList<Decision> decisions;

  private AuditEvent(Builder builder) {
    this.sequence = builder.sequence;
    this.at = builder.at;
    this.actor = builder.actor;
    this.kind = builder.kind;
    this.records = ImmutableList.copyOf(builder.records);
    this.contributors = ImmutableSortedSet.copyOf(builder.contributors);
    this.why = builder.why;
    this.previous = ImmutableSortedMap.copyOf(builder.previous);
    this.source = builder.source;
    this.decisions = ImmutableList.copyOf(builder.decisions);
  }

  /**
   * Starts an event.
   *
   * @param kind what kind of change
   * @param actor who made it: a person's id, or {@code auto}
   * @param at when
   * @throws IllegalArgumentException if {@code actor} is blank
   */
  public static Builder builder(Kind kind, String actor, Instant at) {
    return new Builder(kind, actor, at);
  }

  /** A builder holding this event's values. */
  public Builder toBuilder() {
    Builder builder = new Builder(kind, actor, at);
    builder.sequence = sequence;
    builder.records.addAll(records);
    builder.contributors.addAll(contributors);
    builder.why = why;
    builder.previous.putAll(previous);
    builder.source = source;
    builder.decisions.addAll(decisions);
    return builder;
  }

  /** The event's number in its trail: 1 for the first, increasing, never reused. */
  public long sequence() {
    return sequence;
  }

  /** When the change was made. */
  public Instant at() {
    return at;
  }

  /** Who made the change: a person's id, or {@code auto} for the resolver. */
  public String actor() {
    return actor;
  }

  /** What kind of change it was. */
  public Kind kind() {
    return kind;
  }

  /** The records the change is about, in the order the change names them, without repeats. */
  public List<RecordId> records() {
    return records;
  }

  /**
   * The contributors the change concerns, sorted: for a link or an unlink, the contributors its
   * records are in after it; for a decision, an import or an upload, the contributors its records
   * were in when it was made.
   */
  public Set<ContributorId> contributors() {
    return contributors;
  }

  /** Why: the evidence of a link or unlink, the note of a decision or import; may be empty. */
  public String why() {
    return why;
  }

  /** The contributor each record was in before the change, sorted; new records are absent. */
  public Map<RecordId, ContributorId> previous() {
    return previous;
  }

  /**
   * Where the change came from: the file an import read, the name of an upload, the tombstone id
   * of a forgetting; empty otherwise.
   */
  public String source() {
    return source;
  }

  /**
   * The decisions the event carries, in order: the one decision of a decision event, every
   * decision an import produced; empty otherwise.
   */
  public List<Decision> decisions() {
    return decisions;
  }

  /** Whether the event names the contributor, as it is after the change or was before it. */
  boolean names(ContributorId contributor) {
    return contributors.contains(contributor) || previous.containsValue(contributor);
  }

  /**
   * One line for people, e.g. {@code #4 2026-10-12T14:30:00Z bob manual merge git-06, ado-02
   * (c1, c2): same person; before: ado-02 in c2, git-06 in c1}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("#").append(sequence).append(' ').append(at).append(' ')
        .append(actor).append(' ').append(kind.label());
    if (!source.isEmpty()) {
      text.append(" [").append(source).append(']');
    }
    if (!records.isEmpty()) {
      text.append(' ').append(join(records));
    }
    if (!contributors.isEmpty()) {
      text.append(" (").append(join(contributors)).append(')');
    }
    if (!why.isEmpty()) {
      text.append(": ").append(why);
    }
    if (!previous.isEmpty()) {
      List<String> before = new ArrayList<>();
      previous.forEach((record, contributor) -> before.add(record + " in " + contributor));
      text.append("; before: ").append(String.join(", ", before));
    }
    return text.toString();
  }

  private static String join(Collection<?> values) {
    List<String> texts = new ArrayList<>();
    values.forEach(value -> texts.add(value.toString()));
    return String.join(", ", texts);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AuditEvent)) {
      return false;
    }
    AuditEvent that = (AuditEvent) o;
    return sequence == that.sequence
        && at.equals(that.at)
        && actor.equals(that.actor)
        && kind == that.kind
        && records.equals(that.records)
        && contributors.equals(that.contributors)
        && why.equals(that.why)
        && previous.equals(that.previous)
        && source.equals(that.source)
        && decisions.equals(that.decisions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sequence, at, actor, kind, records, contributors, why, previous, source, decisions);
  }

  /** Builds an {@link AuditEvent}. */
  public static final class Builder {
    private long sequence;
    private Kind kind;
    private String actor;
    private Instant at;
    private final Set<RecordId> records = new LinkedHashSet<>();
    private final Set<ContributorId> contributors = new TreeSet<>();
    private String why = "";
    private final Map<RecordId, ContributorId> previous = new TreeMap<>();
    private String source = "";
    private final List<Decision> decisions = new ArrayList<>();

    private Builder(Kind kind, String actor, Instant at) {
      this.kind = requireNonNull(kind, "kind");
      this.actor = checkActor(actor);
      this.at = requireNonNull(at, "at");
    }

    private static String checkActor(String actor) {
      String trimmed = requireNonNull(actor, "actor").trim();
      if (trimmed.isEmpty()) {
        throw new IllegalArgumentException("actor is blank; give a person's id or \"auto\"");
      }
      return trimmed;
    }

    /**
     * Sets the event's number; {@link AuditTrail#append} sets it for events it appends.
     *
     * @throws IllegalArgumentException if {@code sequence} is less than 1
     */
    public Builder sequence(long sequence) {
      if (sequence < 1) {
        throw new IllegalArgumentException("sequence is " + sequence + "; expected 1 or more");
      }
      this.sequence = sequence;
      return this;
    }

    /** Adds records, keeping the first of repeats. */
    public Builder records(Collection<RecordId> records) {
      records.forEach(record -> this.records.add(requireNonNull(record, "record")));
      return this;
    }

    /** Adds contributors. */
    public Builder contributors(Collection<ContributorId> contributors) {
      contributors.forEach(contributor -> this.contributors.add(requireNonNull(contributor, "contributor")));
      return this;
    }

    /** Sets why, trimmed. */
    public Builder why(String why) {
      this.why = requireNonNull(why, "why").trim();
      return this;
    }

    /** Adds the contributor each of these records was in before the change. */
    public Builder previous(Map<RecordId, ContributorId> previous) {
      previous.forEach((record, contributor) ->
          this.previous.put(requireNonNull(record, "record"), requireNonNull(contributor, "contributor")));
      return this;
    }

    /** Sets where the change came from, trimmed. */
    public Builder source(String source) {
      this.source = requireNonNull(source, "source").trim();
      return this;
    }

    /** Adds decisions the event carries, and the records they name. */
    public Builder decisions(Collection<? extends Decision> decisions) {
      for (Decision decision : decisions) {
        this.decisions.add(requireNonNull(decision, "decision"));
        records.addAll(decision.records());
      }
      return this;
    }

    /**
     * Builds the event.
     *
     * @throws IllegalStateException if no sequence number was set
     */
    public AuditEvent build() {
      if (sequence < 1) {
        throw new IllegalStateException("the " + kind.label() + " event at " + at
            + " has no sequence number; set one, or let AuditTrail.append number it");
      }
      return new AuditEvent(this);
    }
  }
}
