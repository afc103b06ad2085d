package io.github.devidentity.audit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Link;
import io.github.devidentity.resolve.Resolution;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The append-only record of every change to the identity graph, fed by the host: decisions,
 * resolutions, imports and uploads each become {@link AuditEvent events}, numbered in the order
 * they arrive.
 *
 * <p>The decision log is part of the trail: every decision recorded, alone or by an import, is
 * carried by its event, and {@link #decisions()} gives them back as a {@link DecisionLog}.
 *
 * <p>Hosts page through a contributor's events with {@link #page(ContributorId, String, int)},
 * newest first. An event concerns a contributor when it names the contributor's id (as the
 * contributor a record is in after the change, or was in before it) or names one of the records
 * the contributor holds in the latest resolution recorded. Following records is how ids that
 * changed over time are followed: when two contributors merge and one id survives, the merged
 * contributor's page shows the history of both, because it now holds both's records.
 *
 * <p>Nothing is ever changed or removed, except by {@link #forget}, which the right to be
 * forgotten needs. Thread-safe.
 *
 * <pre>{@code
 * AuditTrail trail = AuditTrail.create();
 * Resolution first = resolver.resolve(records, log);
 * trail.recordResolution(first, Instant.now());
 * Decision merge = new Decision.Merge(RecordId.of("gh-1"), RecordId.of("git-7"), "alice", Instant.now(), "same person per HR");
 * trail.recordDecisions(List.of(merge), first.assignments());
 * Resolution next = resolver.resolve(records, log.append(merge), first.assignments());
 * trail.recordResolution(first, next, Instant.now());
 * AuditPage page = trail.page(next.contributorOf(RecordId.of("gh-1")).orElseThrow().id(), 20);
 * }</pre>
 */
public final class AuditTrail {
  /** The largest page {@link #page} gives. */
  public static final int MAX_PAGE_SIZE = 1000;

  private static final String CURSOR_PREFIX = "audit:";

  private final List<AuditEvent> events = new ArrayList<>();
  private long lastSequence;
  private Map<RecordId, ContributorId> current = Map.of();

  private AuditTrail() {}

  /** An empty trail. */
  public static AuditTrail create() {
    return new AuditTrail();
  }

  /**
   * A trail holding stored events, to restore one a host persisted; new events are numbered after
   * the last. Until a resolution is recorded, pages find events by contributor id only.
   *
   * @param events the events, in increasing sequence
   * @throws IllegalArgumentException if the sequence numbers do not increase
   */
  public static AuditTrail of(Collection<AuditEvent> events) {
    AuditTrail trail = new AuditTrail();
    for (AuditEvent event : events) {
      requireNonNull(event, "event");
      if (event.sequence() <= trail.lastSequence) {
        throw new IllegalArgumentException("event " + event.sequence() + " comes after event "
            + trail.lastSequence + "; events must be in increasing sequence");
      }
      trail.events.add(event);
      trail.lastSequence = event.sequence();
    }
    return trail;
  }

  /**
   * Appends an event of the host's own, numbering it after the last; the draft's sequence number
   * is replaced.
   *
   * @param draft the event to append
   * @return the event as appended
   */
  public synchronized AuditEvent append(AuditEvent.Builder draft) {
    requireNonNull(draft, "draft");
    AuditEvent event = draft.sequence(lastSequence + 1).build();
    events.add(event);
    lastSequence = event.sequence();
    return event;
  }

  private List<AuditEvent> appendAll(List<AuditEvent.Builder> drafts) {
    List<AuditEvent> appended = new ArrayList<>();
    for (AuditEvent.Builder draft : drafts) {
      appended.add(append(draft));
    }
    return appended;
  }

  /**
   * Appends one event per decision, in order: a merge, a split, a never-link, an accepted or
   * rejected review, a bot override, and any other kind of decision. Each event carries its
   * decision, its actor, time and note, and the contributors its records were in.
   *
   * @param decisions the decisions, as the host appends them to its decision log
   * @param before the assignments the decisions were made against, usually the current {@link
   *     Resolution#assignments()}; records not in it had no contributor
   * @return the events appended
   */
  public synchronized List<AuditEvent> recordDecisions(
      Collection<? extends Decision> decisions, Map<RecordId, ContributorId> before) {
    requireNonNull(decisions, "decisions");
    requireNonNull(before, "before");
    List<AuditEvent.Builder> drafts = new ArrayList<>();
    for (Decision decision : decisions) {
      requireNonNull(decision, "decision");
      drafts.add(withPrevious(
              AuditEvent.builder(kindOf(decision), decision.actor(), decision.at()), decision.records(), before)
          .why(decision.note())
          .decisions(List.of(decision)));
    }
    return appendAll(drafts);
  }

  /**
   * The event kind of a decision, by the decision kind's name, so kinds added later map without a
   * change here; a kind this trail does not know becomes {@link AuditEvent.Kind#OTHER_DECISION}.
   */
  static AuditEvent.Kind kindOf(Decision decision) {
    return kindOf(decision.kind().name());
  }

  static AuditEvent.Kind kindOf(String decisionKind) {
    switch (decisionKind) {
      case "MERGE":
        return AuditEvent.Kind.MANUAL_MERGE;
      case "SPLIT":
        return AuditEvent.Kind.MANUAL_SPLIT;
      case "NEVER_LINK":
        return AuditEvent.Kind.NEVER_LINK;
      case "ACCEPT_REVIEW":
        return AuditEvent.Kind.REVIEW_ACCEPTED;
      case "REJECT_REVIEW":
        return AuditEvent.Kind.REVIEW_REJECTED;
      case "MARK_BOT":
      case "MARK_HUMAN":
        return AuditEvent.Kind.BOT_OVERRIDE;
      default:
        return AuditEvent.Kind.OTHER_DECISION;
    }
  }

  /**
   * Appends the automatic links and unlinks of a first resolution: every automatic link, as
   * {@code auto}. Links made by decisions are the decisions' own events and are not repeated.
   *
   * @param first the resolution
   * @param at when it ran
   * @return the events appended, in the resolution's link order
   */
  public synchronized List<AuditEvent> recordResolution(Resolution first, Instant at) {
    requireNonNull(first, "first");
    requireNonNull(at, "at");
    return record(List.of(), Map.of(), first, at);
  }

  /**
   * Appends what changed between two resolutions, as {@code auto}: an {@link
   * AuditEvent.Kind#AUTOMATIC_UNLINK unlink} for each earlier link whose records are now apart,
   * with the evidence it had, then an {@link AuditEvent.Kind#AUTOMATIC_LINK automatic link} for
   * each link that joins records that were apart, with its evidence. Each event holds the
   * contributors its records were in before. Nothing is appended for what did not change, for
   * links made by decisions (the decisions have their own events), for records that left the
   * input, or for contributor ids that changed while the members stayed. The order is
   * deterministic: unlinks by earlier contributor id and link order, then links in the later
   * resolution's order.
   *
   * <p>{@code after} becomes the trail's latest resolution, whose records {@link #page} follows.
   *
   * @param before the earlier resolution
   * @param after the later one
   * @param at when the later one ran
   * @return the events appended
   */
  public synchronized List<AuditEvent> recordResolution(Resolution before, Resolution after, Instant at) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    requireNonNull(at, "at");
    return record(before.links(), before.assignments(), after, at);
  }

  private List<AuditEvent> record(
      List<Link> beforeLinks, Map<RecordId, ContributorId> before, Resolution after, Instant at) {
    List<AuditEvent> appended = appendAll(
        ResolutionDiff.between(beforeLinks, before, after.links(), after.assignments(), at));
    current = after.assignments();
    return appended;
  }

  /**
   * Appends the event of a CSV import: the file it read, who imported it and why, and the
   * decisions it produced, which become part of the trail's decision log.
   *
   * @param file the name of the imported file
   * @param actor who imported it
   * @param at when
   * @param note why, in the importer's words; may be empty
   * @param decisions the decisions the import produced, in order; may be empty
   * @param before the assignments the import was made against; records not in it had no
   *     contributor
   * @return the event appended
   * @throws IllegalArgumentException if {@code file} or {@code actor} is blank
   */
  public synchronized AuditEvent recordImport(
      String file,
      String actor,
      Instant at,
      String note,
      Collection<? extends Decision> decisions,
      Map<RecordId, ContributorId> before) {
    List<RecordId> records = new ArrayList<>();
    decisions.forEach(decision -> records.addAll(decision.records()));
    return append(withPrevious(AuditEvent.builder(AuditEvent.Kind.CSV_IMPORT, actor, at), records, before)
        .source(nonBlank(file, "file"))
        .why(note)
        .decisions(decisions));
  }

  /**
   * Appends the event of a cloud-id upload: stable account ids given for records, which the next
   * resolution links by; its {@link #recordResolution(Resolution, Resolution, Instant) difference}
   * then shows what they joined.
   *
   * @param upload a name for the upload, such as the uploaded file's name
   * @param actor who uploaded
   * @param at when
   * @param note why, or what was uploaded; may be empty
   * @param records the records that received cloud ids
   * @param before the assignments the upload was made against; records not in it had no
   *     contributor
   * @return the event appended
   * @throws IllegalArgumentException if {@code upload} or {@code actor} is blank
   */
  public synchronized AuditEvent recordUpload(
      String upload,
      String actor,
      Instant at,
      String note,
      Collection<RecordId> records,
      Map<RecordId, ContributorId> before) {
    return recordUpload(upload, actor, at, note, records, List.of(), before);
  }

  /**
   * Appends the event of a cloud-id upload that produced decisions, such as the merges that
   * attach uploaded accounts to their owners; the decisions become part of the trail's decision
   * log, as an import's do.
   *
   * @param upload a name for the upload, such as the uploaded file's name
   * @param actor who uploaded
   * @param at when
   * @param note why, or what was uploaded; may be empty
   * @param records the records that received cloud ids
   * @param decisions the decisions the upload produced, in order; may be empty
   * @param before the assignments the upload was made against; records not in it had no
   *     contributor
   * @return the event appended
   * @throws IllegalArgumentException if {@code upload} or {@code actor} is blank
   */
  public synchronized AuditEvent recordUpload(
      String upload,
      String actor,
      Instant at,
      String note,
      Collection<RecordId> records,
      Collection<? extends Decision> decisions,
      Map<RecordId, ContributorId> before) {
    return append(withPrevious(AuditEvent.builder(AuditEvent.Kind.CLOUD_ID_UPLOAD, actor, at), records, before)
        .source(nonBlank(upload, "upload"))
        .why(note)
        .decisions(decisions));
  }

  private static AuditEvent.Builder withPrevious(
      AuditEvent.Builder draft, Collection<RecordId> records, Map<RecordId, ContributorId> before) {
    requireNonNull(before, "before");
    Map<RecordId, ContributorId> previous = new TreeMap<>();
    for (RecordId record : records) {
      ContributorId was = before.get(requireNonNull(record, "record"));
      if (was != null) {
        previous.put(record, was);
      }
    }
    return draft.records(records).previous(previous).contributors(previous.values());
  }

  private static String nonBlank(String value, String name) {
    if (requireNonNull(value, name).isBlank()) {
      throw new IllegalArgumentException(name + " is blank; give its name");
    }
    return value;
  }

  /**
   * Removes a forgotten person from the trail, the one change to past events the trail allows.
   *
   * <p>An event that names a forgotten record or contributor is removed, and with it the decision
   * it carries; an import or upload, which concerns many people, is redacted instead: the
   * forgotten records, their decisions, and the forgotten contributors are taken out of it, and
   * it is removed only when no record remains. The latest resolution forgets the records too.
   * Then one {@link AuditEvent.Kind#FORGOTTEN} event is appended holding the tombstone id and
   * nothing else, unless the trail holds one for that tombstone already, so purging again after
   * every sync is harmless.
   *
   * @param records whether a record id is forgotten
   * @param contributors whether a contributor id is forgotten
   * @param tombstone the id of the tombstone standing for the person
   * @param actor who had the person forgotten
   * @param at when the person was forgotten
   * @return the number of events removed or redacted
   * @throws IllegalArgumentException if {@code tombstone} or {@code actor} is blank
   */
  public synchronized int forget(
      Predicate<RecordId> records,
      Predicate<ContributorId> contributors,
      String tombstone,
      String actor,
      Instant at) {
    requireNonNull(records, "records");
    requireNonNull(contributors, "contributors");
    AuditEvent.Builder marker = AuditEvent.builder(AuditEvent.Kind.FORGOTTEN, actor, at)
        .source(nonBlank(tombstone, "tombstone"));
    int changed = 0;
    boolean marked = false;
    List<AuditEvent> kept = new ArrayList<>();
    for (AuditEvent event : events) {
      marked |= event.kind() == AuditEvent.Kind.FORGOTTEN && event.source().equals(tombstone);
      AuditEvent purged = Redaction.purge(event, records, contributors);
      if (purged != event) {
        changed++;
      }
      if (purged != null) {
        kept.add(purged);
      }
    }
    events.clear();
    events.addAll(kept);
    Map<RecordId, ContributorId> remaining = new TreeMap<>();
    current.forEach((record, contributor) -> {
      if (!records.test(record) && !contributors.test(contributor)) {
        remaining.put(record, contributor);
      }
    });
    current = remaining;
    if (!marked) {
      append(marker);
    }
    return changed;
  }

  /** Every event, oldest first. */
  public synchronized List<AuditEvent> events() {
    return List.copyOf(events);
  }

  /** The number of events. */
  public synchronized int size() {
    return events.size();
  }

  /** The decisions the trail's events carry, in order: the decision log as the trail knows it. */
  public synchronized DecisionLog decisions() {
    List<Decision> decisions = new ArrayList<>();
    events.forEach(event -> decisions.addAll(event.decisions()));
    return DecisionLog.of(decisions);
  }

  /**
   * The newest events that concern a contributor; see the class comment for which do.
   *
   * @param contributor the contributor
   * @param limit the most events to give, 1 to {@link #MAX_PAGE_SIZE}
   * @return the page
   * @throws IllegalArgumentException if {@code limit} is out of range
   */
  public AuditPage page(ContributorId contributor, int limit) {
    return page(contributor, null, limit);
  }

  /**
   * The events that concern a contributor, newest first, starting after a cursor; see the class
   * comment for which events do. Events appended after the first page do not disturb the pages
   * that follow it.
   *
   * @param contributor the contributor
   * @param cursor the {@link AuditPage#nextCursor() next cursor} of the previous page of this
   *     contributor, or null (or empty) for the first page
   * @param limit the most events to give, 1 to {@link #MAX_PAGE_SIZE}
   * @return the page
   * @throws IllegalArgumentException if {@code limit} is out of range, or {@code cursor} is not one
   *     this trail gave for this contributor
   */
  public synchronized AuditPage page(ContributorId contributor, @Nullable String cursor, int limit) {
    requireNonNull(contributor, "contributor");
    if (limit < 1 || limit > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "limit is " + limit + "; expected a page size from 1 to " + MAX_PAGE_SIZE);
    }
    long before = cursor == null || cursor.isEmpty() ? Long.MAX_VALUE : decode(cursor, contributor);
    Set<RecordId> held = new HashSet<>();
    current.forEach((record, holder) -> {
      if (holder.equals(contributor)) {
        held.add(record);
      }
    });
    List<AuditEvent> page = new ArrayList<>();
    for (int i = events.size() - 1; i >= 0; i--) {
      AuditEvent event = events.get(i);
      if (event.sequence() >= before || !concerns(event, contributor, held)) {
        continue;
      }
      if (page.size() == limit) {
        return new AuditPage(page, encode(contributor, page.get(limit - 1).sequence()));
      }
      page.add(event);
    }
    return new AuditPage(page, null);
  }

  private static boolean concerns(AuditEvent event, ContributorId contributor, Set<RecordId> held) {
    if (event.names(contributor)) {
      return true;
    }
    for (RecordId record : event.records()) {
      if (held.contains(record)) {
        return true;
      }
    }
    return false;
  }

  private static String encode(ContributorId contributor, long sequence) {
    String plain = CURSOR_PREFIX + sequence + ":" + contributor.value();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(UTF_8));
  }

  /** The sequence a cursor stops before. */
  private static long decode(String cursor, ContributorId contributor) {
    String plain;
    try {
      plain = new String(Base64.getUrlDecoder().decode(cursor), UTF_8);
    } catch (IllegalArgumentException e) {
      throw badCursor(cursor, "it is not a cursor this trail gave out", e);
    }
    int colon = plain.indexOf(':', CURSOR_PREFIX.length());
    long sequence = plain.startsWith(CURSOR_PREFIX) && colon > 0
        ? positive(plain.substring(CURSOR_PREFIX.length(), colon)) : 0;
    if (sequence < 1) {
      throw badCursor(cursor, "it is not a cursor this trail gave out", null);
    }
    String owner = plain.substring(colon + 1);
    if (!owner.equals(contributor.value())) {
      throw badCursor(cursor, "it was given for contributor " + owner + ", not " + contributor, null);
    }
    return sequence;
  }

  /** The digits as a number, or 0 when they are not a positive number. */
  private static long positive(String digits) {
    try {
      return Math.max(0, Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static IllegalArgumentException badCursor(String cursor, String why, @Nullable Throwable cause) {
    return new IllegalArgumentException("cursor \"" + cursor + "\" cannot be used: " + why
        + "; pass the next cursor of this contributor's previous page, or none for the first page",
        cause);
  }

  /** {@code AuditTrail[12 events]}. */
  @Override
  public synchronized String toString() {
    return "AuditTrail[" + events.size() + (events.size() == 1 ? " event" : " events") + "]";
  }
}
