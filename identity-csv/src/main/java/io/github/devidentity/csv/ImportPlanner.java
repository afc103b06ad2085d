package io.github.devidentity.csv;

import io.github.devidentity.csv.ContributorsImport.Mode;
import io.github.devidentity.csv.ContributorsImport.Step;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.AccountRef;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lays a contributors CSV over a resolution: which records each file person names, which existing
 * contributor each person is, what changes, and the decisions that make it so. See {@link
 * ContributorsImport} for what the decisions mean.
 */
final class ImportPlanner {
  private final ContributorsSheet sheet;
  private final Resolution resolution;
  private final List<ContributorEntry> entries;
  private final Map<RecordId, Contributor> holders = new HashMap<>();
  /** The file person (by position in {@link #entries}) that names a record. */
  private final Map<RecordId, Integer> owners = new HashMap<>();
  /** The account or address a record is named by. */
  private final Map<RecordId, AccountRef> namedBy = new HashMap<>();
  private final List<ContributorsDiff.Unmatched> unmatched = new ArrayList<>();
  private final CsvReport.Builder problems;

  ImportPlanner(ContributorsSheet sheet, Resolution resolution) {
    this.sheet = sheet;
    this.resolution = resolution;
    this.entries = sheet.entries();
    this.problems = CsvReport.builder(sheet.source());
    Map<AccountRef, List<RecordId>> index = new HashMap<>();
    for (Contributor contributor : resolution.contributors()) {
      for (IdentityRecord record : contributor.records()) {
        holders.put(record.id(), contributor);
        for (AccountRef key : AccountKeys.of(record)) {
          index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(record.id());
        }
      }
    }
    for (int f = 0; f < entries.size(); f++) {
      for (AccountRef claim : entries.get(f).accounts()) {
        boolean found = false;
        for (AccountRef lookup : AccountKeys.lookups(claim)) {
          for (RecordId record : index.getOrDefault(lookup, List.of())) {
            found = true;
            claim(f, claim, record);
          }
        }
        if (!found) {
          unmatched.add(new ContributorsDiff.Unmatched(entries.get(f), claim));
        }
      }
    }
  }

  private void claim(int f, AccountRef claim, RecordId record) {
    Integer earlier = owners.putIfAbsent(record, f);
    if (earlier == null) {
      namedBy.put(record, claim);
    } else if (earlier != f) {
      ContributorEntry entry = entries.get(f);
      ContributorEntry first = entries.get(earlier);
      problems.add(CsvProblem.error(CsvProblem.Code.ACCOUNT_CLAIMED_TWICE, entry.line(), 0,
          ContributorsCsv.INTEGRATION + " " + claim.integration(), claim.accountId(),
          claim + " names record " + record + ", which line " + first.line() + " (" + first.email()
              + ") names by " + namedBy.get(record) + "; a record belongs to one person: keep one of the two"));
    }
  }

  // ---------------------------------------------------------------- plan

  ContributorsImport plan(Mode mode, DecisionLog log) {
    int count = entries.size();
    List<List<RecordId>> groups = new ArrayList<>(count);
    for (int f = 0; f < count; f++) {
      groups.add(new ArrayList<>());
    }
    Map<Integer, Contributor> matched = new HashMap<>();
    Map<Integer, Integer> matchedSize = new HashMap<>();
    Map<ContributorId, Integer> stays = new HashMap<>();
    for (Contributor contributor : resolution.contributors()) {
      Map<Integer, Integer> named = named(contributor);
      if (named.isEmpty()) {
        continue;
      }
      int stay = most(named, contributor);
      for (IdentityRecord record : contributor.records()) {
        Integer f = owners.get(record.id());
        if (f != null || mode == Mode.UPDATE) {
          groups.get(f != null ? f : stay).add(record.id());
        }
      }
      stays.put(contributor.id(), stay);
      int size = named.get(stay);
      Contributor earlier = matched.get(stay);
      if (earlier == null || size > matchedSize.get(stay)
          || size == matchedSize.get(stay) && hasEmail(contributor, stay) && !hasEmail(earlier, stay)) {
        matched.put(stay, contributor);
        matchedSize.put(stay, size);
      }
    }
    if (mode == Mode.UPDATE) {
      byEmail(stays.keySet()).forEach((f, contributor) -> {
        matched.put(f, contributor);
        contributor.records().forEach(record -> groups.get(f).add(record.id()));
      });
    }
    groups.forEach(Collections::sort);

    List<String> labels = new ArrayList<>(count);
    for (ContributorEntry entry : entries) {
      labels.add("line " + entry.line() + " (" + entry.email() + ")");
    }
    List<Step> steps = ImportSteps.plan(resolution, holders, groups, labels, log, sheet.source(), mode);
    ContributorsDiff diff = diff(mode, groups, matched, stays);
    return new ContributorsImport(sheet.source(), mode, sheet.report().with(problems.build()), diff, steps);
  }

