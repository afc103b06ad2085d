package io.github.devidentity.normalize;

/**
 * How two full names relate: the same person's name written differently, or two people's names.
 *
 * <p>Used both to link (a middle name dropped, a nickname, a typo in the family name) and to
 * refuse links (a shared address between "Ada Lovelace" and "Grace Hopper" is no evidence that they
 * are one person).
 */
public enum NameRelation {
  /** The same words, ignoring order and middle names or initials. */
  SAME,
  /** Same family name and compatible first names (nickname, prefix, initial, typo), or same first name and a family name one typo apart. */
  VARIANT,
  /** Same family name, first names only agree on the initial. */
  INITIAL,
  /** At least one side is no full name: nothing can be said. */
  UNKNOWN,
  /** Two full names that cannot be one person's. */
  CONFLICT;

  /**
   * Whether two full names cannot be one person's: no first name of one is compatible (equal,
   * nickname, prefix, initial, typo) with the first or last name of the other, in either order.
   * Surnames change, get added and get typo'd ("Mike Toews", "Mike Taves"; "Nick Papior", "Nick
   * Papior Andersen"), so a compatible first name keeps two names compatible; a shared surname
   * alone does not ("Andrew Cross", "Abigail Cross" are two people).
   */
  public static boolean contradicts(PersonName a, PersonName b) {
    if (!a.isFullName() || !b.isFullName()) {
      return false;
    }
    java.util.List<String> x = a.parts();
    java.util.List<String> y = b.parts();
    if (a.sortedWords().equals(b.sortedWords())) {
      return false;
    }
    if (of(a, b) != CONFLICT) {
      return false;
    }
    String firstA = x.get(0);
    String lastA = x.get(x.size() - 1);
    String firstB = y.get(0);
    String lastB = y.get(y.size() - 1);
    return !GivenNames.compatible(firstA, firstB)
        && !(GivenNames.compatible(firstA, lastB) && GivenNames.compatible(lastA, firstB));
  }

  /** Relates two names. */
  public static NameRelation of(PersonName a, PersonName b) {
    if (!a.isFullName() || !b.isFullName()) {
      return UNKNOWN;
    }
    if (a.key().equals(b.key())) {
      return SAME;
    }
    java.util.List<String> x = a.parts();
    java.util.List<String> y = b.parts();
    String firstA = x.get(0);
    String lastA = x.get(x.size() - 1);
    String firstB = y.get(0);
    String lastB = y.get(y.size() - 1);
    if (a.sortedWords().equals(b.sortedWords())) {
      return SAME;
    }
    NameRelation direct = relate(firstA, lastA, firstB, lastB);
    NameRelation swapped = relate(firstA, lastA, lastB, firstB);
    NameRelation best = direct.ordinal() <= swapped.ordinal() ? direct : swapped;
    if (best == SAME || best == VARIANT) {
      return best;
    }
    if (subsetOfAtLeastTwo(x, y) || subsetOfAtLeastTwo(y, x)) {
      // "Praneeth Ratna" within "Mamidi Ratna Praneeth": the same words, one more given.
      return VARIANT;
    }
    if (lastA.equals(lastB) && (x.subList(1, x.size() - 1).contains(firstB) || y.subList(1, y.size() - 1).contains(firstA))) {
      // "Nathan Woods" and "Charles Nathan Woods": someone going by a middle name.
      return VARIANT;
    }
    return best;
  }


  private static boolean subsetOfAtLeastTwo(java.util.List<String> small, java.util.List<String> large) {
    if (small.size() < 2 || small.size() >= large.size()) {
      return false;
    }
    int longWords = 0;
    for (String word : small) {
      if (!large.contains(word)) {
        return false;
      }
      if (word.length() >= 3) {
        longWords++;
      }
    }
    return longWords >= 2;
  }

  private static NameRelation relate(String firstA, String lastA, String firstB, String lastB) {
    if (lastA.equals(lastB) && lastA.length() >= 2) {
      if (firstA.equals(firstB)) {
        return SAME;
      }
      if (firstA.length() > 1 && firstB.length() > 1) {
        return GivenNames.compatible(firstA, firstB) ? VARIANT : CONFLICT;
      }
      return firstA.charAt(0) == firstB.charAt(0) ? INITIAL : CONFLICT;
    }
    if (firstA.equals(firstB) && firstA.length() >= 2 && lastA.length() >= 5 && lastB.length() >= 5
        && Math.abs(lastA.length() - lastB.length()) <= 2
        && EditDistance.atMost(lastA, lastB, lastA.length() >= 8 ? 2 : 1)) {
      return VARIANT;
    }
    return CONFLICT;
  }
}
