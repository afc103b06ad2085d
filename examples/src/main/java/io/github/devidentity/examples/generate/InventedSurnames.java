package io.github.devidentity.examples.generate;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The long tail of family names: invented from consonant–vowel syllables and a closing consonant
 * run ({@code Tavomir}, {@code Kelusand}), one distinct name per number, so most people of a large
 * organisation have a family name nobody else has.
 *
 * <p>Uniqueness is by construction: a name is its number written in syllables, and syllables
 * (one consonant, one vowel) followed by a run of consonants split back one way only. Names that
 * could be mistaken for pool names, or for a pool name behind a given name or an initial (which
 * would make two people's handles equal), are moved to a reserved range of much longer names.
 */
final class InventedSurnames {
  private static final String CONSONANTS = "bcdfghjklmnprstvz";
  private static final String VOWELS = "aeiou";
  private static final String[] ENDINGS = {"", "n", "r", "s", "k", "v", "sk", "nd", "rt", "ng", "tz", "ll"};
  private static final int SYLLABLES = CONSONANTS.length() * VOWELS.length();
  /** Numbers below 2^22 are scrambled within that range, so neighbours do not look alike. */
  private static final int SCRAMBLED_BITS = 22;
  private static final long SCRAMBLED_MASK = (1L << SCRAMBLED_BITS) - 1;
  /** Names moved out of the way of pool names are taken from here, far above any number in use. */
  private static final long RESERVED = 1L << 50;

  /**
   * The numbers of the invented names that would equal a pool family name, or a pool family name
   * behind a pool given name or a single letter; sorted, for a search without building the name.
   */
  private static final long[] FORBIDDEN = forbidden();
  /** A quick first test of {@link #FORBIDDEN}: the bit of each number's low bits is set. */
  private static final long[] MAYBE_FORBIDDEN = filter(FORBIDDEN);
  private static final int FILTER_BITS = 20;

  private final long salt;
  private final StringBuilder text = new StringBuilder(24);

  /** Invented names for one generator; {@code salt} varies which number gets which name. */
  InventedSurnames(long salt) {
    this.salt = salt;
  }

  /**
   * The {@code n}th invented family name, folded (lower-case letters only); distinct {@code n}
   * (0 or more) give distinct names.
   */
  String folded(long n) {
    long number = scramble(n);
    int bit = (int) (number & ((1 << FILTER_BITS) - 1));
    if ((MAYBE_FORBIDDEN[bit >>> 6] & (1L << bit)) != 0 && Arrays.binarySearch(FORBIDDEN, number) >= 0) {
      number = RESERVED + n;
    }
    text.setLength(0);
    write(text, number);
    return text.toString();
  }

  private long scramble(long n) {
    if (n > SCRAMBLED_MASK) {
      return n;
    }
    // Each step is one-to-one on 22 bits: xor, multiplication by an odd number, xor-shift.
    long x = (n ^ salt) & SCRAMBLED_MASK;
    x = (x * 0x9E3779B1L) & SCRAMBLED_MASK;
    x ^= x >>> 11;
    x = (x * 0x27D4EB2FL) & SCRAMBLED_MASK;
    x ^= x >>> 9;
    return (x + (salt >>> 32)) & SCRAMBLED_MASK;
  }

  private static void write(StringBuilder out, long number) {
    int ending = (int) (number % ENDINGS.length);
    long rest = number / ENDINGS.length;
    int count = 0;
    while (rest > 0 || count < 2) {
      int syllable = (int) (rest % SYLLABLES);
      rest /= SYLLABLES;
      out.append(CONSONANTS.charAt(syllable / VOWELS.length())).append(VOWELS.charAt(syllable % VOWELS.length()));
      count++;
    }
    out.append(ENDINGS[ending]);
  }

  /**
   * The number whose invented name {@code text} is, or -1 if it is not of invented form: two or
   * more consonant–vowel syllables, then one of the closing runs.
   */
  static long number(String text) {
    int i = 0;
    long syllables = 0;
    long weight = 1;
    int count = 0;
    while (i + 1 < text.length() && CONSONANTS.indexOf(text.charAt(i)) >= 0 && VOWELS.indexOf(text.charAt(i + 1)) >= 0) {
      syllables += weight * (CONSONANTS.indexOf(text.charAt(i)) * VOWELS.length() + VOWELS.indexOf(text.charAt(i + 1)));
      weight *= SYLLABLES;
      i += 2;
      count++;
    }
    if (count < 2 || count > 8) {
      return -1;
    }
    String rest = text.substring(i);
    for (int ending = 0; ending < ENDINGS.length; ending++) {
      if (ENDINGS[ending].equals(rest)) {
        return syllables * ENDINGS.length + ending;
      }
    }
    return -1;
  }

  private static long[] forbidden() {
    Set<Long> numbers = new HashSet<>();
    for (String family : NamePools.FAMILY_FOLD) {
      add(numbers, family);
      for (char initial = 'a'; initial <= 'z'; initial++) {
        add(numbers, initial + family);
      }
      for (String given : NamePools.GIVEN_FOLD) {
        add(numbers, given + family);
      }
    }
    return numbers.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  private static long[] filter(long[] numbers) {
    long[] bits = new long[(1 << FILTER_BITS) / 64];
    for (long number : numbers) {
      int bit = (int) (number & ((1 << FILTER_BITS) - 1));
      bits[bit >>> 6] |= 1L << bit;
    }
    return bits;
  }

  private static void add(Set<Long> numbers, String text) {
    long number = number(text);
    if (number >= 0) {
      numbers.add(number);
    }
  }
}
