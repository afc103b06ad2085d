package io.github.devidentity.mailmap;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.decision.Decision;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A {@code .mailmap} turned into merge decisions: the records whose identities the mailmap maps
 * to one canonical identity are joined, as {@code git shortlog} joins them.
 *
 * <p>Each record counts with its display name and each of its emails (or an empty email when it
 * has none), as git would see it in a commit. Records whose identities map to one canonical {@code
 * Name <email>} (exactly, as git groups them) form a group when a line maps at least one of them.
 * The group's anchor is its first record, by id, whose own identity is the canonical one, or its
 * first record when none is; every other record is merged with the anchor, each decision noting
 * the {@code .mailmap} lines that join the two. Identities that no line touches are left to the
 * resolver, even when equal.
 *
 * <pre>{@code
 * Mailmap mailmap = Mailmap.read(Path.of(".mailmap"));
 * MailmapImport imported = MailmapImport.of(mailmap, gitRecords, "auto", Instant.now());
 * decisionStore.append(imported.decisions());
 * }</pre>
 */
public final class MailmapImport {
  private final List<Decision.Merge> decisions;
  private final Map<GitIdentity, List<RecordId>> joined;
  private final List<Mailmap.Entry> unusedEntries;

  private MailmapImport(
      List<Decision.Merge> decisions, Map<GitIdentity, List<RecordId>> joined, List<Mailmap.Entry> unusedEntries) {
    this.decisions = List.copyOf(decisions);
    this.joined = Collections.unmodifiableMap(joined);
    this.unusedEntries = List.copyOf(unusedEntries);
  }

  /**
   * Finds the records a mailmap joins and makes the merge decisions that join them.
   *
   * @param mailmap the parsed {@code .mailmap}; its source names it in the notes
   * @param records the records the mailmap speaks about, usually those of one git repository
   * @param actor who decides, recorded on every decision: a person's id, or {@code auto}
   * @param at when, recorded on every decision
   * @return the decisions, ordered by group and then by record id
   * @throws IllegalArgumentException if two records share an id or the actor is blank
   */
  public static MailmapImport of(
      Mailmap mailmap, Collection<IdentityRecord> records, String actor, Instant at) {
    requireNonNull(mailmap, "mailmap");
    requireNonNull(records, "records");
    requireNonNull(actor, "actor");
    requireNonNull(at, "at");
    if (actor.isBlank()) {
      throw new IllegalArgumentException("actor is blank; give a person's id or \"auto\"");
    }
    List<IdentityRecord> sorted = new ArrayList<>(records);
    sorted.sort(Comparator.comparing(IdentityRecord::id));
    Map<GitIdentity, Group> groups = new HashMap<>();
    Set<Integer> used = new HashSet<>();
    for (int i = 0; i < sorted.size(); i++) {
      IdentityRecord record = sorted.get(i);
      if (i > 0 && sorted.get(i - 1).id().equals(record.id())) {
        throw new IllegalArgumentException("two records have the id " + record.id() + "; record ids must be unique");
      }
      for (GitIdentity identity : GitIdentity.of(record)) {
        Optional<Mailmap.Mapping> mapping = mailmap.match(identity);
        mapping.ifPresent(m -> used.addAll(m.lines()));
        GitIdentity canonical = mapping.map(Mailmap.Mapping::to).orElse(identity);
        groups.computeIfAbsent(canonical, Group::new).add(record.id(), identity, mapping.isPresent());
      }
    }

    List<Group> joinedGroups = new ArrayList<>();
    for (Group group : groups.values()) {
      if (group.mapped != null && group.identities.size() > 1) {
        joinedGroups.add(group);
      }
    }
    joinedGroups.sort(Comparator.comparing(Group::anchor).thenComparing(group -> group.canonical.toString()));

    List<Decision.Merge> decisions = new ArrayList<>();
    Map<GitIdentity, List<RecordId>> joined = new LinkedHashMap<>();
    Set<List<RecordId>> pairs = new HashSet<>();
    for (Group group : joinedGroups) {
      RecordId anchor = group.anchor();
      List<RecordId> members = new ArrayList<>(List.of(anchor));
      for (RecordId record : group.identities.keySet()) {
        if (record.equals(anchor)) {
          continue;
        }
        members.add(record);
        RecordId partner = anchor;
        Optional<String> note = group.explain(mailmap, record, anchor);
        if (note.isEmpty()) {
          // Two identities no line touches say nothing about each other: join through a mapped one.
          partner = requireNonNull(group.mapped);
          note = group.explain(mailmap, record, partner);
        }
        if (pairs.add(pair(partner, record))) {
          decisions.add(new Decision.Merge(partner, record, actor, at, note.orElseThrow()));
        }
      }
      joined.put(group.canonical, List.copyOf(members));
    }

    List<Mailmap.Entry> unused = new ArrayList<>();
    for (Mailmap.Entry entry : mailmap.entries()) {
      if (!used.contains(entry.line())) {
        unused.add(entry);
      }
    }
    return new MailmapImport(decisions, joined, unused);
  }

  private static List<RecordId> pair(RecordId a, RecordId b) {
    return a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
  }

  /** The merge decisions, each naming the {@code .mailmap} lines that join its two records. */
  public List<Decision.Merge> decisions() {
    return decisions;
  }

  /**
   * The canonical identities that join more than one record, each with its records, anchor first;
   * in the order of the decisions.
   */
  public Map<GitIdentity, List<RecordId>> joined() {
    return joined;
  }

  /** The entries that map none of the records' identities, in file order. */
  public List<Mailmap.Entry> unusedEntries() {
    return unusedEntries;
  }

  @Override
  public String toString() {
    return "MailmapImport[" + decisions.size() + " merges joining " + joined.size() + " identities; "
        + unusedEntries.size() + " entries unused]";
  }

  /** The records whose identities map to one canonical identity. */
  private static final class Group {
    final GitIdentity canonical;
    /** Each record's identities in this group, records in id order. */
    final Map<RecordId, List<GitIdentity>> identities = new LinkedHashMap<>();
    /** The first record with an identity a line maps, or null while there is none. */
    @Nullable RecordId mapped;

    Group(GitIdentity canonical) {
      this.canonical = canonical;
    }

    void add(RecordId record, GitIdentity identity, boolean byLine) {
      identities.computeIfAbsent(record, key -> new ArrayList<>()).add(identity);
      if (byLine && mapped == null) {
        mapped = record;
      }
    }

    /** The first record whose own identity is the canonical one, or the first record. */
    RecordId anchor() {
      for (Map.Entry<RecordId, List<GitIdentity>> record : identities.entrySet()) {
        if (record.getValue().contains(canonical)) {
          return record.getKey();
        }
      }
      return identities.keySet().iterator().next();
    }

    /** The mailmap's reason to join two records of the group, if a line maps one of their identities. */
    Optional<String> explain(Mailmap mailmap, RecordId a, RecordId b) {
      for (GitIdentity first : identities.get(a)) {
        for (GitIdentity second : identities.get(b)) {
          Optional<String> why = mailmap.explain(first, second);
          if (why.isPresent()) {
            return why;
          }
        }
      }
      return Optional.empty();
    }
  }
}
