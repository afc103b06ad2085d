package io.github.devidentity.examples.generate;

import java.util.SplittableRandom;

/**
 * Writes the identifiers tools hand out (hex ids, UUIDs, base64 descriptors, zero-padded
 * sequence numbers) into a reused {@link StringBuilder}, without formatting machinery, so the
 * generator's inner loop allocates only the strings it keeps.
 */
final class Ids {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final char[] BASE64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();

  private Ids() {}

  /**
   * Scrambles 32 bits one-to-one (the MurmurHash3 finaliser): distinct inputs give distinct
   * outputs, so an id built around it is unique while looking random.
   */
  static int mix32(int value) {
    int h = value;
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  /** Appends the low {@code digits} hex digits of {@code value}, lower-case, most significant first. */
  static void hex(StringBuilder out, long value, int digits) {
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      out.append(HEX[(int) (value >>> shift) & 15]);
    }
  }

  /**
   * Appends a random version-4 UUID whose last eight hex digits are {@code unique}, so UUIDs built
   * from distinct values never collide.
   */
  static void uuid(StringBuilder out, SplittableRandom random, int unique) {
    long high = random.nextLong();
    hex(out, high >>> 32, 8);
    out.append('-');
    hex(out, high >>> 16, 4);
    out.append('-').append('4');
    hex(out, high, 3);
    out.append('-');
    hex(out, 8 | random.nextInt(4), 1);
    hex(out, random.nextInt(1 << 12), 3);
    out.append('-');
    hex(out, random.nextInt(1 << 16), 4);
    hex(out, unique & 0xffffffffL, 8);
  }

  /**
   * Appends the base64 (standard alphabet, no padding) of the ASCII characters of {@code text}, the
   * form Azure DevOps descriptors take.
   */
  static void base64(StringBuilder out, CharSequence text) {
    int length = text.length();
    int i = 0;
    for (; i + 2 < length; i += 3) {
      int bits = (text.charAt(i) & 0xff) << 16 | (text.charAt(i + 1) & 0xff) << 8 | (text.charAt(i + 2) & 0xff);
      out.append(BASE64[bits >>> 18]).append(BASE64[(bits >>> 12) & 63])
          .append(BASE64[(bits >>> 6) & 63]).append(BASE64[bits & 63]);
    }
    if (i < length) {
      int bits = (text.charAt(i) & 0xff) << 16 | (i + 1 < length ? (text.charAt(i + 1) & 0xff) << 8 : 0);
      out.append(BASE64[bits >>> 18]).append(BASE64[(bits >>> 12) & 63]);
      if (i + 1 < length) {
        out.append(BASE64[(bits >>> 6) & 63]);
      }
    }
  }

  /** Appends {@code value} in decimal, zero-padded on the left to at least {@code width} digits. */
  static void padded(StringBuilder out, long value, int width) {
    int digits = 1;
    for (long rest = value / 10; rest > 0; rest /= 10) {
      digits++;
    }
    for (int i = digits; i < width; i++) {
      out.append('0');
    }
    out.append(value);
  }
}
