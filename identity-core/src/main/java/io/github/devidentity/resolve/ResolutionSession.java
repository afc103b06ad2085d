package io.github.devidentity.resolve;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.match.CorrelationStrategy;
import io.github.devidentity.match.Evidence;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.normalize.NormalizedRecord;
import io.github.devidentity.resolve.DecisionReplay.Pair;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A resolution kept up to date as records and decisions arrive, without resolving everything
 * again: one integration re-synced, a batch of review decisions.
 *
 * <p>An update recomputes only what the batch can change: the pairs of the blocks that hold the
 * batch's keys, and a part made of the contributors whose links changed, grown by every
 * contributor a strong link from the part might join when its turn comes. Within the part, the
 * links are applied in the same order and under the same guards as a full resolution, and the
 * links leaving it are checked against the clusters as they stood at their turn, so the result is
 * the one {@link Resolver#resolve(Collection, DecisionLog, Map)} gives for the same records and
 * decisions when handed the session's assignments from before the update.
 *
 * <pre>{@code
 * ResolutionSession session = ResolutionSession.start(Resolver.create(), records, decisions);
 * ResolutionSession.Update update = session.update(resyncedGitHubRecords, List.of(), List.of());
 * update.changed().forEach(id -> System.out.println(session.contributor(id).orElseThrow()));
 * Resolution whole = session.resolution();
 * }</pre>
 *
 * <p>Not thread-safe: updates are applied one at a time.
 */
public final class ResolutionSession {
  private final ResolverOptions options;
  private final List<CorrelationStrategy> strategies;
  private final TreeMap<RecordId, IdentityRecord> records = new TreeMap<>();
  private final Map<RecordId, NormalizedRecord> normalized = new HashMap<>();
  private DecisionLog log = DecisionLog.empty();
  private DecisionReplay replay = new DecisionReplay(DecisionLog.empty());
  private final List<Map<String, TreeSet<RecordId>>> held = new ArrayList<>();
  private final List<Map<String, TreeSet<RecordId>>> probed = new ArrayList<>();
  private final List<Map<RecordId, List<String>>> heldKeys = new ArrayList<>();
  private final List<Map<RecordId, List<String>>> probedKeys = new ArrayList<>();
  /**
   * Every candidate, under both its records. Not keyed by pair: a pair's hash code mixes two
   * record ids' hash codes linearly, and sequential ids ("r00000012") then collide in long chains.
   */
  private final Map<RecordId, Map<RecordId, Engine.Candidate>> neighbours = new HashMap<>();
  private final Map<RecordId, ContributorId> assignments = new HashMap<>();
  private final Map<ContributorId, Contributor> contributors = new HashMap<>();
  private final Map<RecordId, RecordId> anchors = new HashMap<>();
  private final Map<RecordId, List<Link>> links = new HashMap<>();
  private final Map<String, ReviewItem> review = new HashMap<>();
  private final Map<RecordId, Set<String>> reviewOf = new HashMap<>();
  /**
   * While an update rescores its pairs, each block's verdict by strategy and key: its anchor, or
   * whether it is accepted. The blocks stay put meanwhile, and a verdict reads every member, so
   * working it out again for each pair would cost a block its size cubed.
   */
  private final List<Map<String, RecordId>> blockAnchors = new ArrayList<>();
  private final List<Map<String, Boolean>> blockAccepted = new ArrayList<>();

  private ResolutionSession(ResolverOptions options) {
    this.options = options;
    this.strategies = options.strategies().strategies();
    for (int s = 0; s < strategies.size(); s++) {
      held.add(new HashMap<>());
      probed.add(new HashMap<>());
      heldKeys.add(new HashMap<>());
      probedKeys.add(new HashMap<>());
      blockAnchors.add(new HashMap<>());
      blockAccepted.add(new HashMap<>());
    }
  }

  /**
   * Starts a session with a full resolution of these records and decisions.
   *
   * @throws IllegalArgumentException if two records share an id
   */
  public static ResolutionSession start(Resolver resolver, Collection<IdentityRecord> records, DecisionLog decisions) {
    requireNonNull(resolver, "resolver");
    requireNonNull(records, "records");
    requireNonNull(decisions, "decisions");
    Set<RecordId> seen = new HashSet<>();
    for (IdentityRecord record : records) {
      if (!seen.add(record.id())) {
        throw new IllegalArgumentException(
            "record id " + record.id() + " appears twice in the input; record ids must be unique");
      }
    }
    ResolutionSession session = new ResolutionSession(resolver.options());
    session.begin(records, decisions);
    return session;
  }

  /**
   * The first resolution, made whole by the engine (its blocker is much faster than working out
   * pairs one by one), then taken apart into the session's indexes.
   */
  private void begin(Collection<IdentityRecord> input, DecisionLog decisions) {
    log = decisions;
    replay = new DecisionReplay(decisions);
    List<IdentityRecord> list = new ArrayList<>(input);
    List<NormalizedRecord> forms = list.parallelStream().map(replay::normalise).collect(java.util.stream.Collectors.toList());
    for (int i = 0; i < list.size(); i++) {
      RecordId id = list.get(i).id();
      records.put(id, list.get(i));
      normalized.put(id, forms.get(i));
      index(id);
    }
    Engine engine = Engine.forSession(options, list, normalized, replay);
    Resolution result = engine.run();
    IdentityRecord[] order = engine.records();
    for (Engine.Candidate candidate : engine.candidatesFound()) {
      Pair pair = Pair.of(order[candidate.a].id(), order[candidate.b].id());
      link(pair, candidate);
    }
    absorb(result);
    for (ReviewItem item : result.reviewQueue()) {
      addReview(item);
    }
  }

  /**
   * What one update changed.
   *
   * @param changed contributors that are new or whose records changed, by id
   * @param removed ids that named a contributor before the update and name none now
   * @param recordsRecomputed how many records the update resolved again
   */
  public record Update(Set<ContributorId> changed, Set<ContributorId> removed, int recordsRecomputed) {}

  /**
   * Absorbs new and changed records, removed records and new decisions.
   *
   * @param upserts records to add, or to replace when their id is known
   * @param removals ids of records to drop; unknown ids are ignored
   * @param decisions decisions to append to the log
   * @throws IllegalArgumentException if {@code upserts} holds one id twice
   */
  public Update update(Collection<IdentityRecord> upserts, Collection<RecordId> removals, List<? extends Decision> decisions) {
    requireNonNull(upserts, "upserts");
    requireNonNull(removals, "removals");
    requireNonNull(decisions, "decisions");
    Map<RecordId, IdentityRecord> incoming = new HashMap<>();
    Set<RecordId> given = new HashSet<>();
    for (IdentityRecord record : upserts) {
      if (!given.add(record.id())) {
        throw new IllegalArgumentException("record id " + record.id() + " appears twice in the update");
      }
      // A re-sync mostly hands back records as they were: those change nothing.
      if (!record.equals(records.get(record.id()))) {
        incoming.put(record.id(), record);
      }
    }
    Set<RecordId> seeds = new HashSet<>();
    Set<RecordId> changed = new LinkedHashSet<>(incoming.keySet());
    Set<RecordId> removed = new HashSet<>();
    for (RecordId removal : removals) {
      if (records.containsKey(removal) && !given.contains(removal)) {
        changed.add(removal);
        removed.add(removal);
      }
    }
    if (!decisions.isEmpty()) {
      DecisionReplay before = replay;
      log = log.append(decisions);
      replay = new DecisionReplay(log);
      for (RecordId record : before.namedRecords()) {
        seeds.add(record);
      }
      for (RecordId record : replay.namedRecords()) {
        seeds.add(record);
      }
      // Records a decision detaches or re-attaches, or whose automation verdict it changes, are
      // worked out again as if they had changed.
      Set<RecordId> decided = new HashSet<>(before.detached);
      decided.addAll(replay.detached);
      decided.addAll(before.botOverrides.keySet());
      decided.addAll(replay.botOverrides.keySet());
      for (RecordId record : decided) {
        boolean differs = before.detached.contains(record) != replay.detached.contains(record)
            || !java.util.Objects.equals(before.botOverrides.get(record), replay.botOverrides.get(record));
        if (differs && records.containsKey(record)
            && !incoming.containsKey(record) && !removed.contains(record)) {
          incoming.put(record, records.get(record));
          changed.add(record);
        }
      }
    }

    // Pairs whose evidence may change: those touching a changed record, and every pair of a block
    // whose verdict (its anchor, or whether it is accepted) changes. A pair of unchanged records
    // keeps its keys, so only the verdicts of the blocks it shares can change its evidence.
    Set<Pair> pairs = new HashSet<>();
    List<Set<String>> touched = new ArrayList<>();
    for (int s = 0; s < strategies.size(); s++) {
      touched.add(new HashSet<>());
    }
    Map<RecordId, NormalizedRecord> futures = new HashMap<>();
    for (RecordId record : changed) {
      pairs.addAll(pairsOf(record));
      for (int s = 0; s < strategies.size(); s++) {
        touched.get(s).addAll(heldKeys.get(s).getOrDefault(record, List.of()));
        touched.get(s).addAll(probedKeys.get(s).getOrDefault(record, List.of()));
      }
      IdentityRecord next = incoming.get(record);
      if (next != null && !replay.detached.contains(record)) {
        // The blocks the new version joins.
        NormalizedRecord future = replay.normalise(next);
        futures.put(record, future);
        for (int s = 0; s < strategies.size(); s++) {
          CorrelationStrategy strategy = strategies.get(s);
          strategy.blockingKeys(future, touched.get(s)::add);
          if (strategy.blocking() == CorrelationStrategy.Blocking.PROBE) {
            strategy.probeKeys(future, touched.get(s)::add);
          }
        }
      }
    }
    List<Map<String, @Nullable Object>> verdicts = new ArrayList<>();
    for (int s = 0; s < strategies.size(); s++) {
      Map<String, @Nullable Object> before = new HashMap<>();
      for (String key : touched.get(s)) {
        before.put(key, verdict(s, key));
      }
      verdicts.add(before);
    }
    for (RecordId record : changed) {
      unindex(record);
      IdentityRecord next = incoming.get(record);
      if (next == null) {
        records.remove(record);
        normalized.remove(record);
      } else {
        records.put(record, next);
        NormalizedRecord future = futures.get(record);
        normalized.put(record, future != null ? future : replay.normalise(next));
        index(record);
      }
    }
    for (int s = 0; s < strategies.size(); s++) {
      for (String key : touched.get(s)) {
        @Nullable Object before = verdicts.get(s).get(key);
        blockPairs(s, key, before, !java.util.Objects.equals(before, verdict(s, key)), changed, pairs);
      }
    }
    for (Pair pair : pairs) {
      // A pair whose evidence came out as it was is a link like any other unchanged one.
      if (rescore(pair)) {
        seeds.add(pair.first());
        seeds.add(pair.second());
      }
    }
    blockAnchors.forEach(Map::clear);
    blockAccepted.forEach(Map::clear);
    seeds.addAll(changed);

    Set<RecordId> part = component(seeds);
    return recompute(part);
  }

  /** The contributor holding a record, if the record is known. */
  public Optional<Contributor> contributorOf(RecordId record) {
    ContributorId id = assignments.get(record);
    return id == null ? Optional.empty() : Optional.ofNullable(contributors.get(id));
  }

  /** The contributor with this id, if any. */
  public Optional<Contributor> contributor(ContributorId id) {
    return Optional.ofNullable(contributors.get(id));
  }

  /** Every record's contributor id; a read-only view that follows updates. */
  public Map<RecordId, ContributorId> assignments() {
    return Collections.unmodifiableMap(assignments);
  }

  /** The decision log as replayed now. */
  public DecisionLog decisions() {
    return log;
  }

  /** How many records the session holds. */
  public int size() {
    return records.size();
  }

  /** The whole resolution as it stands; built on request, in time linear in the records. */
  public Resolution resolution() {
    List<Contributor> all = new ArrayList<>(contributors.values());
    all.sort(Comparator.comparing(Contributor::id));
    List<Link> applied = new ArrayList<>();
    links.values().forEach(applied::addAll);
    applied.sort(Comparator.comparingDouble(Link::confidence).reversed()
        .thenComparing(Link::first).thenComparing(Link::second));
    List<ReviewItem> items = new ArrayList<>(review.values());
    items.sort(Comparator.comparingDouble(ReviewItem::confidence).reversed().thenComparing(ReviewItem::id));
    List<ResolutionWarning> warnings = warnings();
    return new Resolution(all, anchors, items, applied, warnings);
  }

  // ---- keys and pairs ----

  private void index(RecordId record) {
    if (replay.detached.contains(record)) {
      return;
    }
    NormalizedRecord n = normalized.get(record);
    for (int s = 0; s < strategies.size(); s++) {
      CorrelationStrategy strategy = strategies.get(s);
      List<String> keys = distinct(k -> strategy.blockingKeys(n, k));
      heldKeys.get(s).put(record, keys);
      for (String key : keys) {
        held.get(s).computeIfAbsent(key, x -> new TreeSet<>()).add(record);
      }
      if (strategy.blocking() == CorrelationStrategy.Blocking.PROBE) {
        List<String> probes = distinct(k -> strategy.probeKeys(n, k));
        probedKeys.get(s).put(record, probes);
        for (String key : probes) {
          probed.get(s).computeIfAbsent(key, x -> new TreeSet<>()).add(record);
        }
      }
    }
  }

  private static List<String> distinct(java.util.function.Consumer<java.util.function.Consumer<String>> emit) {
    LinkedHashSet<String> keys = new LinkedHashSet<>();
    emit.accept(keys::add);
    return new ArrayList<>(keys);
  }

  private void unindex(RecordId record) {
    for (int s = 0; s < strategies.size(); s++) {
      List<String> keys = heldKeys.get(s).remove(record);
      if (keys != null) {
        for (String key : keys) {
          removeFrom(held.get(s), key, record);
        }
      }
      List<String> probes = probedKeys.get(s).remove(record);
      if (probes != null) {
        for (String key : probes) {
          removeFrom(probed.get(s), key, record);
        }
      }
    }
  }

  private static void removeFrom(Map<String, TreeSet<RecordId>> index, String key, RecordId record) {
    TreeSet<RecordId> members = index.get(key);
    if (members != null) {
      members.remove(record);
      if (members.isEmpty()) {
        index.remove(key);
      }
    }
  }

  private Set<Pair> pairsOf(RecordId record) {
    Set<Pair> result = new HashSet<>();
    for (RecordId other : neighbours.getOrDefault(record, Map.of()).keySet()) {
      result.add(Pair.of(record, other));
    }
    return result;
  }

  /**
   * What the evidence of a block's pairs depends on besides the pairs' own records: the anchor of
   * an exact block, whether any other block is accepted.
   */
  private @Nullable Object verdict(int s, String key) {
    CorrelationStrategy strategy = strategies.get(s);
    TreeSet<RecordId> members = held.get(s).get(key);
    switch (strategy.blocking()) {
      case EXACT:
        return members == null ? null : anchor(members);
      case CANDIDATES:
        // The size first: a verdict reads every member, and oversized blocks are common.
        return members != null && members.size() <= options.maxCandidateBlockSize()
            && strategy.acceptsBlock(view(members, null), key);
      default:
        return acceptsProbeBlock(s, key);
    }
  }

  /**
   * Adds the pairs a block of one strategy forms now: those with a changed member, or every one
   * when its verdict changed (then with an exact block's former anchor too).
   */
  private void blockPairs(int s, String key, @Nullable Object before, boolean all, Set<RecordId> changed,
      Set<Pair> into) {
    CorrelationStrategy strategy = strategies.get(s);
    TreeSet<RecordId> members = held.get(s).get(key);
    if (members == null) {
      return;
    }
    if (strategy.blocking() == CorrelationStrategy.Blocking.EXACT) {
      RecordId anchor = anchor(members);
      boolean anchorChanged = changed.contains(anchor);
      for (RecordId member : members) {
        if (!member.equals(anchor) && (all || anchorChanged || changed.contains(member))) {
          into.add(Pair.of(anchor, member));
        }
        if (all && before != null && !member.equals(before)) {
          into.add(Pair.of((RecordId) before, member));
        }
      }
    } else if (strategy.blocking() == CorrelationStrategy.Blocking.CANDIDATES) {
      if (all) {
        for (RecordId a : members) {
          for (RecordId b : members.tailSet(a, false)) {
            into.add(Pair.of(a, b));
          }
        }
      } else if (Boolean.TRUE.equals(before)) {
        for (RecordId member : members) {
          if (changed.contains(member)) {
            pairWithAll(member, members, into);
          }
        }
      }
    } else {
      TreeSet<RecordId> probes = probed.get(s).get(key);
      if (probes == null || !(all || Boolean.TRUE.equals(before))) {
        return;
      }
      for (RecordId probe : probes) {
        if (all || changed.contains(probe)) {
          pairWithAll(probe, members, into);
        }
      }
      if (!all) {
        for (RecordId holder : members) {
          if (changed.contains(holder)) {
            pairWithAll(holder, probes, into);
          }
        }
      }
    }
  }

  private static void pairWithAll(RecordId record, Set<RecordId> others, Set<Pair> into) {
    for (RecordId other : others) {
      if (!record.equals(other)) {
        into.add(Pair.of(record, other));
      }
    }
  }

  /** The first person of a block in record order, or its first member when all are bots. */
  private RecordId anchor(TreeSet<RecordId> members) {
    for (RecordId member : members) {
      if (!normalized.get(member).isBot()) {
        return member;
      }
    }
    return members.first();
  }

  /**
   * Works out a pair's evidence from scratch, exactly as the blocker would, and stores it; returns
   * whether the evidence differs from what was stored.
   */
  private boolean rescore(Pair pair) {
    Engine.@Nullable Candidate candidate = null;
    if (records.containsKey(pair.first()) && records.containsKey(pair.second())) {
      candidate = evidence(pair.first(), pair.second());
    }
    if (candidate == null) {
      Map<RecordId, Engine.Candidate> first = neighbours.get(pair.first());
      if (first == null || first.remove(pair.second()) == null) {
        return false;
      }
      Map<RecordId, Engine.Candidate> second = neighbours.get(pair.second());
      if (second != null) {
        second.remove(pair.first());
      }
      return true;
    }
    Engine.@Nullable Candidate old = link(pair, candidate);
    // Evidence names its strategy, so equal lists mean the same candidate.
    return old == null || !old.evidence().equals(candidate.evidence());
  }

  /** Stores a pair's candidate under both records; returns the one it replaces. */
  private Engine.@Nullable Candidate link(Pair pair, Engine.Candidate candidate) {
    neighbours.computeIfAbsent(pair.second(), k -> new HashMap<>()).put(pair.first(), candidate);
    return neighbours.computeIfAbsent(pair.first(), k -> new HashMap<>()).put(pair.second(), candidate);
  }

  private Engine.@Nullable Candidate evidence(RecordId a, RecordId b) {
    Engine.Candidate candidate = new Engine.Candidate(-1, -1);
    boolean any = false;
    NormalizedRecord x = normalized.get(a);
    NormalizedRecord y = normalized.get(b);
    for (int s = 0; s < strategies.size(); s++) {
      CorrelationStrategy strategy = strategies.get(s);
      int rank = s;
      String silent = strategy.silentClass(x);
      if (silent != null && silent.equals(strategy.silentClass(y))) {
        // The strategy promises no evidence between two records of one class, as the blocker knows.
        continue;
      }
      List<String> keysA = heldKeys.get(s).getOrDefault(a, List.of());
      List<String> keysB = heldKeys.get(s).getOrDefault(b, List.of());
      List<String> shared = new ArrayList<>();
      if (strategy.blocking() == CorrelationStrategy.Blocking.PROBE) {
        for (String key : probedKeys.get(s).getOrDefault(a, List.of())) {
          if (keysB.contains(key) && acceptedProbeBlock(s, key)) {
            shared.add(key);
          }
        }
        for (String key : probedKeys.get(s).getOrDefault(b, List.of())) {
          if (keysA.contains(key) && acceptedProbeBlock(s, key) && !shared.contains(key)) {
            shared.add(key);
          }
        }
      } else {
        for (String key : keysA) {
          if (!keysB.contains(key)) {
            continue;
          }
          TreeSet<RecordId> members = held.get(s).get(key);
          if (strategy.blocking() == CorrelationStrategy.Blocking.EXACT) {
            RecordId anchor = blockAnchors.get(s).computeIfAbsent(key, k -> anchor(members));
            if (anchor.equals(a) || anchor.equals(b)) {
              shared.add(key);
            }
          } else if (blockAccepted.get(s).computeIfAbsent(key, k -> Boolean.TRUE.equals(verdict(rank, k)))) {
            shared.add(key);
          }
        }
      }
      for (String key : shared) {
        Optional<Evidence> found = strategy.score(x, y, key);
        if (found.isPresent() && found.get().confidence() >= options.reviewThreshold()) {
          candidate.add(s, found.get());
          any = true;
        }
        if (!strategy.evidenceDependsOnKey()) {
          // Every shared block gives the same evidence: the blocker scores such a pair once too.
          break;
        }
      }
    }
    return any ? candidate : null;
  }

  private boolean acceptedProbeBlock(int s, String key) {
    return blockAccepted.get(s).computeIfAbsent(key, k -> acceptsProbeBlock(s, k));
  }

  private boolean acceptsProbeBlock(int s, String key) {
    TreeSet<RecordId> holders = held.get(s).get(key);
    TreeSet<RecordId> probes = probed.get(s).get(key);
    return holders != null && probes != null
        && strategies.get(s).acceptsBlock(view(holders, probes), key)
        && holders.size() + probes.size() <= options.maxCandidateBlockSize();
  }

  /**
   * A block's normalised forms, read only when a strategy looks: most accept any block unseen, and
   * an update asks about thousands of blocks.
   */
  private List<NormalizedRecord> view(TreeSet<RecordId> members, @Nullable TreeSet<RecordId> probes) {
    return new java.util.AbstractList<NormalizedRecord>() {
      private @Nullable List<NormalizedRecord> forms;

      @Override
      public NormalizedRecord get(int index) {
        List<NormalizedRecord> read = forms;
        if (read == null) {
          read = new ArrayList<>(size());
          for (RecordId member : members) {
            read.add(normalized.get(member));
          }
          if (probes != null) {
            for (RecordId probe : probes) {
              read.add(normalized.get(probe));
            }
          }
          forms = read;
        }
        return read.get(index);
      }

      @Override
      public int size() {
        return members.size() + (probes == null ? 0 : probes.size());
      }
    };
  }

  // ---- components ----

  /**
   * The seeds and every record of their contributors: the least a part can be, since a
   * contributor is only ever resolved whole. The part grows from there in {@link #recompute}.
   */
  private Set<RecordId> component(Set<RecordId> seeds) {
    Map<RecordId, List<RecordId>> joins = new HashMap<>();
    for (Pair pair : replay.joins.keySet()) {
      joins.computeIfAbsent(pair.first(), k -> new ArrayList<>()).add(pair.second());
      joins.computeIfAbsent(pair.second(), k -> new ArrayList<>()).add(pair.first());
    }
    Set<RecordId> part = new HashSet<>();
    Deque<RecordId> queue = new ArrayDeque<>();
    for (RecordId seed : seeds) {
      enqueue(seed, part, queue);
    }
    while (!queue.isEmpty()) {
      RecordId record = queue.poll();
      ContributorId old = assignments.get(record);
      if (old != null && contributors.containsKey(old)) {
        for (IdentityRecord member : contributors.get(old).records()) {
          enqueue(member.id(), part, queue);
        }
      }
      if (records.containsKey(record)) {
        for (RecordId next : joins.getOrDefault(record, List.of())) {
          enqueue(next, part, queue);
        }
      }
    }
    return part;
  }

  private static void enqueue(RecordId record, Set<RecordId> part, Deque<RecordId> queue) {
    if (part.add(record)) {
      queue.add(record);
    }
  }

  /**
   * Resolves the part again, growing it until no link leaving it could have joined anything.
   *
   * <p>A full resolution applies links one at a time in a fixed order. Outside the part nothing
   * changed, and no link of the last resolution crossed the part's edge (the part holds whole
   * contributors), so the records outside grow exactly as they did then, as long as every strong
   * link leaving the part is refused when its turn comes. Whether it is depends on both clusters
   * at that moment, which {@link #crossings} works out by replaying the links that built them; the
   * contributor at the far end of a link that might pass joins the part, and the part is
   * resolved again. The guards' verdicts are worked out as the engine would, so the part usually
   * stays far smaller than the records strong links connect, most of which are namesakes the
   * guards keep apart.
   */
  private Update recompute(Set<RecordId> part) {
    Set<ContributorId> before = new HashSet<>();
    for (RecordId record : part) {
      ContributorId old = assignments.get(record);
      if (old != null) {
        before.add(old);
      }
    }
    Resolution result;
    List<IdentityRecord> members;
    List<ReviewItem> refused = new ArrayList<>();
    while (true) {
      Map<RecordId, ContributorId> previous = new HashMap<>();
      members = new ArrayList<>();
      Map<Pair, Engine.Candidate> partCandidates = new HashMap<>();
      for (RecordId record : part) {
        ContributorId old = assignments.get(record);
        if (old != null) {
          previous.put(record, old);
        }
        IdentityRecord current = records.get(record);
        if (current == null) {
          continue;
        }
        members.add(current);
        for (Map.Entry<RecordId, Engine.Candidate> next : neighbours.getOrDefault(record, Map.of()).entrySet()) {
          RecordId other = next.getKey();
          // Each pair once, from its first record.
          if (record.compareTo(other) < 0 && next.getValue().confidence() >= options.autoMergeThreshold()
              && part.contains(other)) {
            partCandidates.put(new Pair(record, other), next.getValue());
          }
        }
      }
      result = Engine.forComponent(options, members, normalized, replay, previous,
          contributors.keySet(), partCandidates).run();
      refused.clear();
      Set<RecordId> joining = crossings(part, result, refused);
      if (joining.isEmpty()) {
        break;
      }
      for (RecordId record : joining) {
        ContributorId old = assignments.get(record);
        part.add(record);
        if (old != null) {
          before.add(old);
          for (IdentityRecord member : contributors.get(old).records()) {
            part.add(member.id());
          }
        }
      }
    }

    // Replace what the part held.
    for (RecordId record : part) {
      assignments.remove(record);
      anchors.remove(record);
      links.remove(record);
      Set<String> items = reviewOf.remove(record);
      if (items != null) {
        items.forEach(review::remove);
      }
    }
    for (ContributorId old : before) {
      contributors.remove(old);
    }
    Set<ContributorId> changed = absorb(result);
    List<ReviewItem> guarded = new ArrayList<>(result.reviewQueue());
    guarded.addAll(refused);
    reviewAround(part, guarded);
    Set<ContributorId> removed = new HashSet<>(before);
    removed.removeAll(changed);
    return new Update(Set.copyOf(changed), Set.copyOf(removed), members.size());
  }

  /**
   * Checks every strong link from the part's records to records outside it, as the engine would
   * meet it in a full resolution: the part's clusters as this {@code result} built them, the
   * others as the session's links built them, each as it stood at the link's turn. Returns the
   * far ends of links that might have joined their clusters; adds the review items of the links
   * the guards refuse to {@code refused}.
   */
  private Set<RecordId> crossings(Set<RecordId> part, Resolution result, List<ReviewItem> refused) {
    Map<RecordId, ContributorId> inside = result.assignments();
    List<Step> steps = new ArrayList<>();
    // The contributors at either end of those links: only their clusters need replaying.
    Set<ContributorId> within = new HashSet<>();
    Set<ContributorId> outside = new HashSet<>();
    for (RecordId record : inside.keySet()) {
      for (Map.Entry<RecordId, Engine.Candidate> next : neighbours.getOrDefault(record, Map.of()).entrySet()) {
        RecordId other = next.getKey();
        if (part.contains(other)) {
          continue;
        }
        Pair pair = Pair.of(record, other);
        Engine.Candidate candidate = next.getValue();
        // Weak links only ever make review items (see reviewAround); a never-link pair is skipped
        // by the engine whatever the clusters hold.
        if (candidate.confidence() < options.autoMergeThreshold() || replay.separations.containsKey(pair)) {
          continue;
        }
        if (normalized.get(record).isBot() != normalized.get(other).isBot()) {
          // A cluster keeps the bot flags of all its records, so this guard refuses the link at any
          // turn, and it is the first guard the engine asks.
          refused.add(reviewItem(pair, candidate, BOT_WITH_PERSON, inside));
          continue;
        }
        steps.add(new Step(pair, candidate.confidence(), candidate));
        within.add(inside.get(record));
        outside.add(assignments.get(other));
      }
    }
    if (steps.isEmpty()) {
      return Set.of();
    }
    List<IdentityRecord> replayed = new ArrayList<>();
    for (Contributor contributor : result.contributors()) {
      if (within.contains(contributor.id())) {
        replayed.addAll(contributor.records());
      }
    }
    for (Link link : result.links()) {
      if (!link.manual() && within.contains(inside.get(link.first()))) {
        steps.add(new Step(Pair.of(link.first(), link.second()), link.confidence(), null));
      }
    }
    for (ContributorId id : outside) {
      for (IdentityRecord record : contributors.get(id).records()) {
        replayed.add(record);
        for (Link link : links.getOrDefault(record.id(), List.of())) {
          if (!link.manual()) {
            steps.add(new Step(Pair.of(link.first(), link.second()), link.confidence(), null));
          }
        }
      }
    }
    Map<RecordId, Integer> local = new HashMap<>(replayed.size() * 2);
    IdentityRecord[] order = replayed.toArray(new IdentityRecord[0]);
    NormalizedRecord[] forms = new NormalizedRecord[order.length];
    for (int i = 0; i < order.length; i++) {
      local.put(order[i].id(), i);
      forms[i] = normalized.get(order[i].id());
    }
    // The engine's order: manual joins, then never-links, then links strongest first.
    Clusters clusters = new Clusters(order, forms);
    for (Pair join : replay.joins.keySet()) {
      Integer a = local.get(join.first());
      Integer b = local.get(join.second());
      if (a != null && b != null) {
        clusters.union(a, b);
      }
    }
    for (Pair separation : replay.separations.keySet()) {
      Integer a = local.get(separation.first());
      Integer b = local.get(separation.second());
      if (a != null && b != null && clusters.find(a) != clusters.find(b)) {
        clusters.separate(a, b);
      }
    }
    steps.sort(Step.ORDER);
    Set<RecordId> joining = new HashSet<>();
    for (Step step : steps) {
      int a = local.get(step.pair.first());
      int b = local.get(step.pair.second());
      if (step.crossing == null) {
        clusters.union(a, b);
        continue;
      }
      if (clusters.find(a) == clusters.find(b) || clusters.separated(a, b)) {
        continue;
      }
      String reason = clusters.conflict(a, b);
      if (reason == null && step.confidence < options.nameGuardBelow()) {
        // Which of the two name guards the engine asks depends on the link's strength; when both
        // refuse, the reason reads the same either way.
        String strict = clusters.nameConflict(a, b, false);
        if (strict != null && clusters.nameConflict(a, b, true) != null) {
          reason = strict;
        }
      }
      if (reason == null) {
        joining.add(part.contains(step.pair.first()) ? step.pair.second() : step.pair.first());
      } else {
        refused.add(reviewItem(step.pair, step.crossing, reason, inside));
      }
    }
    return joining;
  }

  private static final String BOT_WITH_PERSON = "would join a bot with a person";

  private ReviewItem reviewItem(Pair pair, Engine.Candidate candidate, String reason, Map<RecordId, ContributorId> inside) {
    ContributorId first = inside.getOrDefault(pair.first(), assignments.get(pair.first()));
    ContributorId second = inside.getOrDefault(pair.second(), assignments.get(pair.second()));
    return new ReviewItem(Engine.reviewId(pair.first(), pair.second()), pair.first(), pair.second(),
        first, second, candidate.evidence(), reason);
  }

  /** A link in a replay: one that built a cluster, or one leaving the part to be checked. */
  private static final class Step {
    /** The engine's order: strongest first, then by records. */
    static final Comparator<Step> ORDER = (x, y) -> {
      int byConfidence = Double.compare(y.confidence, x.confidence);
      if (byConfidence != 0) {
        return byConfidence;
      }
      int byFirst = x.pair.first().compareTo(y.pair.first());
      return byFirst != 0 ? byFirst : x.pair.second().compareTo(y.pair.second());
    };

    final Pair pair;
    final double confidence;
    final Engine.@Nullable Candidate crossing;

    Step(Pair pair, double confidence, Engine.@Nullable Candidate crossing) {
      this.pair = pair;
      this.confidence = confidence;
      this.crossing = crossing;
    }
  }

  /** Takes in the contributors and links of a resolution; returns the contributors' ids. */
  private Set<ContributorId> absorb(Resolution result) {
    Set<ContributorId> ids = new HashSet<>();
    for (Contributor contributor : result.contributors()) {
      contributors.put(contributor.id(), contributor);
      ids.add(contributor.id());
      RecordId anchor = result.anchor(contributor.id());
      for (IdentityRecord record : contributor.records()) {
        assignments.put(record.id(), contributor.id());
        anchors.put(record.id(), anchor);
      }
    }
    for (Link link : result.links()) {
      links.computeIfAbsent(link.first(), k -> new ArrayList<>()).add(link);
    }
    return ids;
  }

  private void addReview(ReviewItem item) {
    review.put(item.id(), item);
    reviewOf.computeIfAbsent(item.first(), k -> new HashSet<>()).add(item.id());
    reviewOf.computeIfAbsent(item.second(), k -> new HashSet<>()).add(item.id());
  }

  /**
   * Works out the review items of every pair of contributors the part touches, as a full
   * resolution would: the guarded links the engine found inside the part, and the links below the
   * auto-merge threshold from the part's records to anyone, strongest first, one per pair of
   * contributors.
   */
  private void reviewAround(Set<RecordId> part, List<ReviewItem> guarded) {
    // Items touching the part's records were dropped with the part; items between this part's
    // contributors and others may be keyed by the others' records, so drop those too.
    Set<ContributorId> partContributors = new HashSet<>();
    for (RecordId record : part) {
      ContributorId id = assignments.get(record);
      if (id != null) {
        partContributors.add(id);
      }
    }
    List<ReviewItem> stale = new ArrayList<>();
    for (RecordId record : part) {
      for (RecordId other : neighbours.getOrDefault(record, Map.of()).keySet()) {
        for (String id : reviewOf.getOrDefault(other, Set.of())) {
          ReviewItem item = review.get(id);
          if (item != null && (part.contains(item.first()) || part.contains(item.second())
              || partContributors.contains(item.firstContributor()) || partContributors.contains(item.secondContributor()))) {
            stale.add(item);
          }
        }
      }
    }
    stale.forEach(this::dropReview);

    List<Pending> pending = new ArrayList<>();
    for (ReviewItem item : guarded) {
      pending.add(new Pending(item.first(), item.second(), item.confidence(), item.evidence(), item));
    }
    for (RecordId record : part) {
      for (Map.Entry<RecordId, Engine.Candidate> next : neighbours.getOrDefault(record, Map.of()).entrySet()) {
        RecordId other = next.getKey();
        Engine.Candidate candidate = next.getValue();
        // Each pair once: from its first record when both are in the part.
        if (candidate.confidence() < options.autoMergeThreshold() && (record.compareTo(other) < 0 || !part.contains(other))) {
          Pair pair = Pair.of(record, other);
          pending.add(new Pending(pair.first(), pair.second(), candidate.confidence(), candidate.evidence(), null));
        }
      }
    }
    // The engine's order: strongest first, then by record order.
    pending.sort(Comparator.comparingDouble((Pending p) -> p.confidence).reversed()
        .thenComparing((Pending p) -> p.first).thenComparing((Pending p) -> p.second));
    Set<Set<ContributorId>> seen = new HashSet<>();
    for (Pending item : pending) {
      ContributorId a = assignments.get(item.first);
      ContributorId b = assignments.get(item.second);
      if (a.equals(b) || separated(a, b) || !seen.add(Set.of(a, b))) {
        continue;
      }
      // Made only for the items kept: most weak links lose to a stronger one between the same two.
      String reason = item.guarded != null ? item.guarded.reason() : Engine.belowThreshold(item.confidence, options);
      addReview(new ReviewItem(Engine.reviewId(item.first, item.second), item.first, item.second, a, b, item.evidence,
          reason));
    }
  }

  /** A link that may make a review item. */
  private static final class Pending {
    final RecordId first;
    final RecordId second;
    final double confidence;
    final List<Evidence> evidence;
    /** The item a guard made, or null for a link below the auto-merge threshold. */
    final @Nullable ReviewItem guarded;

    Pending(RecordId first, RecordId second, double confidence, List<Evidence> evidence, @Nullable ReviewItem guarded) {
      this.first = first;
      this.second = second;
      this.confidence = confidence;
      this.evidence = evidence;
      this.guarded = guarded;
    }
  }

  private void dropReview(ReviewItem item) {
    if (review.remove(item.id()) != null) {
      Set<String> first = reviewOf.get(item.first());
      if (first != null) {
        first.remove(item.id());
      }
      Set<String> second = reviewOf.get(item.second());
      if (second != null) {
        second.remove(item.id());
      }
    }
  }

  /** Whether a never-link decision keeps two contributors apart. */
  private boolean separated(ContributorId a, ContributorId b) {
    for (Pair pair : replay.separations.keySet()) {
      ContributorId x = assignments.get(pair.first());
      ContributorId y = assignments.get(pair.second());
      if (x != null && y != null && ((x.equals(a) && y.equals(b)) || (x.equals(b) && y.equals(a)))) {
        return true;
      }
    }
    return false;
  }

  // ---- warnings, worked out for the whole ----

  private List<ResolutionWarning> warnings() {
    List<ResolutionWarning> warnings = new ArrayList<>();
    Set<RecordId> reported = new HashSet<>();
    for (RecordId id : replay.namedRecords()) {
      if (!records.containsKey(id) && reported.add(id)) {
        warnings.add(Warnings.unknownRecord(id));
      }
    }
    for (int s = 0; s < strategies.size(); s++) {
      CorrelationStrategy strategy = strategies.get(s);
      if (strategy.blocking() == CorrelationStrategy.Blocking.EXACT) {
        continue;
      }
      int skipped = 0;
      int largest = 0;
      String largestKey = "";
      Map<String, TreeSet<RecordId>> blocks = strategy.blocking() == CorrelationStrategy.Blocking.PROBE
          ? probed.get(s) : held.get(s);
      for (Map.Entry<String, TreeSet<RecordId>> entry : blocks.entrySet()) {
        TreeSet<RecordId> holders = held.get(s).get(entry.getKey());
        TreeSet<RecordId> probes = strategy.blocking() == CorrelationStrategy.Blocking.PROBE ? entry.getValue() : null;
        if (holders == null || (probes == null && holders.size() < 2)) {
          continue;
        }
        int size = holders.size() + (probes == null ? 0 : probes.size());
        if (!strategy.acceptsBlock(view(holders, probes), entry.getKey()) || size <= options.maxCandidateBlockSize()) {
          continue;
        }
        skipped++;
        if (size > largest || (size == largest && entry.getKey().compareTo(largestKey) < 0)) {
          largest = size;
          largestKey = entry.getKey();
        }
      }
      if (skipped > 0) {
        warnings.add(Warnings.largeBlocks(strategy.name(), skipped, options.maxCandidateBlockSize(), largest, largestKey));
      }
    }
    for (Map.Entry<Pair, Decision> separation : replay.separations.entrySet()) {
      RecordId a = separation.getKey().first();
      RecordId b = separation.getKey().second();
      ContributorId ca = assignments.get(a);
      if (ca != null && ca.equals(assignments.get(b))) {
        warnings.add(Warnings.decisionConflict(separation.getValue(), a, b));
      }
    }
    for (Contributor contributor : contributors.values()) {
      if (contributor.records().size() > options.clusterSizeBound()) {
        warnings.add(Warnings.largeCluster(contributor.id(), contributor.records().size(), options.clusterSizeBound()));
      }
    }
    warnings.sort(Comparator.comparing(ResolutionWarning::kind).thenComparing(ResolutionWarning::message));
    return warnings;
  }
}
