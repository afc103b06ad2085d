package io.github.devidentity.resolve;

import io.github.devidentity.match.CorrelationStrategy;
import io.github.devidentity.match.Evidence;
import io.github.devidentity.normalize.NormalizedRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Groups records by each strategy's blocking keys and scores the pairs inside each block, on all
 * cores. The result does not depend on how the work was split: members keep record order, and
 * evidence for a pair is merged the same way whatever order it arrives in.
 */
final class Blocker {
  /** Records per unit of parallel work: small enough to balance, large enough to amortise. */
  private static final int CHUNK = 8192;

  private final ResolverOptions options;
  private final NormalizedRecord[] normalized;
  private final boolean[] detached;
  private final List<ResolutionWarning> warnings;
  /** The current strategy's silent classes per record, or null when it has none. */
  private String @org.jspecify.annotations.Nullable [] silent;
  /** Their hash codes, compared first: an int array stays in cache, strings do not. */
  private int @org.jspecify.annotations.Nullable [] silentHash;
  /** The current strategy's profile numbers per record, or null when it has none. */
  private int @org.jspecify.annotations.Nullable [] profile;

  Blocker(ResolverOptions options, NormalizedRecord[] normalized, boolean[] detached, List<ResolutionWarning> warnings) {
    this.options = options;
    this.normalized = normalized;
    this.detached = detached;
    this.warnings = warnings;
  }

  /** Every scored pair, strongest first, in a deterministic order. */
  CandidateTable.Ordered candidates() {
    List<CorrelationStrategy> strategies = options.strategies().strategies();
    List<CandidateTable> candidates = new ArrayList<>(CandidateTable.PARTITIONS);
    for (int p = 0; p < CandidateTable.PARTITIONS; p++) {
      candidates.add(new CandidateTable());
    }
    for (int s = 0; s < strategies.size(); s++) {
      CorrelationStrategy strategy = strategies.get(s);
      options.progress().onProgress("block " + strategy.name(), s, strategies.size());
      List<Block> blocks = blocks(strategy);
      silentClasses(strategy);
      profiles(strategy);
      List<List<CandidateTable>> found = score(strategy, s, blocks);
      IntStream.range(0, CandidateTable.PARTITIONS).parallel().forEach(p -> {
        for (List<CandidateTable> part : found) {
          candidates.get(p).addAll(part.get(p));
        }
      });
      options.progress().onProgress("block " + strategy.name(), s + 1, strategies.size());
    }
    return CandidateTable.ordered(candidates, normalized.length);
  }

  /**
   * Numbers the strategy's {@linkplain CorrelationStrategy#profile profiles}, when it has any: equal
   * profiles, equal numbers; -1 for a record without one. Numbered per hash partition on all
   * cores.
   */
  private void profiles(CorrelationStrategy strategy) {
    int n = normalized.length;
    String[] values = new String[n];
    IntStream.range(0, n).parallel().forEach(i -> values[i] = strategy.profile(normalized[i]));
    int[] partition = new int[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      partition[i] = values[i] == null ? -1 : profilePartition(values[i]);
      any |= values[i] != null;
    }
    if (!any) {
      profile = null;
      return;
    }
    int[] ids = new int[n];
    int[] counts = new int[PROFILE_PARTITIONS];
    IntStream.range(0, PROFILE_PARTITIONS).parallel().forEach(p -> {
      Map<String, Integer> numbers = new HashMap<>();
      for (int i = 0; i < n; i++) {
        if (partition[i] == p) {
          ids[i] = numbers.computeIfAbsent(values[i], k -> numbers.size());
        }
      }
      counts[p] = numbers.size();
    });
    int[] offsets = new int[PROFILE_PARTITIONS];
    for (int p = 1; p < PROFILE_PARTITIONS; p++) {
      offsets[p] = offsets[p - 1] + counts[p - 1];
    }
    IntStream.range(0, n).parallel().forEach(i -> ids[i] = partition[i] < 0 ? -1 : ids[i] + offsets[partition[i]]);
    profile = ids;
  }