  /** The records of a contributor each file person names, by person; sorted by person. */
  private Map<Integer, Integer> named(Contributor contributor) {
    Map<Integer, Integer> named = new TreeMap<>();
    for (IdentityRecord record : contributor.records()) {
      Integer f = owners.get(record.id());
      if (f != null) {
        named.merge(f, 1, Integer::sum);
      }
    }
    return named;
  }

  /**
   * The person naming the most of a contributor's records; among equals, the one with the
   * contributor's primary email, else the earliest in the file.
   */
  private int most(Map<Integer, Integer> named, Contributor contributor) {
    int most = -1;
    for (Map.Entry<Integer, Integer> e : named.entrySet()) {
      int f = e.getKey();
      if (most < 0 || e.getValue() > named.get(most)
          || e.getValue().equals(named.get(most)) && hasEmail(contributor, f) && !hasEmail(contributor, most)) {
        most = f;
      }
    }
    return most;
  }

  /** Whether a contributor's primary email is a file person's email. */
  private boolean hasEmail(Contributor contributor, int f) {
    return contributor.primaryEmail().map(entries.get(f).email()::equals).orElse(false);
  }

  /**
   * The file persons who name no record, each matched to the contributor with their email among
   * those the file names nothing of (the first by id when several have it).
   */
  private Map<Integer, Contributor> byEmail(Set<ContributorId> named) {
    Map<String, Contributor> candidates = new HashMap<>();
    for (Contributor contributor : resolution.contributors()) {
      if (!named.contains(contributor.id())) {
        contributor.primaryEmail().ifPresent(email -> candidates.putIfAbsent(email, contributor));
      }
    }
    Set<Integer> naming = new HashSet<>(owners.values());
    Map<Integer, Contributor> matched = new TreeMap<>();
    for (int f = 0; f < entries.size(); f++) {
      Contributor contributor = naming.contains(f) ? null : candidates.remove(entries.get(f).email());
      if (contributor != null) {
        matched.put(f, contributor);
      }
    }
    return matched;
  }

  // ---------------------------------------------------------------- diff

  private ContributorsDiff diff(Mode mode, List<List<RecordId>> groups, Map<Integer, Contributor> matched,
      Map<ContributorId, Integer> stays) {
    List<ContributorsDiff.Added> added = new ArrayList<>();
    List<ContributorsDiff.Move> moved = new ArrayList<>();
    Map<ContributorId, List<RecordId>> gained = new HashMap<>();
    Map<ContributorId, List<RecordId>> lost = new HashMap<>();
    Map<ContributorId, Set<Integer>> goesTo = new HashMap<>();
    for (int f = 0; f < entries.size(); f++) {
      ContributorEntry entry = entries.get(f);
      Contributor target = matched.get(f);
      if (target == null) {
        added.add(new ContributorsDiff.Added(entry, groups.get(f)));
      }
      for (RecordId record : groups.get(f)) {
        Contributor from = holders.get(record);
        goesTo.computeIfAbsent(from.id(), k -> new TreeSet<>()).add(f);
        if (from != target) {
          AccountRef account = namedBy.get(record);
          moved.add(new ContributorsDiff.Move(record, account == null ? "" : account.toString(), from.id(),
              target == null ? null : target.id(), entry));
          lost.computeIfAbsent(from.id(), k -> new ArrayList<>()).add(record);
          if (target != null) {
            gained.computeIfAbsent(target.id(), k -> new ArrayList<>()).add(record);
          }
        }
      }
    }
    Map<ContributorId, Integer> matchedBy = new LinkedHashMap<>();
    matched.forEach((f, contributor) -> matchedBy.put(contributor.id(), f));
    List<ContributorsDiff.Changed> changed = new ArrayList<>();
    List<ContributorsDiff.Removed> removed = new ArrayList<>();
    for (Contributor contributor : resolution.contributors()) {
      Integer f = matchedBy.get(contributor.id());
      List<RecordId> splitOff = mode == Mode.REPLACE ? unnamed(contributor) : List.of();
      if (f != null) {
        List<RecordId> loses = new ArrayList<>(lost.getOrDefault(contributor.id(), List.of()));
        loses.addAll(splitOff);
        Collections.sort(loses);
        List<ContributorsDiff.FieldChange> fields = fields(contributor, entries.get(f), mode);
        List<RecordId> gains = gained.getOrDefault(contributor.id(), List.of());
        if (!fields.isEmpty() || !gains.isEmpty() || !loses.isEmpty()) {
          changed.add(new ContributorsDiff.Changed(contributor, entries.get(f), fields, sorted(gains), loses));
        }
      } else if (stays.containsKey(contributor.id())) {
        StringBuilder reason = new StringBuilder("the file gives its records to ");
        String separator = "";
        for (int to : goesTo.get(contributor.id())) {
          ContributorEntry entry = entries.get(to);
          Contributor target = matched.get(to);
          reason.append(separator).append("line ").append(entry.line()).append(" (").append(entry.email())
              .append(target == null ? ", new" : ", " + target.id()).append(')');
          separator = ", ";
        }
        if (!splitOff.isEmpty()) {
          reason.append("; ").append(CsvReport.count(splitOff.size(), "record"))
              .append(" it does not name are separated");
        }
        removed.add(new ContributorsDiff.Removed(contributor, reason.toString()));
      } else if (mode == Mode.REPLACE) {
        removed.add(new ContributorsDiff.Removed(contributor, contributor.records().size() > 1
            ? "not in the file; its " + contributor.records().size() + " records are separated, one contributor each"
            : "not in the file; its record stays alone, attributed to no person of the file"));
      }
    }
    return new ContributorsDiff(added, changed, removed, moved, unmatched);
  }

