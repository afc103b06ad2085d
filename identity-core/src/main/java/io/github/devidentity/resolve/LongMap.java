package io.github.devidentity.resolve;

import org.jspecify.annotations.Nullable;

/**
 * A map from longs to objects without boxing: open addressing with linear probing. Zero is not a
 * valid key.
 */
final class LongMap {
  private long[] keys = new long[64];
  private @Nullable Object[] values = new Object[64];
  private int size;

  @Nullable Object get(long key) {
    int mask = keys.length - 1;
    int at = (int) Engine.pairKey((int) (key >>> 32), (int) key) & mask;
    while (keys[at] != 0) {
      if (keys[at] == key) {
        return values[at];
      }
      at = (at + 1) & mask;
    }
    return null;
  }

  void put(long key, Object value) {
    if (size * 2 >= keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int at = (int) Engine.pairKey((int) (key >>> 32), (int) key) & mask;
    while (keys[at] != 0 && keys[at] != key) {
      at = (at + 1) & mask;
    }
    if (keys[at] == 0) {
      size++;
    }
    keys[at] = key;
    values[at] = value;
  }

  private void grow() {
    long[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        put(oldKeys[i], java.util.Objects.requireNonNull(oldValues[i]));
      }
    }
  }
}
