package io.github.devidentity.normalize;

/** Bounded Levenshtein distance, for typo tolerance between short strings. */
public final class EditDistance {
  private EditDistance() {}

  /**
   * Whether {@code a} and {@code b} are at most {@code bound} single-character insertions,
   * deletions or substitutions apart (adjacent transpositions count as one). Stops early once the
   * bound is exceeded, so it is cheap for the small bounds typo checks use.
   */
  public static boolean atMost(String a, String b, int bound) {
    if (Math.abs(a.length() - b.length()) > bound) {
      return false;
    }
    int n = a.length();
    int m = b.length();
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, before[j - 2] + 1);
        }
        current[j] = value;
        rowMin = Math.min(rowMin, value);
      }
      if (rowMin > bound) {
        return false;
      }
      int[] recycled = before;
      before = previous;
      previous = current;
      current = recycled;
    }
    return previous[m] <= bound;
  }
}
