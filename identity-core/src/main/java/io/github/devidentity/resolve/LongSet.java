package io.github.devidentity.resolve;

/**
 * A set of longs without boxing: open addressing with linear probing. Holds the pairs a worker has
 * scored already; zero is not a valid member (pair keys are never zero for two records).
 */
final class LongSet {
  private long[] slots = new long[1024];
  private int size;

  /** Adds a value; false when it was there already. */
  boolean add(long value) {
    if (size * 2 >= slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    int at = (int) (value ^ (value >>> 32)) & mask;
    while (slots[at] != 0) {
      if (slots[at] == value) {
        return false;
      }
      at = (at + 1) & mask;
    }
    slots[at] = value;
    size++;
    return true;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    for (long value : old) {
      if (value != 0) {
        add(value);
      }
    }
  }
}
