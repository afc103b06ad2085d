package io.github.devidentity.resolve;

import io.github.devidentity.normalize.NormalizedRecord;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * One strategy's blocking keys and, per key, the records that gave it, in record order: the
 * blocks, built without keeping a string, a map entry or a list object per key.
 *
 * <p>Strategies give keys as strings, and a large organisation gives tens of millions of them, most
 * held by one record. Kept as map keys they outlive several garbage collections and dominate their
 * cost; here each key is taken down to a 128-bit hash as it is given and the string is dropped at
 * once. Two different keys sharing a 128-bit hash is far less likely than a hardware fault (about
 * 10<sup>-23</sup> for 10<sup>8</sup> keys), so keys with equal hashes are treated as equal. The
 * text of a key whose block is compared is asked for again from its first record, which gives it
 * at the same place in its keys (strategies read it when scoring).
 */
final class KeyIndex {
  /** How many parts keys are split into by hash, so each part is grouped on its own core. */
  private static final int PARTITIONS = 16;
  /** Records per unit of parallel work. */
  private static final int CHUNK = 8192;
  private static final long HIGH_SEED = 0x9E3779B97F4A7C15L;
  private static final long LOW_SEED = 0xC2B2AE3D27D4EB4FL;

  private final Partition[] partitions;

  /** Per partition, the number of its first key: keys are numbered partition by partition. */
  private final int[] bases;

  private KeyIndex(Partition[] partitions) {
    this.partitions = partitions;
    this.bases = new int[partitions.length + 1];
    for (int p = 0; p < partitions.length; p++) {
      bases[p + 1] = bases[p] + partitions[p].keys;
    }
  }

  /**
   * Groups the keys every record gives.
   *
   * @param keys gives a record's keys to a sink
   * @param skip records that give no keys (detached by a decision)
   * @param only when given, keys it does not hold are left out
   */
  static KeyIndex of(NormalizedRecord[] records, boolean[] skip,
      BiConsumer<NormalizedRecord, Consumer<String>> keys, @Nullable KeyIndex only) {
    int chunks = (records.length + CHUNK - 1) / CHUNK;
    List<Emissions[]> emitted = IntStream.range(0, chunks).parallel()
        .mapToObj(c -> emit(records, skip, keys, only, c * CHUNK, Math.min(records.length, (c + 1) * CHUNK)))
        .collect(Collectors.toList());
    Partition[] partitions = new Partition[PARTITIONS];
    IntStream.range(0, PARTITIONS).parallel().forEach(p -> partitions[p] = Partition.group(emitted, p));
    return new KeyIndex(partitions);
  }

  private static Emissions[] emit(NormalizedRecord[] records, boolean[] skip,
      BiConsumer<NormalizedRecord, Consumer<String>> keys, @Nullable KeyIndex only, int from, int to) {
    Emissions[] byPartition = new Emissions[PARTITIONS];
    for (int p = 0; p < PARTITIONS; p++) {
      byPartition[p] = new Emissions();
    }
    // The record being asked, and how many keys it has given so far.
    int[] current = new int[2];
    Consumer<String> sink = key -> {
      int ordinal = current[1]++;
      long high = hash(key, HIGH_SEED);
      long low = hash(key, LOW_SEED);
      if (only == null || only.find(high, low) >= 0) {
        byPartition[partition(high)].add(high, low, current[0], ordinal);
      }
    };
    for (int i = from; i < to; i++) {
      if (!skip[i]) {
        current[0] = i;
        current[1] = 0;
        keys.accept(records[i], sink);
      }
    }
    return byPartition;
  }

  /** How many distinct keys there are. */
  int size() {
    return bases[partitions.length];
  }

  /** The partition that holds key number {@code key}. */
  private int partitionOf(int key) {
    int p = 0;
    while (key >= bases[p + 1]) {
      p++;
    }
    return p;
  }

  /** Calls {@code action} with each key's number, in a stable order. */
  void forEachKey(java.util.function.IntConsumer action) {
    for (int key = 0; key < size(); key++) {
      action.accept(key);
    }
  }

  /** The records holding key number {@code key}, in record order, each once. */
  IntList members(int key) {
    int p = partitionOf(key);
    Partition partition = partitions[p];
    int local = key - bases[p];
    return IntList.view(partition.members, partition.offsets[local], partition.sizes[local]);
  }

  /**
   * Where key number {@code key} came in the keys its first record gave (0 for the first): that
   * record gives the key's text again when asked for its keys in the same order.
   */
  int ordinal(int key) {
    int p = partitionOf(key);
    return partitions[p].ordinals[key - bases[p]];
  }

  /** Half of key number {@code key}'s hash: {@link #hash} of its text with the first seed. */
  long hash(int key) {
    int p = partitionOf(key);
    return partitions[p].high[key - bases[p]];
  }

  /** Half of a text's hash, as {@link #hash(int)} gives it for a key. */
  static long hash(String text) {
    return hash(text, HIGH_SEED);
  }

  /** The number of the key with this text, or -1 when no record gave it. */
  int find(String key) {
    return find(hash(key, HIGH_SEED), hash(key, LOW_SEED));
  }

  /** The number here of key number {@code key} of another index, or -1 when no record here gave it. */
  int find(KeyIndex other, int key) {
    int p = other.partitionOf(key);
    int local = key - other.bases[p];
    return find(other.partitions[p].high[local], other.partitions[p].low[local]);
  }

