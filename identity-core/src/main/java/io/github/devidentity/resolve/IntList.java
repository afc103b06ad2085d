package io.github.devidentity.resolve;

import java.util.Arrays;

/** A growable list of ints, without boxing; the members of one block. */
final class IntList {
  private int[] values = new int[2];
  private int size;

  /** Adds a value unless it is the last one added (a record emitting one key twice). */
  void addOnce(int value) {
    if (size > 0 && values[size - 1] == value) {
      return;
    }
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  /** Appends every value of another list. */
  void addAll(IntList other) {
    if (size + other.size > values.length) {
      values = Arrays.copyOf(values, Math.max(values.length * 2, size + other.size));
    }
    System.arraycopy(other.values, 0, values, size, other.size);
    size += other.size;
  }

  int get(int i) {
    return values[i];
  }

  int size() {
    return size;
  }
}
