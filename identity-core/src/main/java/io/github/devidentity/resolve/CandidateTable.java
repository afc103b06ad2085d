package io.github.devidentity.resolve;

import io.github.devidentity.match.Evidence;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Scored pairs of records in primitive arrays, keyed by pair: open addressing with linear probing.
 *
 * <p>The blocker finds millions of pairs and the union skips most of them (their records are one
 * contributor by then), so a pair costs a few array slots here rather than a map entry, a boxed key
 * and two lists; an {@link Engine.Candidate} is made only for a pair the union links or queues for
 * review. A pair with evidence from one strategy keeps that evidence inline; pairs with more share
 * the candidate's merging rules.
 */
final class CandidateTable {
  /** How many tables the blocker splits pairs into, by {@link #partition}: a power of two. */
  static final int PARTITIONS = 16;

  private static final int EMPTY = -1;

  /** Per hash slot: the index of the pair held there, or {@link #EMPTY}. */
  private int[] slots = new int[16];
  /** Per pair: {@code a << 32 | b}, {@code a < b}. */
  private long[] pairs = new long[8];
  private double[] confidence = new double[8];
  private int[] rank = new int[8];
  /** Per pair: its one {@link Evidence}, or an {@link Engine.Candidate} once a second strategy adds some. */
  private @Nullable Object[] evidence = new Object[8];
  private int size;

  CandidateTable() {
    Arrays.fill(slots, EMPTY);
  }

  int size() {
    return size;
  }

  /** The table of {@link #PARTITIONS} that holds pair {@code (a, b)}: the top bits of its spread key. */
  static int partition(int a, int b) {
    return (int) (Engine.pairKey(a, b) >>> (Long.SIZE - Integer.numberOfTrailingZeros(PARTITIONS)));
  }

  /**
   * Adds one strategy's evidence for records {@code a < b}, with the merging rules of {@link
   * Engine.Candidate#add}: per strategy the strongest evidence is kept, whatever the arrival order.
   */
  void add(int a, int b, int strategyRank, Evidence more) {
    int at = indexOf(a, b, true);
    Object kept = evidence[at];
    if (kept == null) {
      evidence[at] = more;
      rank[at] = strategyRank;
      confidence[at] = more.confidence();
    } else if (kept instanceof Evidence) {
      Evidence one = (Evidence) kept;
      if (rank[at] == strategyRank) {
        if (Engine.Candidate.replaces(more, one)) {
          evidence[at] = more;
          confidence[at] = more.confidence();
        }
        return;
      }
      Engine.Candidate candidate = new Engine.Candidate(a, b);
      candidate.add(rank[at], one);
      candidate.add(strategyRank, more);
      evidence[at] = candidate;
      confidence[at] = candidate.confidence();
    } else {
      Engine.Candidate candidate = (Engine.Candidate) kept;
      candidate.add(strategyRank, more);
      confidence[at] = candidate.confidence();
    }
  }

  /** Adds every pair of another table, as if each piece of its evidence were added here. */
  void addAll(CandidateTable other) {
    for (int i = 0; i < other.size; i++) {
      int a = (int) (other.pairs[i] >>> 32);
      int b = (int) other.pairs[i];
      Object more = other.evidence[i];
      if (more instanceof Evidence) {
        add(a, b, other.rank[i], (Evidence) more);
      } else if (more != null) {
        Engine.Candidate candidate = (Engine.Candidate) more;
        List<Evidence> list = candidate.evidence();
        for (int e = 0; e < list.size(); e++) {
          add(a, b, candidate.rankAt(e), list.get(e));
        }
      }
    }
  }

  /** The pair's candidate, made on demand; null when the table does not hold the pair. */
  Engine.@Nullable Candidate candidate(int a, int b) {
    int at = indexOf(a, b, false);
    return at == EMPTY ? null : candidateAt(at);
  }

  private Engine.Candidate candidateAt(int at) {
    Object held = evidence[at];
    if (held instanceof Engine.Candidate) {
      return (Engine.Candidate) held;
    }
    Engine.Candidate candidate = new Engine.Candidate((int) (pairs[at] >>> 32), (int) pairs[at]);
    candidate.add(rank[at], (Evidence) held);
    return candidate;
  }

  /** The index of pair {@code (a, b)}, added when {@code insert}; {@link #EMPTY} when absent. */
  private int indexOf(int a, int b, boolean insert) {
    long pair = ((long) a << 32) | (b & 0xFFFFFFFFL);
    int mask = slots.length - 1;
    int at = (int) Engine.pairKey(a, b) & mask;
    while (true) {
      int index = slots[at];
      if (index == EMPTY) {
        if (!insert) {
          return EMPTY;
        }
        if (size == pairs.length) {
          growPairs();
        }
        pairs[size] = pair;
        slots[at] = size;
        size++;
        if (size * 2 > slots.length) {
          rehash(slots.length * 2);
        }
        return size - 1;
      }
      if (pairs[index] == pair) {
        return index;
      }
      at = (at + 1) & mask;
    }
  }

  private void growPairs() {
    int capacity = pairs.length * 2;
    pairs = Arrays.copyOf(pairs, capacity);
    confidence = Arrays.copyOf(confidence, capacity);
    rank = Arrays.copyOf(rank, capacity);
    evidence = Arrays.copyOf(evidence, capacity);
  }

