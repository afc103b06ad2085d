package io.github.devidentity.normalize;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Handles: the short account-like names a person is known by in tools, and the handles a full
 * name usually turns into.
 *
 * <p>A record's own handles are its logins (including those recovered from noreply addresses), the
 * local parts of its addresses ({@code tobias.pitters@…} gives {@code tobiaspitters}), and its
 * display name when that has no space ({@code rgommers}). Handles are folded to lower-case letters
 * and digits; a trailing number is also tried without it ({@code gfyoung17}, {@code gfyoung}).
 *
 * <p>A full name's derived handles are the forms people build logins from: {@code jorgenstenarson},
 * {@code jstenarson}, {@code stenarsonj}, {@code jorgens}, {@code stenarsonjorgen}, with nickname
 * first names ({@code jeffyancey} for Jeffrey Yancey) and initials of middle names ({@code
 * bgranger} for Brian E. Granger also gives {@code begranger}).
 */
public final class Handles {
  /** Handles shorter than this are too ambiguous to link anything. */
  public static final int MIN_LENGTH = 4;

  /** Cut-off forms shorter than this are too likely to be someone else's start. */
  private static final int MIN_PREFIX = 7;

  private Handles() {}

  /** Folds a handle to lower-case ASCII letters and digits. */
  public static String fold(String raw) {
    return Names.fold(raw).replace(" ", "");
  }

  /** Where a record's handle comes from; it decides how much the handle says. */
  public enum Source {
    /** A login or username, or one recovered from a noreply address. */
    LOGIN,
    /** The local part of an address. */
    LOCAL_PART,
    /** A one-word display name written like a handle ({@code rgommers}, {@code Bharat123Rox}). */
    NAME,
    /** A one-word display name written like a given name ({@code Fayyr}, {@code Ayush}). */
    GIVEN_NAME
  }

  /**
   * One handle of a record.
   *
   * @param value folded: lower-case letters and digits
   * @param source where it comes from
   * @param stripped whether a trailing number was cut off ({@code gfyoung17} gives {@code gfyoung})
   */
  public record Handle(String value, Source source, boolean stripped) {}

  /**
   * Works out a record's own handles, at least {@link #MIN_LENGTH} long, in a stable order; read
   * them through {@link NormalizedRecord#handles()}, which keeps them.
   */
  static List<Handle> compute(NormalizedRecord record) {
    List<Handle> handles = new ArrayList<>(4);
    for (NormalizedRecord.ProviderLogin login : record.providerLogins()) {
      if (login.login() != null) {
        add(handles, login.login(), Source.LOGIN);
      }
    }
    record.record().login().ifPresent(login -> add(handles, login, Source.LOGIN));
    for (EmailAddress email : record.emails()) {
      if (email.noreply() != null || email.status() == EmailAddress.Status.INVALID) {
        continue;
      }
      String local = localPartWithoutTag(email);
      if (!Placeholders.isPlaceholderEmail(local, "example.org")) {
        add(handles, local, Source.LOCAL_PART);
      }
    }
    record.name().ifPresent(name -> {
      String raw = name.raw().trim();
      if (!raw.isEmpty() && raw.chars().noneMatch(Character::isWhitespace) && !name.placeholder()
          && raw.indexOf('@') < 0) {
        add(handles, raw, looksLikeGivenName(raw) ? Source.GIVEN_NAME : Source.NAME);
      }
    });
    return handles;
  }

  private static String localPartWithoutTag(EmailAddress email) {
    String local = email.localPart();
    int plus = local.indexOf('+');
    return plus > 0 ? local.substring(0, plus) : local;
  }

  private static void add(List<Handle> handles, String raw, Source source) {
    String handle = fold(raw);
    if (handle.length() >= MIN_LENGTH && !Placeholders.isPlaceholderName(handle)) {
      addOnce(handles, new Handle(handle, source, false));
    }
    int end = handle.length();
    while (end > 0 && Character.isDigit(handle.charAt(end - 1))) {
      end--;
    }
    // "gfyoung17" is also "gfyoung". Stems of five letters ("apote2050") are kept for matching
    // names built from a full name; alone they are mostly given names ("ayush3781"), which the
    // strategies check.
    if (end < handle.length() && end >= 5) {
      addOnce(handles, new Handle(handle.substring(0, end), source, true));
    }
  }

  private static void addOnce(List<Handle> handles, Handle handle) {
    for (Handle existing : handles) {
      if (existing.value().equals(handle.value()) && existing.source() == handle.source()) {
        return;
      }
    }
    handles.add(handle);
  }