  /** Profiles are numbered in this many parts, by hash, each on its own core: a power of two. */
  private static final int PROFILE_PARTITIONS = 16;

  private static int profilePartition(String profile) {
    int h = profile.hashCode();
    return ((h ^ (h >>> 16)) * 0x9E3779B1 >>> 28) & (PROFILE_PARTITIONS - 1);
  }

  /** Works out the strategy's silent classes, when it has any. */
  private void silentClasses(CorrelationStrategy strategy) {
    String[] classes = new String[normalized.length];
    boolean any = false;
    IntStream.range(0, normalized.length).parallel().forEach(i -> classes[i] = strategy.silentClass(normalized[i]));
    int[] hashes = new int[normalized.length];
    for (int i = 0; i < classes.length; i++) {
      if (classes[i] != null) {
        hashes[i] = classes[i].hashCode();
        any = true;
      }
    }
    silent = any ? classes : null;
    silentHash = any ? hashes : null;
  }

  /** Whether the current strategy gives no evidence between two records of one silent class. */
  private boolean silentPair(int x, int y) {
    String[] classes = silent;
    int[] hashes = silentHash;
    return classes != null && hashes != null && hashes[x] == hashes[y] && classes[x] != null
        && classes[x].equals(classes[y]);
  }

  /**
   * One block: the records holding a key, and for {@code PROBE} strategies the records probing it.
   */
  private static final class Block {
    /** Where the key came among the keys its {@link #leader} gave. */
    final int ordinal;
    /** Half the key's hash, to check that the leader gives the same key again. */
    final long hash;
    /** The key's text, once {@link #nameBlocks} has asked for it. */
    @org.jspecify.annotations.Nullable String key;
    final IntList members;
    final @org.jspecify.annotations.Nullable IntList probes;

    Block(int ordinal, long hash, IntList members, @org.jspecify.annotations.Nullable IntList probes) {
      this.ordinal = ordinal;
      this.hash = hash;
      this.members = members;
      this.probes = probes;
    }

    /** The record whose keys name the block: its first probe, else its first member. */
    int leader() {
      return probes != null ? probes.get(0) : members.get(0);
    }

    int size() {
      return members.size() + (probes == null ? 0 : probes.size());
    }
  }

  /**
   * The strategy's blocks worth scoring: keys two records hold, or for {@code PROBE} strategies
   * keys that a record probes and another holds (only keys someone probes are collected: "john"
   * is held by every John, probed by the odd laptop login). Each block's key text is asked for
   * again from its first record.
   */
  private List<Block> blocks(CorrelationStrategy strategy) {
    boolean probe = strategy.blocking() == CorrelationStrategy.Blocking.PROBE;
    KeyIndex probed = probe ? KeyIndex.of(normalized, detached, strategy::probeKeys, null) : null;
    KeyIndex held = KeyIndex.of(normalized, detached, strategy::blockingKeys, probed);
    List<Block> blocks = new ArrayList<>();
    if (probed != null) {
      probed.forEachKey(k -> {
        IntList probes = probed.members(k);
        int holder = held.find(probed, k);
        if (holder >= 0) {
          blocks.add(new Block(probed.ordinal(k), probed.hash(k), held.members(holder), probes));
        }
      });
    } else {
      held.forEachKey(k -> {
        IntList members = held.members(k);
        if (members.size() >= 2) {
          blocks.add(new Block(held.ordinal(k), held.hash(k), members, null));
        }
      });
    }
    // A block is named by its leader: the first probe, through the keys it probes, else the first holder.
    nameBlocks(strategy.name(), blocks, probed != null ? strategy::probeKeys : strategy::blockingKeys);
    return blocks;
  }