  private int find(long high, long low) {
    int p = partition(high);
    int local = partitions[p].find(high, low);
    return local < 0 ? -1 : bases[p] + local;
  }

  private static int partition(long high) {
    return (int) (high >>> 60) & (PARTITIONS - 1);
  }

  /**
   * A 64-bit hash of the text's UTF-16 units, four at a time, mixed as MurmurHash3 mixes its
   * blocks; two seeds give the two halves of a key's 128-bit hash.
   */
  static long hash(String text, long seed) {
    long h = seed ^ (text.length() * 0xFF51AFD7ED558CCDL);
    int n = text.length();
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      long k = text.charAt(i) | (long) text.charAt(i + 1) << 16 | (long) text.charAt(i + 2) << 32
          | (long) text.charAt(i + 3) << 48;
      h ^= mixBlock(k);
      h = Long.rotateLeft(h, 27) * 5 + 0x52DCE729;
    }
    long k = 0;
    for (int shift = 0; i < n; i++, shift += 16) {
      k |= (long) text.charAt(i) << shift;
    }
    h ^= mixBlock(k);
    return finish(h);
  }

  private static long mixBlock(long k) {
    k *= 0x87C37B91114253D5L;
    k = Long.rotateLeft(k, 31);
    return k * 0x4CF5AD432745937FL;
  }

  private static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    return h ^ (h >>> 33);
  }

  /**
   * One chunk's keys of one partition, in the order given: hash halves, record, and where the key
   * came among the record's keys.
   */
  private static final class Emissions {
    long[] high = new long[64];
    long[] low = new long[64];
    int[] record = new int[64];
    int[] ordinal = new int[64];
    int size;

    void add(long h, long l, int r, int o) {
      if (size == record.length) {
        high = Arrays.copyOf(high, size * 2);
        low = Arrays.copyOf(low, size * 2);
        record = Arrays.copyOf(record, size * 2);
        ordinal = Arrays.copyOf(ordinal, size * 2);
      }
      high[size] = h;
      low[size] = l;
      record[size] = r;
      ordinal[size] = o;
      size++;
    }
  }

  /** The keys of one partition: an open-addressing table by hash, and each key's records. */
  private static final class Partition {
    private static final int EMPTY = -1;

    int keys;
    long[] high;
    long[] low;
    /** Per key: where it came among its first record's keys. */
    int[] ordinals;
    int[] slots;
    int[] offsets = new int[0];
    int[] sizes = new int[0];
    int[] members = new int[0];

    Partition(int expected) {
      int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
      slots = new int[capacity];
      Arrays.fill(slots, EMPTY);
      high = new long[Math.max(16, expected)];
      low = new long[Math.max(16, expected)];
      ordinals = new int[Math.max(16, expected)];
    }

    /** Groups partition {@code p} of every chunk's keys; chunks hold ascending records, so members stay in order. */
    static Partition group(List<Emissions[]> chunks, int p) {
      int total = 0;
      for (Emissions[] chunk : chunks) {
        total += chunk[p].size;
      }
      // Most keys are held by one record, so the emissions bound the number of keys closely.
      Partition partition = new Partition(total);
      int[] keyOf = new int[total];
      int[] counts = new int[Math.max(16, total)];
      int e = 0;
      for (Emissions[] chunk : chunks) {
        Emissions emissions = chunk[p];
        for (int i = 0; i < emissions.size; i++) {
          int key = partition.insert(emissions.high[i], emissions.low[i], emissions.ordinal[i]);
          keyOf[e++] = key;
          counts[key]++;
        }
      }
      int[] offsets = new int[partition.keys];
      for (int k = 1; k < partition.keys; k++) {
        offsets[k] = offsets[k - 1] + counts[k - 1];
      }
      int[] sizes = new int[partition.keys];
      int[] members = new int[total];
      e = 0;
      for (Emissions[] chunk : chunks) {
        Emissions emissions = chunk[p];
        for (int i = 0; i < emissions.size; i++) {
          int key = keyOf[e++];
          int record = emissions.record[i];
          int at = offsets[key] + sizes[key];
          // A record giving one key twice is one member; its emissions are consecutive per key.
          if (sizes[key] == 0 || members[at - 1] != record) {
            members[at] = record;
            sizes[key]++;
          }
        }
      }
      partition.offsets = offsets;
      partition.sizes = sizes;
      partition.members = members;
      return partition;
    }

    private int insert(long h, long l, int ordinal) {
      int mask = slots.length - 1;
      int at = (int) h & mask;
      while (true) {
        int key = slots[at];
        if (key == EMPTY) {
          if (keys == high.length) {
            high = Arrays.copyOf(high, keys * 2);
            low = Arrays.copyOf(low, keys * 2);
            ordinals = Arrays.copyOf(ordinals, keys * 2);
          }
          high[keys] = h;
          low[keys] = l;
          ordinals[keys] = ordinal;
          slots[at] = keys;
          return keys++;
        }
        if (high[key] == h && low[key] == l) {
          return key;
        }
        at = (at + 1) & mask;
      }
    }

    int find(long h, long l) {
      int mask = slots.length - 1;
      int at = (int) h & mask;
      while (true) {
        int key = slots[at];
        if (key == EMPTY) {
          return -1;
        }
        if (high[key] == h && low[key] == l) {
          return key;
        }
        at = (at + 1) & mask;
      }
    }
  }
}
