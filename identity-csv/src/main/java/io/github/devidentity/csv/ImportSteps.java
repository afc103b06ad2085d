package io.github.devidentity.csv;

import io.github.devidentity.csv.ContributorsImport.Mode;
import io.github.devidentity.csv.ContributorsImport.Step;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.ReviewItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The decisions that turn a resolution's contributors into an import's targets, and keep them.
 *
 * <p>A target is a group of records that must end up as one contributor: a file person's records,
 * or a contributor the file leaves alone, or (in replace mode) a record the file does not name. A
 * target that is exactly an existing contributor is untouched and needs nothing; the others are
 * touched.
 *
 * <p>No record is split off, because detaching a record changes which pairs the resolver's
 * blocking compares, and so could change contributors the import never touched. Instead, with the
 * same records the resolver compares the same pairs, and:
 *
 * <ul>
 *   <li>each touched target is {@linkplain Decision.Merge merged} to its first record, so it
 *       stands whole before any automatic link is tried;
 *   <li>earlier joins between records of two targets are cancelled by a {@linkplain
 *       Decision.NeverLink never-link} on the same pair, earlier never-links inside a touched
 *       target by a merge on the same pair;
 *   <li>every pair of targets the resolver could link, at least one of them touched, gets a
 *       never-link: targets sharing an earlier contributor, and targets of contributors that a
 *       review item or an earlier never-link connects (every pair the resolver compared across
 *       two contributors left one of those). Against an untouched target, which grows by
 *       automatic links as it did before, each of its records is separated from the touched one,
 *       so the separation holds at every step.
 * </ul>
 *
 * <p>An untouched target then meets only the links it met before, so it comes back as it was; a
 * touched one is joined by decisions and kept apart from every target it could meet.
 */
final class ImportSteps {
  private final Resolution resolution;
  private final Map<RecordId, Contributor> holders;
  private final String prefix;
  private final List<List<RecordId>> targets = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();
  private final List<Boolean> touched = new ArrayList<>();
  private final Map<RecordId, Integer> targetOf = new HashMap<>();
  private final Map<ContributorId, Set<Integer>> targetsOf = new HashMap<>();
  private final Map<List<RecordId>, Step> merges = new LinkedHashMap<>();
  private final Map<List<RecordId>, Step> separations = new LinkedHashMap<>();

  private ImportSteps(Resolution resolution, Map<RecordId, Contributor> holders, String source, Mode mode) {
    this.resolution = resolution;
    this.holders = holders;
    this.prefix = source + " (" + mode.name().toLowerCase(Locale.ROOT) + ")";
  }

  /**
   * The decisions, merges first.
   *
   * @param groups each file person's records, sorted, with their labels ({@code line 2,
   *     ada@example.org}); empty for a person naming none
   * @param log the log the resolution was made with
   */
  static List<Step> plan(Resolution resolution, Map<RecordId, Contributor> holders, List<List<RecordId>> groups,
      List<String> groupLabels, DecisionLog log, String source, Mode mode) {
    ImportSteps steps = new ImportSteps(resolution, holders, source, mode);
    for (int f = 0; f < groups.size(); f++) {
      if (!groups.get(f).isEmpty()) {
        steps.target(groups.get(f), groupLabels.get(f));
      }
    }
    steps.rest(mode);
    return steps.steps(log);
  }

  private void target(List<RecordId> records, String label) {
    int t = targets.size();
    targets.add(records);
    labels.add(label);
    Contributor first = holders.get(records.get(0));
    boolean whole = records.size() == first.records().size();
    for (RecordId record : records) {
      targetOf.put(record, t);
      Contributor holder = holders.get(record);
      whole &= holder == first;
      targetsOf.computeIfAbsent(holder.id(), k -> new LinkedHashSet<>()).add(t);
    }
    touched.add(!whole);
  }

