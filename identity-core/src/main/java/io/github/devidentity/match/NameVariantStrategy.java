package io.github.devidentity.match;

import io.github.devidentity.normalize.GivenNames;
import io.github.devidentity.normalize.NameRelation;
import io.github.devidentity.normalize.NormalizedRecord;
import io.github.devidentity.normalize.PersonName;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Links two spellings of one full name: a middle name or initial dropped ({@code Erik M. Bray},
 * {@code Erik Bray}), words swapped ({@code Hrisca Daniel}), a nickname ({@code Matt}, {@code
 * Matthew}), a typo in the family name ({@code Homier}, {@code Homeier}), and the name spelled in an
 * address ({@code erik.bray@…} is Erik Bray).
 *
 * <p>Rules, and why:
 *
 * <ul>
 *   <li>Blocks are first and last name; the sorted words (and any two of three); last name and the
 *       first three letters of the first name or of its nicknames; and each name with one letter
 *       of the other word deleted, which puts names one typo apart in one block. So only
 *       plausible pairs are compared, and blocks stay small as the organisation grows.
 *   <li>Same words ignoring order and middle names: 0.9, as strong as an equal full name.
 *   <li>Same family name and compatible first names (nickname, a prefix of three letters or more,
 *       a typo in a long name), or the same first name and family names a typo apart: 0.87.
 *   <li>Same family name and only the initial in common: 0.6, for review, because family
 *       members and namesakes share that.
 *   <li>Only full names count (two words, more than initials), as for the full-name strategy.
 * </ul>
 */
public final class NameVariantStrategy implements CorrelationStrategy {
  /** The strategy's name in evidence. */
  public static final String NAME = "name-variant";

  @Override
  public String name() {
    return NAME;
  }

  /** The evidence compares the two records' names, whichever block brought them together. */
  @Override
  public boolean evidenceDependsOnKey() {
    return false;
  }

  /**
   * Records whose every full name is their display name, spelled alike: {@link #score} skips
   * such pairs, since an equal display name is the full-name strategy's evidence.
   */
  @Override
  public @org.jspecify.annotations.Nullable String silentClass(NormalizedRecord record) {
    String display = record.fullName().map(PersonName::key).orElse(null);
    if (display == null) {
      return null;
    }
    for (PersonName name : names(record)) {
      if (!name.key().equals(display)) {
        return null;
      }
    }
    return display;
  }

  /** The evidence reads the display name and the full names only. */
  @Override
  public String profile(NormalizedRecord record) {
    StringBuilder out = new StringBuilder(64);
    Strategies.appendNames(record, out);
    return out.toString();
  }

  @Override
  public void blockingKeys(NormalizedRecord record, Consumer<String> keys) {
    for (PersonName name : names(record)) {
      List<String> parts = name.parts();
      String first = parts.get(0);
      String last = parts.get(parts.size() - 1);
      keys.accept("fl " + first + " " + last);
      TreeSet<String> words = new TreeSet<>(parts);
      keys.accept("ws " + String.join(" ", words));
      if (words.size() == 3) {
        // Any two of three long words: "Praneeth Ratna" within "Mamidi Ratna Praneeth". Short
        // syllables ("Min Jun Kim") would put thousands of names in one block.
        for (String left : words) {
          TreeSet<String> two = new TreeSet<>(words);
          two.remove(left);
          if (two.first().length() >= 4 && two.last().length() >= 4) {
            keys.accept("ws " + String.join(" ", two));
          }
        }
      }
      // Nicknames and prefixes share their first three letters with a form of the name
      // ("matt" and "matthew"; "bob" through "robert").
      keys.accept("l3 " + last + " " + prefix3(first));
      for (String variant : GivenNames.variants(first)) {
        keys.accept("l3 " + last + " " + prefix3(variant));
      }
      // One typo apart: both sides share a form with one letter deleted.
      if (last.length() >= 5) {
        keys.accept("ld " + first + " " + last);
        for (int i = 0; i < last.length(); i++) {
          keys.accept("ld " + first + " " + last.substring(0, i) + last.substring(i + 1));
        }
      }
      if (first.length() >= 5) {
        keys.accept("fd " + last + " " + first);
        for (int i = 0; i < first.length(); i++) {
          keys.accept("fd " + last + " " + first.substring(0, i) + first.substring(i + 1));
        }
      }
    }
  }

  private static String prefix3(String word) {
    return word.length() <= 3 ? word : word.substring(0, 3);
  }

  @Override
  public Optional<Evidence> score(NormalizedRecord a, NormalizedRecord b, String key) {
    NameRelation best = NameRelation.CONFLICT;
    PersonName bestA = null;
    PersonName bestB = null;
    String displayA = a.fullName().map(PersonName::key).orElse(null);
    String displayB = b.fullName().map(PersonName::key).orElse(null);
    for (PersonName x : names(a)) {
      for (PersonName y : names(b)) {
        if (x.key().equals(y.key()) && x.key().equals(displayA) && y.key().equals(displayB)) {
          // Equal display names are the full-name strategy's evidence; saying it twice adds nothing.
          continue;
        }
        NameRelation relation = NameRelation.of(x, y);
        if (relation.ordinal() < best.ordinal()) {
          best = relation;
          bestA = x;
          bestB = y;
        }
      }
    }
    if (bestA == null || bestB == null || SameHandleStrategy.Names.contradict(a, b)) {
      return Optional.empty();
    }
    // Explained when shown: most pairs never are.
    PersonName left = bestA;
    PersonName right = bestB;
    switch (best) {
      case SAME:
        return Optional.of(Evidence.of(NAME, 0.9, () -> "same name words in " + pair(left, right)));
      case VARIANT:
        return Optional.of(Evidence.of(NAME, 0.87, () -> "name variants " + pair(left, right)));
      case INITIAL:
        return Optional.of(Evidence.of(NAME, 0.6, () -> "same family name and initial in " + pair(left, right)));
      default:
        return Optional.empty();
    }
  }

  private static String pair(PersonName a, PersonName b) {
    return "\"" + a.raw().trim() + "\" and \"" + b.raw().trim() + "\"";
  }

  private static List<PersonName> names(NormalizedRecord record) {
    return record.fullNames();
  }
}
