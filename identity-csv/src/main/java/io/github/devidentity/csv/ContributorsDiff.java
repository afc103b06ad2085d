package io.github.devidentity.csv;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.model.AccountRef;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.RecordId;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What importing a contributors CSV changes, before anything is applied: contributors added,
 * changed and removed, the records that move between contributors, and the accounts the file names
 * that no record holds. Lists are in a deterministic order: entries by line, contributors by id.
 *
 * <p>A file contributor is matched to the existing contributor that holds most of the records it
 * names, among those where it names more records than any other file contributor does; an entry
 * that names no record is matched, in {@link ContributorsImport.Mode#UPDATE update} mode, to the
 * contributor whose primary email it has.
 *
 * @param added file contributors that match no existing contributor, by line
 * @param changed existing contributors whose name, email, attributes or records the file changes,
 *     by id
 * @param removed existing contributors the import dissolves, by id
 * @param moved records that change contributor, by the line of the file contributor they go to,
 *     then record id
 * @param unmatched accounts the file names that no record holds, by line; they are kept nowhere
 */
public record ContributorsDiff(
    List<Added> added, List<Changed> changed, List<Removed> removed, List<Move> moved, List<Unmatched> unmatched) {

  /** Copies. */
  public ContributorsDiff {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    removed = List.copyOf(removed);
    moved = List.copyOf(moved);
    unmatched = List.copyOf(unmatched);
  }

  /** Whether the import changes nothing and names nothing unknown. */
  public boolean isEmpty() {
    return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && moved.isEmpty() && unmatched.isEmpty();
  }

  /** {@code 1 added, 2 changed, 0 removed, 3 records moved, 0 accounts unmatched}. */
  public String summary() {
    return added.size() + " added, " + changed.size() + " changed, " + removed.size() + " removed, "
        + CsvReport.count(moved.size(), "record") + " moved, " + CsvReport.count(unmatched.size(), "account")
        + " unmatched";
  }

  /**
   * The diff for people, one line per item, each ending with {@code \n}: the {@link #summary()},
   * then {@code added}, {@code changed}, {@code removed}, {@code moved} and {@code unmatched} lines.
   */
  public String toText() {
    StringBuilder text = new StringBuilder(summary()).append('\n');
    added.forEach(item -> text.append(item).append('\n'));
    changed.forEach(item -> text.append(item).append('\n'));
    removed.forEach(item -> text.append(item).append('\n'));
    moved.forEach(item -> text.append(item).append('\n'));
    unmatched.forEach(item -> text.append(item).append('\n'));
    return text.toString();
  }

  /**
   * The diff as one JSON object with the arrays {@code added}, {@code changed}, {@code removed},
   * {@code moved} and {@code unmatched}; without spaces or line breaks.
   */
  public String toJson() {
    StringBuilder json = new StringBuilder();
    Json.object(json)
        .array("added", added, (out, item) -> entry(Json.object(out), item.entry())
            .array("records", item.records(), ContributorsDiff::record)
            .end())
        .array("changed", changed, (out, item) -> entry(Json.object(out)
                .string("contributor", item.before().id().value()), item.entry())
            .array("fields", item.fields(), (fields, field) -> Json.object(fields)
                .string("field", field.field())
                .string("before", field.before())
                .string("after", field.after())
                .end())
            .array("gained", item.gained(), ContributorsDiff::record)
            .array("lost", item.lost(), ContributorsDiff::record)
            .end())
        .array("removed", removed, (out, item) -> Json.object(out)
            .string("contributor", item.contributor().id().value())
            .array("records", item.contributor().records(), (records, record) -> record(records, record.id()))
            .string("reason", item.reason())
            .end())
        .array("moved", moved, (out, item) -> Json.object(out)
            .string("record", item.record().value())
            .string("account", item.account())
            .string("from", item.from().value())
            .string("to", item.to() == null ? null : item.to().value())
            .number("line", item.entry().line())
            .string("email", item.entry().email())
            .end())
        .array("unmatched", unmatched, (out, item) -> Json.object(out)
            .number("line", item.entry().line())
            .string("email", item.entry().email())
            .string("integration", item.account().integration().toString())
            .string("account", item.account().accountId())
            .end())
        .end();
    return json.toString();
  }

  /** Adds a file person's line, name and email to an object. */
  private static Json entry(Json object, ContributorEntry entry) {
    return object.number("line", entry.line()).string("fullName", entry.fullName()).string("email", entry.email());
  }

  private static void record(StringBuilder json, RecordId record) {
    Json.string(json, record.value());
  }

  private static String ids(List<RecordId> records) {
    return String.join(", ", records.stream().map(RecordId::value).toArray(String[]::new));
  }

  /**
   * A person of the file whom no existing contributor matches.
   *
   * @param entry the person
   * @param records the records the file gives them, sorted; empty when it names none that exist
   */
  public record Added(ContributorEntry entry, List<RecordId> records) {
    /** Checks and copies. */
    public Added {
      requireNonNull(entry, "entry");
      records = List.copyOf(records);
    }

    /** {@code added line 7: Grace Hopper <grace@example.org>: records gh-9, git-4}. */
    @Override
    public String toString() {
      return "added " + entry + (records.isEmpty() ? ": no existing record"
          : ": " + CsvReport.count(records.size(), "record") + " (" + ids(records) + ")");
    }
  }

  /**
   * An existing contributor the file changes.
   *
   * @param before the contributor as it is
   * @param entry the file's person matched to it
   * @param fields the values that change: {@code Full_Name}, {@code Email}, attributes by name
   * @param gained records that move in from other contributors, sorted
   * @param lost records that leave it: moved to another person, or split off by a replace, sorted
   */
  public record Changed(Contributor before, ContributorEntry entry, List<FieldChange> fields, List<RecordId> gained,
      List<RecordId> lost) {
    /** Checks and copies. */
    public Changed {
      requireNonNull(before, "before");
      requireNonNull(entry, "entry");
      fields = List.copyOf(fields);
      gained = List.copyOf(gained);
      lost = List.copyOf(lost);
    }

    /** {@code changed c1a2 (line 2): Full_Name "Ada L." -> "Ada Lovelace"; gains gh-42; loses git-7}. */
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder("changed ").append(before.id()).append(" (line ").append(entry.line())
          .append(')');
      String separator = ": ";
      for (FieldChange field : fields) {
        text.append(separator).append(field);
        separator = "; ";
      }
      if (!gained.isEmpty()) {
        text.append(separator).append("gains ").append(ids(gained));
        separator = "; ";
      }
      if (!lost.isEmpty()) {
        text.append(separator).append("loses ").append(ids(lost));
      }
      return text.toString();
    }
  }

  /**
   * One value a file changes.
   *
   * @param field the column: {@code Full_Name}, {@code Email} or an attribute's name
   * @param before the value now; empty when there is none
   * @param after the file's value; empty when there is none
   */
  public record FieldChange(String field, String before, String after) {
    /** Checks. */
    public FieldChange {
      requireNonNull(field, "field");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
    }

    /** {@code Full_Name "Ada L." -> "Ada Lovelace"}. */
    @Override
    public String toString() {
      return field + " \"" + before + "\" -> \"" + after + "\"";
    }
  }

  /**
   * An existing contributor the import dissolves.
   *
   * @param contributor the contributor as it is
   * @param reason why, as a sentence fragment following its id
   */
  public record Removed(Contributor contributor, String reason) {
    /** Checks. */
    public Removed {
      requireNonNull(contributor, "contributor");
      requireNonNull(reason, "reason");
    }

    /** {@code removed c77e1 Bob <bob@example.org>: reason}. */
    @Override
    public String toString() {
      return "removed " + contributor.id() + " " + contributor.displayName()
          + contributor.primaryEmail().map(email -> " <" + email + ">").orElse("") + ": " + reason;
    }
  }

  /**
   * A record that changes contributor.
   *
   * @param record the record
   * @param account the account or address the file names it by, such as {@code github/42}; empty
   *     for a record the file does not name, which goes along with the rest of its contributor
   * @param from the contributor holding it now
   * @param to the contributor it joins, or null for a person the file adds
   * @param entry the file's person it goes to
   */
  public record Move(RecordId record, String account, ContributorId from, @Nullable ContributorId to,
      ContributorEntry entry) {
    /** Checks. */
    public Move {
      requireNonNull(record, "record");
      requireNonNull(account, "account");
      requireNonNull(from, "from");
      requireNonNull(entry, "entry");
    }

    /** {@code moved gh-42 (github/42): c77e1 -> c1a2 (line 2, ada@example.org)}. */
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "moved %s%s: %s -> %s (line %d, %s)", record,
          account.isEmpty() ? "" : " (" + account + ")", from, to == null ? "new contributor" : to, entry.line(),
          entry.email());
    }
  }

  /**
   * An account the file names that no record holds: a typo, or an account not synced yet.
   *
   * @param entry the person the file gives it to
   * @param account the account
   */
  public record Unmatched(ContributorEntry entry, AccountRef account) {
    /** Checks. */
    public Unmatched {
      requireNonNull(entry, "entry");
      requireNonNull(account, "account");
    }

    /** {@code unmatched line 9: jira-cloud/5b10 names no record}. */
    @Override
    public String toString() {
      return "unmatched line " + entry.line() + " (" + entry.email() + "): " + account + " names no record";
    }
  }
}