  /** The records no file person takes: their contributor, or in replace mode each alone. */
  private void rest(Mode mode) {
    for (Contributor contributor : resolution.contributors()) {
      List<RecordId> left = new ArrayList<>();
      for (IdentityRecord record : contributor.records()) {
        if (!targetOf.containsKey(record.id())) {
          left.add(record.id());
        }
      }
      if (left.isEmpty()) {
        continue;
      }
      // In update mode what is left is always a whole contributor the file does not name.
      boolean whole = left.size() == contributor.records().size();
      if (whole && (mode == Mode.UPDATE || left.size() == 1)) {
        target(left, contributor.id() + " (not in the file)");
      } else {
        left.forEach(record -> target(List.of(record), "record " + record + " (not in the file)"));
      }
    }
  }

  private List<Step> steps(DecisionLog log) {
    List<RecordId[]> earlierSeparations = new ArrayList<>();
    for (Decision decision : log.decisions()) {
      List<RecordId> pair = decision.records();
      if (pair.size() != 2 || !targetOf.containsKey(pair.get(0)) || !targetOf.containsKey(pair.get(1))) {
        continue;
      }
      int a = targetOf.get(pair.get(0));
      int b = targetOf.get(pair.get(1));
      if (decision.joins() && a != b && (touched.get(a) || touched.get(b))) {
        neverLink(pair.get(0), pair.get(1), a, b);
      } else if (decision.separates() && a == b && touched.get(a)) {
        merge(pair.get(0), pair.get(1), a);
      } else if (decision.separates() && a != b) {
        earlierSeparations.add(new RecordId[] {pair.get(0), pair.get(1)});
      }
    }
    for (int t = 0; t < targets.size(); t++) {
      List<RecordId> records = targets.get(t);
      if (touched.get(t)) {
        for (int i = 1; i < records.size(); i++) {
          merge(records.get(0), records.get(i), t);
        }
      }
    }
    for (Set<Integer> shared : targetsOf.values()) {
      for (int a : shared) {
        for (int b : shared) {
          separate(a, b);
        }
      }
    }
    for (ReviewItem item : resolution.reviewQueue()) {
      separateContributorsOf(item.first(), item.second());
    }
    for (RecordId[] pair : earlierSeparations) {
      separateContributorsOf(pair[0], pair[1]);
    }
    List<Step> steps = new ArrayList<>(merges.values());
    steps.addAll(separations.values());
    return steps;
  }

  private void separateContributorsOf(RecordId first, RecordId second) {
    Contributor x = holders.get(first);
    Contributor y = holders.get(second);
    if (x == null || y == null) {
      return;
    }
    for (int a : targetsOf.get(x.id())) {
      for (int b : targetsOf.get(y.id())) {
        separate(a, b);
      }
    }
  }

  /** Keeps two targets apart, when one of them is touched. */
  private void separate(int a, int b) {
    if (a == b) {
      return;
    }
    boolean touchedA = touched.get(a);
    boolean touchedB = touched.get(b);
    if (touchedA && touchedB) {
      neverLink(targets.get(a).get(0), targets.get(b).get(0), a, b);
    } else if (touchedA || touchedB) {
      int still = touchedA ? b : a;
      int moved = touchedA ? a : b;
      for (RecordId record : targets.get(still)) {
        neverLink(record, targets.get(moved).get(0), still, moved);
      }
    }
  }

  private void merge(RecordId first, RecordId second, int target) {
    List<RecordId> key = key(first, second);
    merges.putIfAbsent(key, new Step(Decision.Kind.MERGE, key.get(0), key.get(1),
        prefix + ": " + labels.get(target) + " is one person"));
  }

  private void neverLink(RecordId first, RecordId second, int a, int b) {
    List<RecordId> key = key(first, second);
    separations.putIfAbsent(key, new Step(Decision.Kind.NEVER_LINK, key.get(0), key.get(1),
        prefix + ": " + labels.get(a) + " and " + labels.get(b) + " are different people"));
  }

  private static List<RecordId> key(RecordId first, RecordId second) {
    return first.compareTo(second) <= 0 ? List.of(first, second) : List.of(second, first);
  }
}
