package io.github.devidentity.integrations;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Git author identities (a name and an email) seen in commits, counted: every source that reads
 * commits makes the same record for the same identity, so they meet in one record.
 */
public final class GitIdentities {
  private final Map<String, Tally> tallies = new LinkedHashMap<>();

  /** An empty tally. */
  public GitIdentities() {}

  /**
   * The record id of a git identity: {@code git:<email lower-cased>|<name>}, the same whichever
   * tool the commit was read from.
   */
  public static RecordId recordId(@Nullable String name, @Nullable String email) {
    return RecordId.of("git:" + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT)) + "|"
        + (name == null ? "" : name.trim()));
  }

  /** Counts one commit by this author; identities with neither name nor email are not counted. */
  public void commit(@Nullable String name, @Nullable String email, @Nullable Instant at) {
    boolean noName = name == null || name.isBlank();
    boolean noEmail = email == null || email.isBlank();
    if (noName && noEmail) {
      return;
    }
    RecordId id = recordId(name, email);
    tallies.computeIfAbsent(id.value(), k -> new Tally(id, noName ? null : name.trim(), noEmail ? null : email.trim()))
        .add(at);
  }

  /** How many identities were counted. */
  public int size() {
    return tallies.size();
  }

  /**
   * Hands each identity counted since the last call to {@code sink} as a git record, in the order
   * first seen: an identity seen again later is handed over again with its new count, and replaces
   * the earlier record.
   */
  public void emit(Consumer<IdentityRecord> sink) {
    Integration git = Integration.of(IntegrationType.GIT);
    for (Tally tally : tallies.values()) {
      if (!tally.changed) {
        continue;
      }
      tally.changed = false;
      IdentityRecord.Builder record = IdentityRecord.builder(tally.id, git).activityCount(tally.commits);
      if (tally.name != null) {
        record.displayName(tally.name);
      }
      if (tally.email != null) {
        record.email(tally.email);
      }
      if (tally.first != null) {
        record.firstSeen(tally.first);
      }
      if (tally.last != null) {
        record.lastSeen(tally.last);
      }
      sink.accept(record.build());
    }
  }

  private static final class Tally {
    final RecordId id;
    final @Nullable String name;
    final @Nullable String email;
    long commits;
    boolean changed;
    @Nullable Instant first;
    @Nullable Instant last;

    Tally(RecordId id, @Nullable String name, @Nullable String email) {
      this.id = id;
      this.name = name;
      this.email = email;
    }

    void add(@Nullable Instant at) {
      commits++;
      changed = true;
      if (at != null) {
        first = first == null || at.isBefore(first) ? at : first;
        last = last == null || at.isAfter(last) ? at : last;
      }
    }
  }
}