  private List<RecordId> unnamed(Contributor contributor) {
    List<RecordId> records = new ArrayList<>();
    if (contributor.records().size() > 1) {
      for (IdentityRecord record : contributor.records()) {
        if (!owners.containsKey(record.id())) {
          records.add(record.id());
        }
      }
    }
    return records;
  }

  private List<ContributorsDiff.FieldChange> fields(Contributor contributor, ContributorEntry entry, Mode mode) {
    List<ContributorsDiff.FieldChange> fields = new ArrayList<>();
    if (!contributor.displayName().equals(entry.fullName())) {
      fields.add(new ContributorsDiff.FieldChange(ContributorsCsv.FULL_NAME, contributor.displayName(),
          entry.fullName()));
    }
    String email = contributor.primaryEmail().orElse("");
    if (!email.equals(entry.email())) {
      fields.add(new ContributorsDiff.FieldChange(ContributorsCsv.EMAIL, email, entry.email()));
    }
    Set<String> attributes = new TreeSet<>(sheet.attributeColumns());
    if (mode == Mode.REPLACE) {
      attributes.addAll(contributor.attributes().keySet());
    }
    for (String attribute : attributes) {
      String before = contributor.attributes().getOrDefault(attribute, "");
      String after = entry.attributes().getOrDefault(attribute, "");
      if (!before.equals(after)) {
        fields.add(new ContributorsDiff.FieldChange(attribute, before, after));
      }
    }
    return fields;
  }

  private static List<RecordId> sorted(List<RecordId> records) {
    List<RecordId> copy = new ArrayList<>(records);
    Collections.sort(copy);
    return copy;
  }


  // ---------------------------------------------------------------- overlay

  List<Contributor> overlay() {
    List<Contributor> contributors = resolution.contributors();
    Map<ContributorId, Integer> chosen = new HashMap<>();
    for (Contributor contributor : contributors) {
      Map<Integer, Integer> named = named(contributor);
      if (!named.isEmpty()) {
        chosen.put(contributor.id(), most(named, contributor));
      }
    }
    byEmail(chosen.keySet()).forEach((f, contributor) -> chosen.put(contributor.id(), f));
    List<Contributor> result = new ArrayList<>(contributors.size());
    for (Contributor contributor : contributors) {
      Integer f = chosen.get(contributor.id());
      result.add(f == null ? contributor : overlay(contributor, entries.get(f)));
    }
    return List.copyOf(result);
  }

  private Contributor overlay(Contributor contributor, ContributorEntry entry) {
    Map<String, String> attributes = new TreeMap<>(contributor.attributes());
    attributes.keySet().removeAll(sheet.attributeColumns());
    attributes.putAll(entry.attributes());
    Contributor.Builder builder = Contributor.builder(contributor.id())
        .displayName(entry.fullName())
        .primaryEmail(entry.email())
        .emails(contributor.emails())
        .records(contributor.records())
        .bot(contributor.isBot());
    contributor.botEvidence().ifPresent(builder::botEvidence);
    attributes.forEach(builder::attribute);
    return builder.build();
  }
}
