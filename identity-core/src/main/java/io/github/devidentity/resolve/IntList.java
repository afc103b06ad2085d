package io.github.devidentity.resolve;

import java.util.Arrays;

/**
 * A list of ints without boxing: growable, or a read-only view of part of an array (the members of
 * one block).
 */
final class IntList {
  private int[] values;
  /** Where the list starts in {@link #values}: zero for a growable list. */
  private final int from;
  private int size;

  IntList() {
    this(new int[2], 0, 0);
  }

  private IntList(int[] values, int from, int size) {
    this.values = values;
    this.from = from;
    this.size = size;
  }

  /** A read-only view of {@code size} values of an array from {@code from}; not to be added to. */
  static IntList view(int[] values, int from, int size) {
    return new IntList(values, from, size);
  }

  /** Appends a value. */
  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  int get(int i) {
    return values[from + i];
  }

  int size() {
    return size;
  }
}
