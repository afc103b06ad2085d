package io.github.devidentity.decision;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.model.RecordId;
import java.time.Instant;
import java.util.List;

/**
 * One human decision about the identity graph.
 *
 * <p>Decisions name records, not contributors, because records are what the host owns and
 * contributor membership changes as data arrives; to act on a contributor, name any of its
 * records. Every decision carries who made it, when, and a free note saying why.
 *
 * <pre>{@code
 * Decision merge = new Decision.Merge(RecordId.of("gh-1"), RecordId.of("git-7"), "alice", Instant.now(), "same person per HR");
 * DecisionLog log = DecisionLog.empty().append(merge);
 * }</pre>
 */
public sealed interface Decision
    permits Decision.Merge, Decision.Split, Decision.NeverLink, Decision.AcceptReview,
        Decision.RejectReview, Decision.BotOverride {

  /** The kinds of decision, with the stable names file formats use. */
  enum Kind {
    /** Two records (and their contributors) are one person. */
    MERGE,
    /** A record is detached from its contributor and never linked automatically again. */
    SPLIT,
    /** Two records (and their contributors) are different people. */
    NEVER_LINK,
    /** A review-queue pair is one person: acts as {@link #MERGE}. */
    ACCEPT_REVIEW,
    /** A review-queue pair is two people: acts as {@link #NEVER_LINK}. */
    REJECT_REVIEW,
    /** A record is automation, whatever detection says: never merged with people, never counted. */
    MARK_BOT,
    /** A record is a person's, whatever detection says (a human named like a bot). */
    MARK_HUMAN;

    /** Whether decisions of this kind name one record rather than a pair. */
    public boolean namesOneRecord() {
      return this == SPLIT || this == MARK_BOT || this == MARK_HUMAN;
    }
  }

  /** The kind of decision. */
  Kind kind();

  /** The records the decision is about: two, or one for a split or a bot override. */
  List<RecordId> records();

  /** Who decided: a person's id, or {@code auto} for an automated import. */
  String actor();

  /** When the decision was made. */
  Instant at();

  /** Why, in the decider's words; may be empty. */
  String note();

  /** Whether the decision joins its two records. */
  default boolean joins() {
    return kind() == Kind.MERGE || kind() == Kind.ACCEPT_REVIEW;
  }

  /** Whether the decision keeps its two records apart. */
  default boolean separates() {
    return kind() == Kind.NEVER_LINK || kind() == Kind.REJECT_REVIEW;
  }

  /** One line for people, e.g. {@code alice merged gh-1 and git-7: same person per HR}. */
  default String describe() {
    String verb;
    switch (kind()) {
      case MERGE:
        verb = "merged";
        break;
      case SPLIT:
        verb = "split off";
        break;
      case NEVER_LINK:
        verb = "never links";
        break;
      case ACCEPT_REVIEW:
        verb = "accepted the match of";
        break;
      case MARK_BOT:
        verb = "marked as a bot";
        break;
      case MARK_HUMAN:
        verb = "marked as a person";
        break;
      default:
        verb = "rejected the match of";
        break;
    }
    List<RecordId> records = records();
    String what = records.size() == 1 ? records.get(0).value() : records.get(0) + " and " + records.get(1);
    return actor() + " " + verb + " " + what + (note().isEmpty() ? "" : ": " + note());
  }

  /**
   * Creates a decision of a kind; the form file codecs read.
   *
   * @param second the second record, or null for a kind that {@linkplain Kind#namesOneRecord()
   *     names one record}
   * @throws IllegalArgumentException if {@code second} is missing for a two-record kind or present
   *     for a one-record kind, or the two records are the same
   */
  static Decision of(
      Kind kind, RecordId first, @org.jspecify.annotations.Nullable RecordId second, String actor, Instant at, String note) {
    requireNonNull(kind, "kind");
    if (kind.namesOneRecord()) {
      if (second != null) {
        throw new IllegalArgumentException(
            "a " + kind + " decision names one record, but a second was given: " + second);
      }
      return kind == Kind.SPLIT ? new Split(first, actor, at, note)
          : new BotOverride(first, kind == Kind.MARK_BOT, actor, at, note);
    }
    if (second == null) {
      throw new IllegalArgumentException("a " + kind + " decision names two records, but only one was given");
    }
    switch (kind) {
      case MERGE:
        return new Merge(first, second, actor, at, note);
      case NEVER_LINK:
        return new NeverLink(first, second, actor, at, note);
      case ACCEPT_REVIEW:
        return new AcceptReview(first, second, actor, at, note);
      default:
        return new RejectReview(first, second, actor, at, note);
    }
  }

  /**
   * Two records are one person.
   *
   * @param first one record
   * @param second another record
   * @param actor who decided
   * @param at when
   * @param note why; may be empty
   */
  record Merge(RecordId first, RecordId second, String actor, Instant at, String note)
      implements Decision {
    /** Validates. @throws IllegalArgumentException if the records are equal or the actor blank */
    public Merge {
      Checks.pair(first, second);
      actor = Checks.actor(actor);
      requireNonNull(at, "at");
      note = Checks.note(note);
    }

    @Override
    public Kind kind() {
      return Kind.MERGE;
    }

    @Override
    public List<RecordId> records() {
      return List.of(first, second);
    }
  }

  /**
   * A record is detached from its contributor and stays alone unless a later merge names it.
   *
   * @param record the record to detach
   * @param actor who decided
   * @param at when
   * @param note why; may be empty
   */
  record Split(RecordId record, String actor, Instant at, String note) implements Decision {
    /** Validates. @throws IllegalArgumentException if the actor is blank */
    public Split {
      requireNonNull(record, "record");
      actor = Checks.actor(actor);
      requireNonNull(at, "at");
      note = Checks.note(note);
    }

    @Override
    public Kind kind() {
      return Kind.SPLIT;
    }

    @Override
    public List<RecordId> records() {
      return List.of(record);
    }
  }

  /**
   * Two records, and the contributors holding them, are different people.
   *
   * @param first one record
   * @param second another record
   * @param actor who decided
   * @param at when
   * @param note why; may be empty
   */
  record NeverLink(RecordId first, RecordId second, String actor, Instant at, String note)
      implements Decision {
    /** Validates. @throws IllegalArgumentException if the records are equal or the actor blank */
    public NeverLink {
      Checks.pair(first, second);
      actor = Checks.actor(actor);
      requireNonNull(at, "at");
      note = Checks.note(note);
    }

    @Override
    public Kind kind() {
      return Kind.NEVER_LINK;
    }

    @Override
    public List<RecordId> records() {
      return List.of(first, second);
    }
  }

  /**
   * A review-queue pair was confirmed: the two records are one person.
   *
   * @param first the pair's first record
   * @param second the pair's second record
   * @param actor who decided
   * @param at when
   * @param note why; may be empty
   */
  record AcceptReview(RecordId first, RecordId second, String actor, Instant at, String note)
      implements Decision {
    /** Validates. @throws IllegalArgumentException if the records are equal or the actor blank */
    public AcceptReview {
      Checks.pair(first, second);
      actor = Checks.actor(actor);
      requireNonNull(at, "at");
      note = Checks.note(note);
    }

    @Override
    public Kind kind() {
      return Kind.ACCEPT_REVIEW;
    }

    @Override
    public List<RecordId> records() {
      return List.of(first, second);
    }
  }

  /**
   * A review-queue pair was rejected: the two records are different people.
   *
   * @param first the pair's first record
   * @param second the pair's second record
   * @param actor who decided
   * @param at when
   * @param note why; may be empty
   */
  record RejectReview(RecordId first, RecordId second, String actor, Instant at, String note)
      implements Decision {
    /** Validates. @throws IllegalArgumentException if the records are equal or the actor blank */
    public RejectReview {
      Checks.pair(first, second);
      actor = Checks.actor(actor);
      requireNonNull(at, "at");
      note = Checks.note(note);
    }

    @Override
    public Kind kind() {
      return Kind.REJECT_REVIEW;
    }

    @Override
    public List<RecordId> records() {
      return List.of(first, second);
    }
  }

  /**
   * A host's verdict on whether a record is automation, overriding detection in either
   * direction: {@code renovate-runner} is a bot nobody flagged; {@code Bot Smith} is a person.
   *
   * @param record the record
   * @param bot true for {@link Kind#MARK_BOT}, false for {@link Kind#MARK_HUMAN}
   * @param actor who decided
   * @param at when
   * @param note why; may be empty
   */
  record BotOverride(RecordId record, boolean bot, String actor, Instant at, String note) implements Decision {
    /** Validates. @throws IllegalArgumentException if the actor is blank */
    public BotOverride {
      requireNonNull(record, "record");
      actor = Checks.actor(actor);
      requireNonNull(at, "at");
      note = Checks.note(note);
    }

    @Override
    public Kind kind() {
      return bot ? Kind.MARK_BOT : Kind.MARK_HUMAN;
    }

    @Override
    public List<RecordId> records() {
      return List.of(record);
    }
  }
}
