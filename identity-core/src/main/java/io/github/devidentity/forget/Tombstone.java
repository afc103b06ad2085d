package io.github.devidentity.forget;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What is left of a forgotten person: salted hashes of their identifiers, the tombstone's own id
 * and when the person was forgotten. Never a name and never a raw identifier, so the tombstone can
 * be kept, exported and shared; only the holder of the {@link Tombstones salt} can tell whether a
 * record matches it.
 *
 * @param id the tombstone's id: non-blank, without whitespace
 * @param forgottenAt when the person was forgotten
 * @param hashes the salted hashes of the person's identifiers, sorted; never empty
 */
public record Tombstone(String id, Instant forgottenAt, Set<Hash> hashes) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if {@code id} is blank or holds whitespace, or {@code hashes}
   *     is empty
   */
  public Tombstone {
    id = checkId(id);
    requireNonNull(forgottenAt, "forgottenAt");
    hashes = ImmutableSortedSet.copyOf(HASH_ORDER, requireNonNull(hashes, "hashes"));
    if (hashes.isEmpty()) {
      throw new IllegalArgumentException("tombstone " + id + " holds no hash; a tombstone needs at least one");
    }
  }

  /**
   * Checks a tombstone id.
   *
   * @return the id, trimmed
   * @throws IllegalArgumentException if it is blank or holds whitespace
   */
  static String checkId(String id) {
    String trimmed = requireNonNull(id, "id").trim();
    if (trimmed.isEmpty() || trimmed.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "tombstone id \"" + trimmed + "\" is blank or holds whitespace; expected an id such as t-3f2a9c0d1e4b5a69");
    }
    return trimmed;
  }

  /** Hashes by kind, then value: the order of {@link #hashes()}. */
  static final Comparator<Hash> HASH_ORDER =
      Comparator.comparing(Hash::kind).thenComparing(Hash::value);

  /** What kind of identifier a hash stands for. */
  public enum Kind {
    /** The host's record id. */
    RECORD_ID,
    /** A stable account id (cloud id) in one integration, the record's own or a linked one. */
    ACCOUNT_ID,
    /** A login or username in one integration, ignoring case. */
    LOGIN,
    /** A normalised, linkable email address. */
    EMAIL,
    /** The id of the contributor the person was. */
    CONTRIBUTOR_ID;

    /** The names of the kinds, comma-separated, for messages. */
    public static String knownNames() {
      return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /**
     * Parses a kind name, ignoring case and surrounding spaces, with {@code -} for {@code _}.
     *
     * @throws IllegalArgumentException if the name is no kind; the message lists them
     */
    public static Kind parse(String name) {
      String key = requireNonNull(name, "name").trim().toUpperCase(Locale.ROOT).replace('-', '_');
      for (Kind kind : values()) {
        if (kind.name().equals(key)) {
          return kind;
        }
      }
      throw new IllegalArgumentException(
          "\"" + name.trim() + "\" is not a tombstone hash kind; expected one of " + knownNames());
    }
  }

  /**
   * One salted hash: an HMAC-SHA-256 of one identifier, keyed with the salt, in hexadecimal.
   *
   * @param kind what kind of identifier it stands for
   * @param value 64 hexadecimal digits, lower-cased
   */
  public record Hash(Kind kind, String value) {
    /** The number of hexadecimal digits in a hash. */
    public static final int LENGTH = 64;

    /**
     * Validates and lower-cases.
     *
     * @throws IllegalArgumentException if {@code value} is not 64 hexadecimal digits
     */
    public Hash {
      requireNonNull(kind, "kind");
      value = requireNonNull(value, "value").trim().toLowerCase(Locale.ROOT);
      if (value.length() != LENGTH) {
        throw new IllegalArgumentException("hash \"" + value + "\" is " + value.length()
            + " characters long; expected " + LENGTH + " hexadecimal digits (a salted SHA-256)");
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
          throw new IllegalArgumentException("hash \"" + value + "\" holds '" + c + "' at position "
              + (i + 1) + "; expected only hexadecimal digits 0-9 and a-f");
        }
      }
    }
  }
}