  /**
   * Gives each block its key's text: each record that leads a block (its first probe, or its first
   * member) gives its keys again, and the keys at the blocks' places are taken.
   */
  private void nameBlocks(String strategy, List<Block> blocks,
      java.util.function.BiConsumer<NormalizedRecord, java.util.function.Consumer<String>> leaderKeys) {
    int n = normalized.length;
    // Blocks by leading record, as lists in two arrays: a count sort.
    int[] start = new int[n + 1];
    for (Block block : blocks) {
      start[block.leader() + 1]++;
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    int[] led = new int[blocks.size()];
    int[] fill = java.util.Arrays.copyOf(start, n);
    for (int b = 0; b < blocks.size(); b++) {
      led[fill[blocks.get(b).leader()]++] = b;
    }
    IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().forEach(c -> {
      for (int i = c * CHUNK; i < Math.min(n, (c + 1) * CHUNK); i++) {
        if (start[i] == start[i + 1]) {
          continue;
        }
        int from = start[i];
        int to = start[i + 1];
        int[] given = new int[1];
        java.util.function.Consumer<String> sink = key -> {
          int ordinal = given[0]++;
          for (int at = from; at < to; at++) {
            Block block = blocks.get(led[at]);
            if (block.ordinal == ordinal && KeyIndex.hash(key) == block.hash) {
              block.key = key;
            }
          }
        };
        leaderKeys.accept(normalized[i], sink);
      }
    });
    for (Block block : blocks) {
      if (block.key == null) {
        throw new IllegalStateException("strategy " + strategy + " gave record "
            + normalized[block.leader()].record().id() + " different keys when asked twice; keys must be deterministic");
      }
    }
  }

  /** Each part of the work's candidates, split into {@link CandidateTable#PARTITIONS} partitions by pair. */
  private List<List<CandidateTable>> score(CorrelationStrategy strategy, int rank, List<Block> blocks) {
    boolean exact = strategy.blocking() == CorrelationStrategy.Blocking.EXACT;
    int[] skipped = new int[1];
    String[] largestKey = {""};
    int[] largest = new int[1];
    List<Block> compared = new ArrayList<>(blocks.size());
    for (Block block : blocks) {
      if (exact) {
        compared.add(block);
      } else if (!strategy.acceptsBlock(view(block), block.key)) {
        continue;
      } else if (block.size() > options.maxCandidateBlockSize()) {
        skipped[0]++;
        if (block.size() > largest[0] || (block.size() == largest[0] && block.key.compareTo(largestKey[0]) < 0)) {
          largest[0] = block.size();
          largestKey[0] = block.key;
        }
      } else {
        compared.add(block);
      }
    }
    if (skipped[0] > 0) {
      // One warning per strategy: at scale, common names make many such blocks.
      warnings.add(Warnings.largeBlocks(strategy.name(), skipped[0], options.maxCandidateBlockSize(), largest[0], largestKey[0]));
    }
    int parts = Math.max(1, Math.min(compared.size() / 256, 4 * Runtime.getRuntime().availableProcessors()));
    return IntStream.range(0, parts).parallel()
        .mapToObj(p -> {
          Scorer scorer = new Scorer(strategy, rank);
          for (int b = p; b < compared.size(); b += parts) {
            Block block = compared.get(b);
            scorer.startBlock(block);
            if (exact) {
              scorer.againstAnchor(block.key, block.members);
            } else if (block.probes != null) {
              scorer.probes(block.key, block.probes, block.members);
            } else {
              scorer.allPairs(block.key, block.members);
            }
          }
          return scorer.found;
        })
        .collect(Collectors.toList());
  }

  /** The block's records as the strategy sees them, holders first, then probes; no copy is made. */
  private List<NormalizedRecord> view(Block block) {
    int holders = block.members.size();
    return new java.util.AbstractList<>() {
      @Override
      public NormalizedRecord get(int i) {
        java.util.Objects.checkIndex(i, size());
        return normalized[i < holders ? block.members.get(i) : block.probes.get(i - holders)];
      }

      @Override
      public int size() {
        return block.size();
      }
    };
  }

  /** Blocks with at least this many records keep a memo of scored profile pairs. */
  private static final int MEMO_BLOCK = 8;
  /** Marks a pair of profiles the strategy found no evidence for. */
  private static final Object NO_EVIDENCE = new Object();

  /** One worker's scoring of one strategy's blocks, into its own tables. */
  private final class Scorer {
    final CorrelationStrategy strategy;
    final int rank;
    final List<CandidateTable> found = new ArrayList<>(CandidateTable.PARTITIONS);
    /** Pairs scored already, when a pair's evidence is the same in every block. */
    final @org.jspecify.annotations.Nullable LongSet scored;
    /** Evidence by pair of profiles: across blocks when it ignores keys, else for the current block. */
    @org.jspecify.annotations.Nullable LongMap memo;

    Scorer(CorrelationStrategy strategy, int rank) {
      this.strategy = strategy;
      this.rank = rank;
      for (int q = 0; q < CandidateTable.PARTITIONS; q++) {
        found.add(new CandidateTable());
      }
      scored = strategy.evidenceDependsOnKey() ? null : new LongSet();
      memo = profile != null && !strategy.evidenceDependsOnKey() ? new LongMap() : null;
    }

    void startBlock(Block block) {
      if (profile != null && strategy.evidenceDependsOnKey()) {
        memo = block.size() >= MEMO_BLOCK ? new LongMap() : null;
      }
    }

    void probes(String key, IntList probes, IntList holders) {
      if (profile != null && probes.size() + holders.size() >= MEMO_BLOCK) {
        long[] byProbe = byProfile(probes);
        long[] byHolder = byProfile(holders);
        if (byProbe != null && byHolder != null) {
          for (int i = 0; i < byProbe.length; i = next(byProbe, i)) {
            for (int j = 0; j < byHolder.length; j = next(byHolder, j)) {
              acrossGroups(key, byProbe, i, byHolder, j);
            }
          }
          return;
        }
      }
      for (int p = 0; p < probes.size(); p++) {
        for (int h = 0; h < holders.size(); h++) {
          if (probes.get(p) != holders.get(h)) {
            once(key, probes.get(p), holders.get(h));
          }
        }
      }
    }

    void againstAnchor(String key, IntList members) {
      // A person anchors the block when there is one, so a bot sharing the key cannot keep the
      // people in it apart.
      int anchor = members.get(0);
      for (int j = 0; j < members.size(); j++) {
        if (!normalized[members.get(j)].isBot()) {
          anchor = members.get(j);
          break;
        }
      }
      for (int j = 0; j < members.size(); j++) {
        int other = members.get(j);
        if (other != anchor && !silentPair(anchor, other)) {
          score(key, anchor, other);
        }
      }
    }

    void allPairs(String key, IntList members) {
      if (profile != null && members.size() >= MEMO_BLOCK) {
        long[] groups = byProfile(members);
        if (groups != null) {
          for (int i = 0; i < groups.length; i = next(groups, i)) {
            withinGroup(key, groups, i);
            for (int j = next(groups, i); j < groups.length; j = next(groups, j)) {
              acrossGroups(key, groups, i, groups, j);
            }
          }
          return;
        }
      }
      for (int a = 0; a < members.size(); a++) {
        for (int b = a + 1; b < members.size(); b++) {
          once(key, members.get(a), members.get(b));
        }
      }
    }

    /**
     * The records as {@code profile << 32 | record}, sorted: runs of one profile, each in record
     * order; null when a record has no profile.
     */
    private long @org.jspecify.annotations.Nullable [] byProfile(IntList records) {
      int[] profiles = java.util.Objects.requireNonNull(profile);
      long[] codes = new long[records.size()];
      for (int i = 0; i < codes.length; i++) {
        int record = records.get(i);
        if (profiles[record] < 0) {
          return null;
        }
        codes[i] = (long) profiles[record] << 32 | record;
      }
      java.util.Arrays.sort(codes);
      return codes;
    }

    /** Where the run of one profile that starts at {@code from} ends. */
    private int next(long[] groups, int from) {
      int to = from + 1;
      while (to < groups.length && groups[to] >>> 32 == groups[from] >>> 32) {
        to++;
      }
      return to;
    }

    /**
     * Pairs of records within one run of a profile: one piece of evidence for all of them, or
     * none, so a run with no evidence costs one score whatever its size.
     */
    private void withinGroup(String key, long[] groups, int from) {
      int to = next(groups, from);
      if (to - from < 2) {
        return;
      }
      int first = (int) groups[from];
      int second = (int) groups[from + 1];
      if (silentPair(first, second)) {
        return;
      }
      Evidence evidence = strong(evidence(key, first, second));
      if (evidence == null) {
        return;
      }
      for (int a = from; a < to; a++) {
        for (int b = a + 1; b < to; b++) {
          keep((int) groups[a], (int) groups[b], evidence);
        }
      }
    }

    /**
     * Pairs of a record of one run with a record of another: the evidence of the two profiles,
     * each way round (a pair is scored with its lower record first), is worked out once, and the
     * pairs are visited only when there is some.
     */
    private void acrossGroups(String key, long[] left, int leftFrom, long[] right, int rightFrom) {
      int leftTo = next(left, leftFrom);
      int rightTo = next(right, rightFrom);
      int x = (int) left[leftFrom];
      int y = (int) right[rightFrom];
      if (silentPair(x, y)) {
        return;
      }
      // Runs are in record order: the lowest record of each run is its first, the highest its last.
      Evidence leftFirst = x < (int) right[rightTo - 1] ? strong(evidence(key, x, y)) : null;
      Evidence rightFirst = y < (int) left[leftTo - 1] ? strong(evidence(key, y, x)) : null;
      if (leftFirst == null && rightFirst == null) {
        return;
      }
      for (int a = leftFrom; a < leftTo; a++) {
        for (int b = rightFrom; b < rightTo; b++) {
          int l = (int) left[a];
          int r = (int) right[b];
          Evidence evidence = l < r ? leftFirst : rightFirst;
          if (l != r && evidence != null) {
            keep(Math.min(l, r), Math.max(l, r), evidence);
          }
        }
      }
    }

    /** The evidence when it reaches the review threshold, else null: weaker evidence is not kept. */
    private @org.jspecify.annotations.Nullable Evidence strong(@org.jspecify.annotations.Nullable Evidence evidence) {
      return evidence != null && evidence.confidence() >= options.reviewThreshold() ? evidence : null;
    }

    /** Keeps strong evidence for records {@code a < b} in the table of their partition. */
    private void keep(int a, int b, Evidence evidence) {
      found.get(CandidateTable.partition(a, b)).add(a, b, rank, evidence);
    }

    /** Scores a pair unless the strategy's evidence ignores keys and the pair was scored already. */
    private void once(String key, int x, int y) {
      if (silentPair(x, y)) {
        return;
      }
      LongSet seen = scored;
      if (seen == null || seen.add(Engine.pairKey(Math.min(x, y), Math.max(x, y)))) {
        score(key, x, y);
      }
    }

    private void score(String key, int x, int y) {
      int a = Math.min(x, y);
      int b = Math.max(x, y);
      Evidence evidence = strong(evidence(key, a, b));
      if (evidence != null) {
        keep(a, b, evidence);
      }
    }

    /**
     * The strategy's evidence for records {@code a} and {@code b}, in that order, from the memo
     * when their profiles were scored.
     */
    private @org.jspecify.annotations.Nullable Evidence evidence(String key, int a, int b) {
      LongMap known = memo;
      int[] profiles = profile;
      if (known == null || profiles == null || profiles[a] < 0 || profiles[b] < 0) {
        return strategy.score(normalized[a], normalized[b], key).orElse(null);
      }
      // Ordered, not sorted: evidence may name the two sides in order.
      long pair = ((long) profiles[a] << 32 | profiles[b]) + 1;
      Object remembered = known.get(pair);
      if (remembered == null) {
        remembered = strategy.score(normalized[a], normalized[b], key).map(e -> (Object) e).orElse(NO_EVIDENCE);
        known.put(pair, remembered);
      }
      return remembered == NO_EVIDENCE ? null : (Evidence) remembered;
    }
  }
}