  /**
   * Whether a one-word display name is written like a given name ("Ayush", "Elad"): one capital
   * followed by lower-case letters, at most seven letters unless it is a common given name. Such names are shared by strangers; handles are usually
   * written in lower case, with digits, or in camel case ("rgommers", "Bharat123Rox").
   */
  static boolean looksLikeGivenName(String word) {
    if (word.length() < 2 || !Character.isUpperCase(word.codePointAt(0))) {
      return false;
    }
    if (word.length() > 7 && !GivenNames.isCommon(fold(word))) {
      // "Maldoalberto", "Mukulikaa": long capitalised words are handles more often than names.
      return false;
    }
    for (int i = Character.charCount(word.codePointAt(0)); i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (!Character.isLowerCase(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /**
   * Whether a handle identifies someone by itself: long enough, not only a common given name,
   * not a placeholder.
   */
  public static boolean isDistinctive(String handle) {
    return handle.length() >= 5 && !GivenNames.isCommon(handle) && !Placeholders.isPlaceholderName(handle)
        && !ROLE_WORDS.contains(handle);
  }

  /** Words of addresses that are no part of a name: {@code github.com@…}, {@code git.dev@…}. */
  private static final ImmutableSet<String> NOT_NAMES = ImmutableSet.of(
      "com", "org", "net", "io", "dev", "git", "mail", "info", "web", "www", "the", "and", "test");

  /** Mailbox names of roles, not people: {@code contact@…}, {@code github@…}. */
  private static final ImmutableSet<String> ROLE_WORDS = ImmutableSet.of(
      "contact", "hello", "admin", "email", "github", "gitlab", "support", "office", "webmaster",
      "postmaster", "sales", "public", "private", "personal", "mailbox", "inbox", "account",
      "opensource", "code", "coding", "developer", "software", "hacker", "spam", "junk", "noreply",
      "commits", "patches", "review", "bugs", "security", "python", "linux", "ubuntu", "macbook");

  /**
   * The handles a full name usually turns into, with their prefixes of at least {@code
   * minPrefix} letters in a separate set (old systems cut logins to 8 letters: {@code jstenar}).
   */
  public static Derived derive(PersonName name) {
    Set<String> exact = new LinkedHashSet<>();
    Set<String> weak = new LinkedHashSet<>();
    Set<String> prefixes = new LinkedHashSet<>();
    List<String> parts = name.parts();
    if (!name.isFullName() || parts.size() > 5) {
      return new Derived(ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of());
    }
    String last = parts.get(parts.size() - 1);
    StringBuilder middleInitials = new StringBuilder();
    for (int i = 1; i < parts.size() - 1; i++) {
      middleInitials.append(parts.get(i).charAt(0));
    }
    Set<String> firsts = new LinkedHashSet<>();
    firsts.add(parts.get(0));
    firsts.addAll(GivenNames.variants(parts.get(0)));
    for (String first : firsts) {
      String f = first.substring(0, 1);
      exact.add(first + last);
      exact.add(f + last);
      exact.add(last + first);
      exact.add(last + f);
      weak.add(first + last.charAt(0));
      if (middleInitials.length() > 0) {
        exact.add(f + middleInitials + last);
        exact.add(first + middleInitials + last);
      }
    }
    if (parts.size() == 3) {
      // Compound family names: "Al-Baraa El Hag" is also "aelhag" and "elhag".
      exact.add(parts.get(0).charAt(0) + parts.get(1) + last);
      exact.add(parts.get(0) + parts.get(1) + last);
    }
    // A prefix must reach at least three letters into the family name, or it is only a given name
    // ("shubham" from "Shubham Rathod").
    String first = parts.get(0);
    String f = first.substring(0, 1);
    addPrefixes(prefixes, f + last, MIN_PREFIX);
    addPrefixes(prefixes, f + middleInitials + last, Math.max(MIN_PREFIX, 1 + middleInitials.length() + 3));
    addPrefixes(prefixes, first + last, Math.max(MIN_PREFIX, first.length() + 3));
    exact.removeIf(h -> h.length() < 5);
    weak.removeIf(h -> h.length() < 5 || exact.contains(h));
    prefixes.removeAll(exact);
    prefixes.removeAll(weak);
    return new Derived(ImmutableSet.copyOf(exact), ImmutableSet.copyOf(weak), ImmutableSet.copyOf(prefixes));
  }

  private static void addPrefixes(Set<String> prefixes, String full, int minLength) {
    for (int length = minLength; length < full.length(); length++) {
      prefixes.add(full.substring(0, length));
    }
  }

  /**
   * Derived handles of a name.
   *
   * @param exact whole forms that identify the name well ({@code jstenarson}, {@code stenarsonj})
   * @param weak whole forms that are mostly the given name ({@code koryd} for Kory Donati): they
   *     count only against a handle written exactly so, never against a cut or stripped one
   * @param prefixes cut-off forms ({@code jstenar})
   */
  public record Derived(Set<String> exact, Set<String> weak, Set<String> prefixes) {}

  /**
   * A name spelled in an address's local part: {@code erik.m.bray} gives "erik m bray", {@code
   * tobias_pitters} gives "tobias pitters"; see {@link #nameInHandle}.
   */
  public static java.util.Optional<PersonName> nameInLocalPart(EmailAddress email) {
    if (email.noreply() != null || email.status() == EmailAddress.Status.INVALID) {
      return java.util.Optional.empty();
    }
    return nameInHandle(localPartWithoutTag(email));
  }

  /**
   * A name spelled in a handle with dots or underscores: {@code akshat_jain} gives "akshat jain",
   * {@code erik.m.bray} gives "erik m bray"; empty for one word, words with digits, role words,
   * or a dash ({@code woodsp-ibm} is a login and a tag).
   */
  public static java.util.Optional<PersonName> nameInHandle(String handle) {
    // Dots and underscores separate the parts of a name ("erik.bray", "akshat_jain"); a dash more
    // often adds a tag ("woodsp-ibm", "ashutosh619-sudo").
    if (handle.indexOf('-') >= 0) {
      return java.util.Optional.empty();
    }
    String[] words = handle.toLowerCase(Locale.ROOT).split("[._]+");
    if (words.length < 2 || words.length > 3) {
      return java.util.Optional.empty();
    }
    for (String word : words) {
      if (word.isEmpty() || !word.chars().allMatch(Character::isLetter) || ROLE_WORDS.contains(word)
          || NOT_NAMES.contains(word)) {
        return java.util.Optional.empty();
      }
    }
    PersonName name = Names.normalize(String.join(" ", words));
    return name.isFullName() ? java.util.Optional.of(name) : java.util.Optional.empty();
  }
}