  private void rehash(int capacity) {
    slots = new int[capacity];
    Arrays.fill(slots, EMPTY);
    int mask = capacity - 1;
    for (int i = 0; i < size; i++) {
      int at = (int) Engine.pairKey((int) (pairs[i] >>> 32), (int) pairs[i]) & mask;
      while (slots[at] != EMPTY) {
        at = (at + 1) & mask;
      }
      slots[at] = i;
    }
  }

  /**
   * The pairs of all these tables in the union's order: strongest first, then by records. When the
   * records' indexes fit in 24 bits and there are at most 65,536 distinct confidences (there are a
   * handful), each pair is one sortable {@code long}: a confidence rank, then both records.
   * Otherwise the candidates are made and sorted as objects.
   *
   * @param tables the tables, {@link #PARTITIONS} of them, each holding the pairs of its {@link
   *     #partition}
   * @param records how many records the indexes refer to
   */
  static Ordered ordered(List<CandidateTable> tables, int records) {
    // A handful of distinct confidences among millions of pairs: a set of their bits finds them
    // without boxing each one.
    LongSet seen = new LongSet();
    double[] ascending = new double[16];
    int distinct = 0;
    int total = 0;
    for (CandidateTable table : tables) {
      total += table.size;
      for (int i = 0; i < table.size; i++) {
        // Confidences are in (0, 1], so their bits are never zero, which the set cannot hold.
        if (seen.add(Double.doubleToLongBits(table.confidence[i]))) {
          if (distinct == ascending.length) {
            ascending = Arrays.copyOf(ascending, distinct * 2);
          }
          ascending[distinct++] = table.confidence[i];
        }
      }
    }
    if (records > 1 << 24 || distinct > 1 << 16) {
      return objects(tables, total);
    }
    double[] levels = Arrays.copyOf(ascending, distinct);
    Arrays.sort(levels);
    double[] descending = new double[levels.length];
    for (int i = 0; i < levels.length; i++) {
      descending[i] = levels[levels.length - 1 - i];
    }
    long[] codes = new long[total];
    int[] offsets = new int[tables.size()];
    for (int t = 1; t < tables.size(); t++) {
      offsets[t] = offsets[t - 1] + tables.get(t - 1).size;
    }
    IntStream.range(0, tables.size()).parallel().forEach(t -> {
      CandidateTable table = tables.get(t);
      for (int i = 0; i < table.size; i++) {
        long pair = table.pairs[i];
        long confidenceRank = levels.length - 1 - Arrays.binarySearch(levels, table.confidence[i]);
        codes[offsets[t] + i] = confidenceRank << 48 | (pair >>> 32) << 24 | (pair & 0xFFFFFF);
      }
    });
    Arrays.parallelSort(codes);
    return new Encoded(codes, descending, tables);
  }

  private static Ordered objects(List<CandidateTable> tables, int total) {
    Engine.Candidate[] all = new Engine.Candidate[total];
    int at = 0;
    for (CandidateTable table : tables) {
      for (int i = 0; i < table.size; i++) {
        all[at++] = table.candidateAt(i);
      }
    }
    // The order is total (no two candidates share a pair), so sorting in parallel is deterministic.
    Arrays.parallelSort(all, Engine.Candidate.ORDER);
    return Ordered.of(Arrays.asList(all));
  }

  /** Scored pairs in the union's order, read by position. */
  abstract static class Ordered {
    abstract int size();

    abstract int first(int i);

    abstract int second(int i);

    abstract double confidence(int i);

    /** The candidate at a position, with its evidence; may be made on each call. */
    abstract Engine.Candidate candidate(int i);

    /** Candidates already made and sorted in the union's order. */
    static Ordered of(List<Engine.Candidate> sorted) {
      return new Ordered() {
        @Override
        int size() {
          return sorted.size();
        }

        @Override
        int first(int i) {
          return sorted.get(i).a;
        }

        @Override
        int second(int i) {
          return sorted.get(i).b;
        }

        @Override
        double confidence(int i) {
          return sorted.get(i).confidence();
        }

        @Override
        Engine.Candidate candidate(int i) {
          return sorted.get(i);
        }
      };
    }
  }

  /** Pairs as sorted codes; the evidence stays in the tables until a pair is asked for. */
  private static final class Encoded extends Ordered {
    private final long[] codes;
    private final double[] levels;
    private final List<CandidateTable> tables;

    Encoded(long[] codes, double[] levels, List<CandidateTable> tables) {
      this.codes = codes;
      this.levels = levels;
      this.tables = tables;
    }

    @Override
    int size() {
      return codes.length;
    }

    @Override
    int first(int i) {
      return (int) (codes[i] >>> 24) & 0xFFFFFF;
    }

    @Override
    int second(int i) {
      return (int) codes[i] & 0xFFFFFF;
    }

    @Override
    double confidence(int i) {
      return levels[(int) (codes[i] >>> 48)];
    }

    @Override
    Engine.Candidate candidate(int i) {
      int a = first(i);
      int b = second(i);
      Engine.Candidate candidate = tables.get(partition(a, b)).candidate(a, b);
      if (candidate == null) {
        throw new IllegalStateException("pair " + a + ", " + b + " is in the order but not in its table");
      }
      return candidate;
    }
  }
}
