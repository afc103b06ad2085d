package io.github.devidentity.resolve;

import com.google.common.hash.Hashing;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.match.CorrelationStrategy;
import io.github.devidentity.match.Evidence;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.normalize.NormalizedRecord;
import io.github.devidentity.resolve.DecisionReplay.Pair;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One run of the resolution algorithm; see {@link Resolver} for what it does. */
final class Engine {
  private static final String DECISION = "decision";
  /** Links at least this strong (a shared address) pass the name guard when surnames agree. */
  private static final double LENIENT_NAME_GUARD = 0.95;

  private final ResolverOptions options;
  private final IdentityRecord[] records;
  private final Map<RecordId, Integer> index;
  private final DecisionReplay decisions;
  private Map<RecordId, ContributorId> previous;
  private Set<ContributorId> previousIds;
  private final List<ResolutionWarning> warnings = new ArrayList<>();
  private final boolean[] detached;
  private NormalizedRecord[] normalized = new NormalizedRecord[0];
  /** In component mode: the records' normalised forms and their candidates, worked out by a session. */
  private @org.jspecify.annotations.Nullable Map<RecordId, NormalizedRecord> given;
  private @org.jspecify.annotations.Nullable Map<DecisionReplay.Pair, Candidate> givenCandidates;
  /** The candidates the blocker found, kept when a session starts from this engine's run. */
  private @org.jspecify.annotations.Nullable List<Candidate> found;
  private boolean keepCandidates;

  Engine(
      ResolverOptions options,
      Collection<IdentityRecord> input,
      io.github.devidentity.decision.DecisionLog log,
      Map<RecordId, ContributorId> previous) {
    this(options, input, new DecisionReplay(log), previous);
  }

  /**
   * An engine for one connected part of a session's records: the candidates come from the
   * session, which knows every block; this engine only unions and materialises.
   */
  static Engine forComponent(ResolverOptions options, Collection<IdentityRecord> records,
      Map<RecordId, NormalizedRecord> normalized, DecisionReplay replay, Map<RecordId, ContributorId> previous,
      Set<ContributorId> previousIds, Map<DecisionReplay.Pair, Candidate> candidates) {
    Engine engine = new Engine(options, records, replay, Map.of());
    engine.previous = previous;
    engine.previousIds = previousIds;
    engine.given = normalized;
    engine.givenCandidates = candidates;
    return engine;
  }

  /**
   * An engine for a session's first resolution: the records come normalised by the session, the
   * blocker finds the candidates, and the engine keeps them for the session.
   */
  static Engine forSession(ResolverOptions options, Collection<IdentityRecord> records,
      Map<RecordId, NormalizedRecord> normalized, DecisionReplay replay) {
    Engine engine = new Engine(options, records, replay, Map.of());
    engine.given = normalized;
    engine.keepCandidates = true;
    return engine;
  }

  /** The records in this engine's order, which candidates' indexes refer to. */
  IdentityRecord[] records() {
    return records;
  }

  /** The candidates found by the last run of an engine made by {@link #forSession}. */
  List<Candidate> candidatesFound() {
    return found == null ? List.of() : found;
  }

  private Engine(
      ResolverOptions options,
      Collection<IdentityRecord> input,
      DecisionReplay replay,
      Map<RecordId, ContributorId> previous) {
    this.options = options;
    this.records = input.toArray(new IdentityRecord[0]);
    java.util.Arrays.sort(records, Comparator.comparing(IdentityRecord::id));
    this.index = new HashMap<>(records.length * 2);
    for (int i = 0; i < records.length; i++) {
      if (index.put(records[i].id(), i) != null) {
        throw new IllegalArgumentException(
            "record id " + records[i].id() + " appears twice in the input; record ids must be unique");
      }
    }
    this.decisions = replay;
    this.previous = previous;
    this.previousIds = previous.isEmpty() ? Set.of() : new HashSet<>(previous.values());
    this.detached = new boolean[records.length];
  }

