package io.github.devidentity.resolve;

import io.github.devidentity.match.CorrelationStrategy;
import io.github.devidentity.match.Evidence;
import io.github.devidentity.normalize.NormalizedRecord;
import java.util.ArrayList;
import java.util.Collections;
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

  Blocker(ResolverOptions options, NormalizedRecord[] normalized, boolean[] detached, List<ResolutionWarning> warnings) {
    this.options = options;
    this.normalized = normalized;
    this.detached = detached;
    this.warnings = warnings;
  }

  /** Every scored pair, strongest first, in a deterministic order. */
  List<Engine.Candidate> candidates() {
    List<CorrelationStrategy> strategies = options.strategies().strategies();
    Map<Long, Engine.Candidate> candidates = new HashMap<>();
    for (int s = 0; s < strategies.size(); s++) {
      CorrelationStrategy strategy = strategies.get(s);
      options.progress().onProgress("block " + strategy.name(), s, strategies.size());
      boolean probe = strategy.blocking() == CorrelationStrategy.Blocking.PROBE;
      List<Block> blocks = new ArrayList<>();
      if (probe) {
        // Probes first: only keys someone looks up need their holders collected ("john" is held
        // by every John, probed by the odd laptop login).
        Map<String, IntList> probed = keysOf(strategy, true, null);
        Map<String, IntList> held = keysOf(strategy, false, probed.keySet());
        for (Map.Entry<String, IntList> entry : probed.entrySet()) {
          IntList holders = held.get(entry.getKey());
          if (holders != null) {
            blocks.add(new Block(entry.getKey(), holders, entry.getValue()));
          }
        }
      } else {
        for (Map.Entry<String, IntList> entry : keysOf(strategy, false, null).entrySet()) {
          if (entry.getValue().size() >= 2) {
            blocks.add(new Block(entry.getKey(), entry.getValue(), null));
          }
        }
      }
      merge(candidates, score(strategy, s, blocks));
      options.progress().onProgress("block " + strategy.name(), s + 1, strategies.size());
    }
    List<Engine.Candidate> ordered = new ArrayList<>(candidates.values());
    ordered.sort(Engine.Candidate.ORDER);
    return ordered;
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
   * only the keys in {@code only}, when given.
   */
  private Map<String, IntList> keysOf(
      CorrelationStrategy strategy, boolean probe, java.util.@org.jspecify.annotations.Nullable Set<String> only) {
    int chunks = (normalized.length + CHUNK - 1) / CHUNK;
    List<Map<String, IntList>> parts = IntStream.range(0, chunks).parallel()
        .mapToObj(c -> keys(strategy, probe, only, c * CHUNK, Math.min(normalized.length, (c + 1) * CHUNK)))
        .collect(Collectors.toList());
    int total = 0;
    for (Map<String, IntList> part : parts) {
      total += part.size();
    }
    // Sized once: growing a map of millions of keys step by step costs more than filling it.
    Map<String, IntList> all = new HashMap<>(Math.max(16, (int) (total / 0.75f) + 1));
    for (int c = 0; c < parts.size(); c++) {
      // Later chunks hold later records, so appending keeps every block in record order.
      for (Map.Entry<String, IntList> entry : parts.get(c).entrySet()) {
        IntList existing = all.putIfAbsent(entry.getKey(), entry.getValue());
        if (existing != null) {
          existing.addAll(entry.getValue());
        }
      }
    }
    return all;
  }

  private Map<String, IntList> keys(CorrelationStrategy strategy, boolean probe,
      java.util.@org.jspecify.annotations.Nullable Set<String> only, int from, int to) {
    Map<String, IntList> blocks = new HashMap<>(Math.max(16, only == null ? (to - from) * 4 : 16));
    for (int i = from; i < to; i++) {
      if (detached[i]) {
        continue;
      }
      int member = i;
      java.util.function.Consumer<String> sink = key -> {
        if (only == null || only.contains(key)) {
          blocks.computeIfAbsent(key, k -> new IntList()).addOnce(member);
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

  private Map<Long, Engine.Candidate> score(CorrelationStrategy strategy, int rank, List<Block> blocks) {
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
    List<Map<Long, Engine.Candidate>> results = IntStream.range(0, parts).parallel()
        .mapToObj(p -> {
          Map<Long, Engine.Candidate> found = new HashMap<>();
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
    Map<Long, Engine.Candidate> merged = new HashMap<>();
    for (Map<Long, Engine.Candidate> result : results) {
      merge(merged, result);
    }
    return merged;
  }

  private static void merge(Map<Long, Engine.Candidate> into, Map<Long, Engine.Candidate> from) {
    for (Map.Entry<Long, Engine.Candidate> entry : from.entrySet()) {
      Engine.Candidate existing = into.putIfAbsent(entry.getKey(), entry.getValue());
      if (existing != null) {
        existing.addAll(entry.getValue());
      }
    }
  }

  /** The block's records as the strategy sees them: holders first, then probes. */
  private List<NormalizedRecord> view(Block block) {
    List<NormalizedRecord> records = new ArrayList<>(block.size());
    for (int i = 0; i < block.members.size(); i++) {
      records.add(normalized[block.members.get(i)]);
    }
    if (block.probes != null) {
      for (int i = 0; i < block.probes.size(); i++) {
        records.add(normalized[block.probes.get(i)]);
      }
    }
    return Collections.unmodifiableList(records);
  }

  private void scoreProbes(CorrelationStrategy strategy, int rank, String key, IntList probes, IntList holders,
      Map<Long, Engine.Candidate> found, @org.jspecify.annotations.Nullable LongSet scored) {
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
      Map<Long, Engine.Candidate> found, @org.jspecify.annotations.Nullable LongSet scored) {
    if (scored == null || scored.add(Engine.pairKey(Math.min(x, y), Math.max(x, y)))) {
      score(strategy, rank, key, x, y, found);
    }
  }

  private void scoreAgainstAnchor(
      CorrelationStrategy strategy, int rank, String key, IntList members, Map<Long, Engine.Candidate> found) {
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
      if (other != anchor) {
        score(strategy, rank, key, anchor, other, found);
      }
    }
  }

  private void scoreAllPairs(CorrelationStrategy strategy, int rank, String key, IntList members,
      Map<Long, Engine.Candidate> found, @org.jspecify.annotations.Nullable LongSet scored) {
    for (int a = 0; a < members.size(); a++) {
      for (int b = a + 1; b < members.size(); b++) {
        scoreOnce(strategy, rank, key, members.get(a), members.get(b), found, scored);
      }
    }
  }

  private void score(
      CorrelationStrategy strategy, int rank, String key, int x, int y, Map<Long, Engine.Candidate> found) {
    int a = Math.min(x, y);
    int b = Math.max(x, y);
    java.util.Optional<Evidence> evidence = strategy.score(normalized[a], normalized[b], key);
    if (evidence.isPresent() && evidence.get().confidence() >= options.reviewThreshold()) {
      found.computeIfAbsent(Engine.pairKey(a, b), k -> new Engine.Candidate(a, b)).add(rank, evidence.get());
    }
  }
}
