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

  Blocker(ResolverOptions options, NormalizedRecord[] normalized, boolean[] detached, List<ResolutionWarning> warnings) {
    this.options = options;
    this.normalized = normalized;
    this.detached = detached;
    this.warnings = warnings;
  }

  /** Every scored pair, strongest first, in a deterministic order. */
  List<Engine.Candidate> candidates() {
    List<CorrelationStrategy> strategies = options.strategies().strategies();
    List<Map<Long, Engine.Candidate>> candidates = new ArrayList<>(Keys.PARTITIONS);
    for (int p = 0; p < Keys.PARTITIONS; p++) {
      candidates.add(new HashMap<>());
    }
    for (int s = 0; s < strategies.size(); s++) {
      CorrelationStrategy strategy = strategies.get(s);
      options.progress().onProgress("block " + strategy.name(), s, strategies.size());
      boolean probe = strategy.blocking() == CorrelationStrategy.Blocking.PROBE;
      List<Block> blocks = new ArrayList<>();
      if (probe) {
        // Probes first: only keys someone looks up need their holders collected ("john" is held
        // by every John, probed by the odd laptop login).
        Keys probed = keysOf(strategy, true, null);
        Keys held = keysOf(strategy, false, probed);
        for (Map<String, IntList> partition : probed.partitions) {
          for (Map.Entry<String, IntList> entry : partition.entrySet()) {
            IntList holders = held.get(entry.getKey());
            if (holders != null) {
              blocks.add(new Block(entry.getKey(), holders, entry.getValue()));
            }
          }
        }
      } else {
        for (Map<String, IntList> partition : keysOf(strategy, false, null).partitions) {
          for (Map.Entry<String, IntList> entry : partition.entrySet()) {
            if (entry.getValue().size() >= 2) {
              blocks.add(new Block(entry.getKey(), entry.getValue(), null));
            }
          }
        }
      }
      silentClasses(strategy);
      List<List<Map<Long, Engine.Candidate>>> found = score(strategy, s, blocks);
      IntStream.range(0, Keys.PARTITIONS).parallel().forEach(p -> {
        for (List<Map<Long, Engine.Candidate>> part : found) {
          merge(candidates.get(p), part.get(p));
        }
      });
      options.progress().onProgress("block " + strategy.name(), s + 1, strategies.size());
    }
    int total = 0;
    for (Map<Long, Engine.Candidate> partition : candidates) {
      total += partition.size();
    }
    Engine.Candidate[] ordered = new Engine.Candidate[total];
    int at = 0;
    for (Map<Long, Engine.Candidate> partition : candidates) {
      for (Engine.Candidate candidate : partition.values()) {
        ordered[at++] = candidate;
      }
    }
    // The order is total (no two candidates share a pair), so sorting in parallel is deterministic.
    java.util.Arrays.parallelSort(ordered, Engine.Candidate.ORDER);
    return java.util.Arrays.asList(ordered);
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
    final String key;
    final IntList members;
    final @org.jspecify.annotations.Nullable IntList probes;

    Block(String key, IntList members, @org.jspecify.annotations.Nullable IntList probes) {
      this.key = key;
      this.members = members;
      this.probes = probes;
    }

    int size() {
      return members.size() + (probes == null ? 0 : probes.size());
    }
  }

  /**
   * Each key's records, in record order: the keys held, or with {@code probe} the keys probed;
   * only the keys {@code only} holds, when given.
   */
  private Keys keysOf(CorrelationStrategy strategy, boolean probe, @org.jspecify.annotations.Nullable Keys only) {
    int chunks = (normalized.length + CHUNK - 1) / CHUNK;
    double keysPerRecord = only == null ? keysPerRecord(strategy, probe) : 0;
    List<List<Map<String, IntList>>> parts = IntStream.range(0, chunks).parallel()
        .mapToObj(c -> keys(strategy, probe, only, keysPerRecord, c * CHUNK, Math.min(normalized.length, (c + 1) * CHUNK)))
        .collect(Collectors.toList());
    // Each partition is merged on its own, so merging runs on all cores too.
    List<Map<String, IntList>> merged = IntStream.range(0, Keys.PARTITIONS).parallel()
        .mapToObj(p -> {
          int total = 0;
          for (List<Map<String, IntList>> part : parts) {
            total += part.get(p).size();
          }
          // Sized once: growing a map of millions of keys step by step costs more than filling it.
          Map<String, IntList> all = new HashMap<>(Math.max(16, (int) (total / 0.75f) + 1));
          for (List<Map<String, IntList>> part : parts) {
            // Later chunks hold later records, so appending keeps every block in record order.
            for (Map.Entry<String, IntList> entry : part.get(p).entrySet()) {
              IntList existing = all.putIfAbsent(entry.getKey(), entry.getValue());
              if (existing != null) {
                existing.addAll(entry.getValue());
              }
            }
          }
          return all;
        })
        .collect(Collectors.toList());
    return new Keys(merged);
  }

  /**
   * About how many keys a record gives, from a sample, to size the key maps once: strategies range
   * from one key per record to dozens.
   */
  private double keysPerRecord(CorrelationStrategy strategy, boolean probe) {
    int step = Math.max(1, normalized.length / 256);
    int[] count = new int[1];
    int sampled = 0;
    for (int i = 0; i < normalized.length; i += step) {
      if (probe) {
        strategy.probeKeys(normalized[i], key -> count[0]++);
      } else {
        strategy.blockingKeys(normalized[i], key -> count[0]++);
      }
      sampled++;
    }
    return sampled == 0 ? 0 : (double) count[0] / sampled;
  }

  private List<Map<String, IntList>> keys(CorrelationStrategy strategy, boolean probe,
      @org.jspecify.annotations.Nullable Keys only, double keysPerRecord, int from, int to) {
    List<Map<String, IntList>> blocks = new ArrayList<>(Keys.PARTITIONS);
    int expected = Math.max(16, (int) (keysPerRecord * 1.2 * (to - from) / Keys.PARTITIONS / 0.75));
    for (int p = 0; p < Keys.PARTITIONS; p++) {
      blocks.add(new HashMap<>(expected));
    }
    for (int i = from; i < to; i++) {
      if (detached[i]) {
        continue;
      }
      int member = i;
      java.util.function.Consumer<String> sink = key -> {
        int partition = Keys.partition(key);
        if (only == null || only.contains(key, partition)) {
          blocks.get(partition).computeIfAbsent(key, k -> new IntList()).addOnce(member);
        }
      };
      if (probe) {
        strategy.probeKeys(normalized[i], sink);
      } else {
        strategy.blockingKeys(normalized[i], sink);
      }
    }
    return blocks;
  }

  /** Keys and their records, split into partitions by hash so that each can be built on its own core. */
  private static final class Keys {
    /** A power of two. */
    static final int PARTITIONS = 16;

    final List<Map<String, IntList>> partitions;

    Keys(List<Map<String, IntList>> partitions) {
      this.partitions = partitions;
    }

    static int partition(String key) {
      int h = key.hashCode();
      return ((h ^ (h >>> 16)) * 0x9E3779B1 >>> 28) & (PARTITIONS - 1);
    }

    /** A pair's partition: the top bits of its key, which {@link Engine#pairKey} spreads well. */
    static int partition(long pair) {
      return (int) (pair >>> (Long.SIZE - Integer.numberOfTrailingZeros(PARTITIONS)));
    }

    boolean contains(String key, int partition) {
      return partitions.get(partition).containsKey(key);
    }

    @org.jspecify.annotations.Nullable IntList get(String key) {
      return partitions.get(partition(key)).get(key);
    }
  }

  /** Each part of the work's candidates, split into {@link Keys#PARTITIONS} partitions by pair. */
  private List<List<Map<Long, Engine.Candidate>>> score(CorrelationStrategy strategy, int rank, List<Block> blocks) {
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
          List<Map<Long, Engine.Candidate>> found = new ArrayList<>(Keys.PARTITIONS);
          for (int q = 0; q < Keys.PARTITIONS; q++) {
            found.add(new HashMap<>());
          }
          LongSet scored = strategy.evidenceDependsOnKey() ? null : new LongSet();
          for (int b = p; b < compared.size(); b += parts) {
            Block block = compared.get(b);
            if (exact) {
              scoreAgainstAnchor(strategy, rank, block.key, block.members, found);
            } else if (block.probes != null) {
              scoreProbes(strategy, rank, block.key, block.probes, block.members, found, scored);
            } else {
              scoreAllPairs(strategy, rank, block.key, block.members, found, scored);
            }
          }
          return found;
        })
        .collect(Collectors.toList());
  }

  private static void merge(Map<Long, Engine.Candidate> into, Map<Long, Engine.Candidate> from) {
    for (Map.Entry<Long, Engine.Candidate> entry : from.entrySet()) {
      Engine.Candidate existing = into.putIfAbsent(entry.getKey(), entry.getValue());
      if (existing != null) {
        existing.addAll(entry.getValue());
      }
    }
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

  private void scoreProbes(CorrelationStrategy strategy, int rank, String key, IntList probes, IntList holders,
      List<Map<Long, Engine.Candidate>> found, @org.jspecify.annotations.Nullable LongSet scored) {
    for (int p = 0; p < probes.size(); p++) {
      for (int h = 0; h < holders.size(); h++) {
        if (probes.get(p) != holders.get(h)) {
          scoreOnce(strategy, rank, key, probes.get(p), holders.get(h), found, scored);
        }
      }
    }
  }

  /** Scores a pair unless the strategy's evidence ignores keys and the pair was scored already. */
  private void scoreOnce(CorrelationStrategy strategy, int rank, String key, int x, int y,
      List<Map<Long, Engine.Candidate>> found, @org.jspecify.annotations.Nullable LongSet scored) {
    if (silentPair(x, y)) {
      return;
    }
    if (scored == null || scored.add(Engine.pairKey(Math.min(x, y), Math.max(x, y)))) {
      score(strategy, rank, key, x, y, found);
    }
  }

  private void scoreAgainstAnchor(
      CorrelationStrategy strategy, int rank, String key, IntList members, List<Map<Long, Engine.Candidate>> found) {
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
        score(strategy, rank, key, anchor, other, found);
      }
    }
  }

  private void scoreAllPairs(CorrelationStrategy strategy, int rank, String key, IntList members,
      List<Map<Long, Engine.Candidate>> found, @org.jspecify.annotations.Nullable LongSet scored) {
    for (int a = 0; a < members.size(); a++) {
      for (int b = a + 1; b < members.size(); b++) {
        scoreOnce(strategy, rank, key, members.get(a), members.get(b), found, scored);
      }
    }
  }

  private void score(
      CorrelationStrategy strategy, int rank, String key, int x, int y, List<Map<Long, Engine.Candidate>> found) {
    int a = Math.min(x, y);
    int b = Math.max(x, y);
    java.util.Optional<Evidence> evidence = strategy.score(normalized[a], normalized[b], key);
    if (evidence.isPresent() && evidence.get().confidence() >= options.reviewThreshold()) {
      long pair = Engine.pairKey(a, b);
      found.get(Keys.partition(pair)).computeIfAbsent(pair, k -> new Engine.Candidate(a, b)).add(rank, evidence.get());
    }
  }
}