  Resolution run() {
    normalise();
    CandidateTable.Ordered candidates;
    if (givenCandidates == null) {
      reportUnknownRecords();
      candidates = block();
      if (keepCandidates) {
        List<Candidate> all = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
          all.add(candidates.candidate(i));
        }
        found = all;
      }
    } else {
      candidates = localCandidates(givenCandidates);
    }
    Clusters clusters = new Clusters(records, normalized);
    List<Link> applied = new ArrayList<>();
    Pending pending = new Pending(candidates);
    applyManualJoins(clusters, applied);
    applyAutomaticLinks(clusters, candidates, applied, pending);
    return materialise(clusters, applied, pending);
  }

  /** The session's candidates, renumbered to this engine's record order. */
  private CandidateTable.Ordered localCandidates(Map<DecisionReplay.Pair, Candidate> byIds) {
    List<Candidate> local = new ArrayList<>(byIds.size());
    for (Map.Entry<DecisionReplay.Pair, Candidate> entry : byIds.entrySet()) {
      Candidate candidate = new Candidate(index.get(entry.getKey().first()), index.get(entry.getKey().second()));
      candidate.addAll(entry.getValue());
      local.add(candidate);
    }
    local.sort(Candidate.ORDER);
    return CandidateTable.Ordered.of(local);
  }

  private void normalise() {
    ProgressListener progress = options.progress();
    normalized = new NormalizedRecord[records.length];
    progress.onProgress("normalise", 0, records.length);
    Map<RecordId, NormalizedRecord> known = given;
    java.util.stream.IntStream.range(0, records.length).parallel()
        .forEach(i -> normalized[i] = known != null ? known.get(records[i].id()) : decisions.normalise(records[i]));
    progress.onProgress("normalise", records.length, records.length);
    for (RecordId id : decisions.detached) {
      Integer i = index.get(id);
      if (i != null) {
        detached[i] = true;
      }
    }
  }

  private void reportUnknownRecords() {
    Set<RecordId> reported = new HashSet<>();
    for (RecordId id : decisions.namedRecords()) {
      if (!index.containsKey(id) && reported.add(id)) {
        warnings.add(Warnings.unknownRecord(id));
      }
    }
  }

  private CandidateTable.Ordered block() {
    return new Blocker(options, normalized, detached, warnings).candidates();
  }

  private void applyManualJoins(Clusters clusters, List<Link> applied) {
    for (Map.Entry<Pair, Decision> join : decisions.joins.entrySet()) {
      Integer a = index.get(join.getKey().first());
      Integer b = index.get(join.getKey().second());
      if (a == null || b == null) {
        continue;
      }
      Decision decision = join.getValue();
      if (clusters.union(a, b)) {
        applied.add(new Link(records[a].id(), records[b].id(),
            List.of(new Evidence(DECISION, 1.0, decision.describe())), true));
      }
    }
    for (Map.Entry<Pair, Decision> separation : decisions.separations.entrySet()) {
      Integer a = index.get(separation.getKey().first());
      Integer b = index.get(separation.getKey().second());
      if (a == null || b == null) {
        continue;
      }
      if (clusters.find(a) == clusters.find(b)) {
        warnings.add(Warnings.decisionConflict(separation.getValue(), records[a].id(), records[b].id()));
      } else {
        clusters.separate(a, b);
      }
    }
  }

  private void applyAutomaticLinks(
      Clusters clusters, CandidateTable.Ordered candidates, List<Link> applied, Pending pending) {
    ProgressListener progress = options.progress();
    progress.onProgress("union", 0, candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      if (((i + 1) & 0xFFFF) == 0) {
        progress.onProgress("union", i + 1, candidates.size());
      }
      int a = candidates.first(i);
      int b = candidates.second(i);
      if (clusters.find(a) == clusters.find(b) || clusters.separated(a, b)) {
        continue;
      }
      double confidence = candidates.confidence(i);
      if (confidence < options.autoMergeThreshold()) {
        pending.add(i, null);
        continue;
      }
      String conflict = clusters.conflict(a, b);
      if (conflict == null && confidence < options.nameGuardBelow()) {
        conflict = clusters.nameConflict(a, b, confidence >= LENIENT_NAME_GUARD);
      }
      if (conflict != null) {
        pending.add(i, conflict);
        continue;
      }
      clusters.union(a, b);
      applied.add(new Link(records[a].id(), records[b].id(), candidates.candidate(i).evidence(), false));
    }
    progress.onProgress("union", candidates.size(), candidates.size());
  }

  private Resolution materialise(Clusters clusters, List<Link> applied, Pending pending) {
    // Groups numbered in the order of their first record, each in record order.
    int[] groupOfRoot = new int[records.length];
    java.util.Arrays.fill(groupOfRoot, -1);
    List<IntList> groups = new ArrayList<>();
    for (int i = 0; i < records.length; i++) {
      int root = clusters.find(i);
      if (groupOfRoot[root] < 0) {
        groupOfRoot[root] = groups.size();
        groups.add(new IntList());
      }
      groups.get(groupOfRoot[root]).add(i);
    }
    int[] anchors = new int[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      IntList group = groups.get(g);
      int anchor = group.get(0);
      for (int m = 1; m < group.size(); m++) {
        if (ANCHOR_ORDER.compare(records[group.get(m)], records[anchor]) < 0) {
          anchor = group.get(m);
        }
      }
      anchors[g] = anchor;
    }
    ContributorId[] ids = new ContributorIds(records, previous, previousIds).assign(groups, anchors);

    options.progress().onProgress("materialise", 0, groups.size());
    Contributor[] made = new Contributor[groups.size()];
    java.util.stream.IntStream.range(0, groups.size()).parallel()
        .forEach(g -> made[g] = ContributorMaker.make(ids[g], groups.get(g), records, normalized));
    List<Contributor> contributors = new ArrayList<>(java.util.Arrays.asList(made));
    ContributorId[] idByRoot = new ContributorId[records.length];
    Map<RecordId, RecordId> anchorIds = new HashMap<>(records.length * 2);
    for (int g = 0; g < groups.size(); g++) {
      IntList group = groups.get(g);
      idByRoot[clusters.find(group.get(0))] = ids[g];
      RecordId anchor = records[anchors[g]].id();
      for (int m = 0; m < group.size(); m++) {
        anchorIds.put(records[group.get(m)].id(), anchor);
      }
      if (group.size() > options.clusterSizeBound()) {
        warnings.add(Warnings.largeCluster(ids[g], group.size(), options.clusterSizeBound()));
      }
    }
    contributors.sort(Comparator.comparing(Contributor::id));
    options.progress().onProgress("materialise", groups.size(), groups.size());

    List<ReviewItem> review = reviewQueue(clusters, pending, idByRoot);
    applied.sort(Comparator.comparingDouble(Link::confidence).reversed()
        .thenComparing(Link::first).thenComparing(Link::second));
    // A canonical order, so a resolution made whole and one made piece by piece print alike.
    warnings.sort(Comparator.comparing(ResolutionWarning::kind).thenComparing(ResolutionWarning::message));
    return new Resolution(contributors, anchorIds, review, applied, warnings);
  }

  private List<ReviewItem> reviewQueue(
      Clusters clusters, Pending pending, ContributorId[] idByRoot) {
    LongSet seen = new LongSet();
    List<ReviewItem> review = new ArrayList<>();
    for (int p = 0; p < pending.size(); p++) {
      int position = pending.positions.get(p);
      int a = pending.candidates.first(position);
      int b = pending.candidates.second(position);
      int ra = clusters.find(a);
      int rb = clusters.find(b);
      if (ra == rb || clusters.separated(a, b)) {
        continue;
      }
      if (!seen.add(pairKey(Math.min(ra, rb), Math.max(ra, rb)))) {
        continue;
      }
      RecordId first = records[a].id();
      RecordId second = records[b].id();
      String reason = pending.reasons.get(p);
      if (reason == null) {
        reason = belowThreshold(pending.candidates.confidence(position), options);
      }
      review.add(new ReviewItem(reviewId(first, second), first, second, idByRoot[ra], idByRoot[rb],
          pending.candidates.candidate(position).evidence(), reason));
    }
    review.sort(Comparator.comparingDouble(ReviewItem::confidence).reversed().thenComparing(ReviewItem::id));
    return review;
  }

  /**
   * A map key for a pair of indexes, {@code a < b}. {@code Long.hashCode} of {@code a << 32 | b} is
   * {@code a ^ b}, which collides for most pairs of nearby records and turns hash maps into trees;
   * the finaliser of MurmurHash3 is a bijection, so keys stay unique and spread well.
   */
  static long pairKey(int a, int b) {
    long key = ((long) a << 32) | b;
    key ^= key >>> 33;
    key *= 0xff51afd7ed558ccdL;
    key ^= key >>> 33;
    key *= 0xc4ceb9fe1a85ec53L;
    key ^= key >>> 33;
    return key;
  }

  /** Why a link below the auto-merge threshold waits for a person. */
  static String belowThreshold(double confidence, ResolverOptions options) {
    return String.format(Locale.ROOT, "confidence %.2f is below the auto-merge threshold %.2f", confidence,
        options.autoMergeThreshold());
  }

  /** The stable id of the review item for two records. */
  static String reviewId(RecordId first, RecordId second) {
    return "rv-" + Hashing.farmHashFingerprint64()
        .hashString(first.value() + "\n" + second.value(), StandardCharsets.UTF_8).toString().substring(0, 12);
  }

  /** Earliest first-seen first (unknown last), then record id: the record a contributor grows from. */
  static final Comparator<IdentityRecord> ANCHOR_ORDER =
      Comparator.comparing((IdentityRecord r) -> r.firstSeen().orElse(Instant.MAX))
          .thenComparing(IdentityRecord::id);

  /** A scored pair of records with the evidence of every strategy that linked it. */
  static final class Candidate {
    /** Strongest first, then by records; written out because millions of candidates are sorted. */
    static final Comparator<Candidate> ORDER = (x, y) -> {
      int byConfidence = Double.compare(y.confidence, x.confidence);
      if (byConfidence != 0) {
        return byConfidence;
      }
      return x.a != y.a ? Integer.compare(x.a, y.a) : Integer.compare(x.b, y.b);
    };

    final int a;
    final int b;
    /** The evidence, strongest first, then by chain position: one per strategy. */
    private Evidence[] evidence = new Evidence[2];
    /** The chain position of the strategy behind each piece of evidence. */
    private int[] ranks = new int[2];
    private int size;
    /** The strongest evidence's confidence, kept beside it: sorting millions of candidates reads it often. */
    private double confidence;

    Candidate(int a, int b) {
      this.a = a;
      this.b = b;
    }

    /**
     * Keeps one piece of evidence per strategy, the strongest (the alphabetically first
     * explanation among equals, so arrival order never matters), ordered by confidence then chain
     * order.
     */
    void add(int rank, Evidence more) {
      for (int existing = 0; existing < size; existing++) {
        if (ranks[existing] != rank) {
          continue;
        }
        if (!replaces(more, evidence[existing])) {
          return;
        }
        System.arraycopy(evidence, existing + 1, evidence, existing, size - existing - 1);
        System.arraycopy(ranks, existing + 1, ranks, existing, size - existing - 1);
        size--;
        break;
      }
      int at = 0;
      while (at < size
          && (evidence[at].confidence() > more.confidence()
              || (evidence[at].confidence() == more.confidence() && ranks[at] < rank))) {
        at++;
      }
      if (size == evidence.length) {
        evidence = java.util.Arrays.copyOf(evidence, size * 2);
        ranks = java.util.Arrays.copyOf(ranks, size * 2);
      }
      System.arraycopy(evidence, at, evidence, at + 1, size - at);
      System.arraycopy(ranks, at, ranks, at + 1, size - at);
      evidence[at] = more;
      ranks[at] = rank;
      size++;
      confidence = evidence[0].confidence();
    }

    /**
     * Whether one strategy's evidence {@code more} takes the place of what it gave before: the
     * stronger wins, and among equals the alphabetically first explanation, so arrival order never
     * matters.
     */
    static boolean replaces(Evidence more, Evidence kept) {
      return more.confidence() > kept.confidence()
          || (more.confidence() == kept.confidence() && more.explanation().compareTo(kept.explanation()) < 0);
    }

    /** Adds every piece of another candidate's evidence for the same pair. */
    void addAll(Candidate other) {
      for (int i = 0; i < other.size; i++) {
        add(other.ranks[i], other.evidence[i]);
      }
    }

    double confidence() {
      return confidence;
    }

    /** The chain position of the strategy that gave the evidence at {@code i}. */
    int rankAt(int i) {
      return ranks[i];
    }

    /** The evidence, strongest first. */
    List<Evidence> evidence() {
      return java.util.Arrays.asList(evidence).subList(0, size);
    }
  }

  /**
   * The candidates the union could not apply, by position in its order, with the guard's reason
   * (null for a link below the auto-merge threshold, whose reason is made when shown): most never
   * reach the review queue, which keeps one per pair of contributors, so their evidence is read
   * only for those that do.
   */
  private static final class Pending {
    final CandidateTable.Ordered candidates;
    final IntList positions = new IntList();
    final List<@org.jspecify.annotations.Nullable String> reasons = new ArrayList<>();

    Pending(CandidateTable.Ordered candidates) {
      this.candidates = candidates;
    }

    void add(int position, @org.jspecify.annotations.Nullable String reason) {
      positions.add(position);
      reasons.add(reason);
    }

    int size() {
      return positions.size();
    }
  }
}
