package io.github.devidentity.normalize;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Normalises person names for comparison.
 *
 * <pre>{@code
 * Names.normalize("Gómez, José-María").key(); // "jose maria gomez"
 * }</pre>
 */
public final class Names {
  private static final Splitter WORDS = Splitter.on(' ').omitEmptyStrings();
  private static final ImmutableSet<String> SUFFIXES =
      ImmutableSet.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "esq");

  private Names() {}

  /**
   * Normalises a name: Unicode NFKC; text that was UTF-8 read as Latin-1 ({@code JÃ¶rgen}) is
   * repaired; "Last, First" becomes "First Last"; accents are folded ({@code é} to {@code e},
   * {@code ß} to {@code ss}, {@code ø} to {@code o}); case is folded; punctuation becomes a space;
   * runs of white space become one space.
   */
  public static PersonName normalize(String raw) {
    requireNonNull(raw, "raw");
    String trimmed = raw.trim();
    String text = isAscii(trimmed) ? trimmed : Normalizer.normalize(repairMojibake(trimmed), Normalizer.Form.NFKC);
    text = dropMailingListSuffix(text);
    text = dropParenthesized(text.replace('[', '(').replace(']', ')'));
    text = reorderLastFirst(text);
    String key = fold(text);
    List<String> parts = WORDS.splitToList(key);
    return new PersonName(raw, key, parts, Placeholders.isPlaceholderName(key));
  }

  /**
   * Folds text to lower-case ASCII-like letters and digits separated by single spaces; the same
   * folding {@link #normalize} applies, without the name-specific reordering.
   */
  public static String fold(String text) {
    if (isAscii(text)) {
      return foldAscii(text);
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = true;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.FORMAT) {
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        String folded = foldLetter(cp);
        out.append(folded);
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    return withoutTrailingSpace(out);
  }

  /** The folded text, less the one space a trailing punctuation mark leaves. */
  private static String withoutTrailingSpace(StringBuilder out) {
    int end = out.length();
    if (end > 0 && out.charAt(end - 1) == ' ') {
      out.setLength(end - 1);
    }
    return out.toString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** {@link #fold} for ASCII text, which needs no Unicode decomposition: most names are. */
  private static String foldAscii(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
        space = false;
      } else if (c >= 'A' && c <= 'Z') {
        out.append((char) (c + ('a' - 'A')));
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    return withoutTrailingSpace(out);
  }

  private static String foldLetter(int cp) {
    switch (cp) {
      case 'ß':
        return "ss";
      case 'ø':
      case 'Ø':
        return "o";
      case 'æ':
      case 'Æ':
        return "ae";
      case 'œ':
      case 'Œ':
        return "oe";
      case 'ł':
      case 'Ł':
        return "l";
      case 'đ':
      case 'Đ':
      case 'ð':
      case 'Ð':
        return "d";
      case 'þ':
      case 'Þ':
        return "th";
      case 'ı':
        return "i";
      default:
        return new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Removes a parenthesised aside ("Hrisca Daniel (uidn3651)"), unless the aside is all the Latin
   * text there is ("ਗਗਨਦੀਪ ਸਿੰਘ (Gagandeep Singh)"), in which case it is the name to compare.
   */
  private static String dropParenthesized(String text) {
    int open = text.indexOf('(');
    int close = text.indexOf(')', open + 1);
    if (open < 0 || close < 0) {
      return text;
    }
    String outside = (text.substring(0, open) + " " + text.substring(close + 1)).trim();
    String inside = text.substring(open + 1, close).trim();
    if (fold(outside).isEmpty() || (!hasLatinLetter(outside) && hasLatinLetter(inside))) {
      return inside;
    }
    return outside;
  }

  private static boolean hasLatinLetter(String text) {
    return text.codePoints().anyMatch(cp -> Character.isLetter(cp)
        && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
  }

  /**
   * Removes the " via list-name" that mailing lists and forums append ("Christian Weisgerber via
   * curl-library").
   */
  private static String dropMailingListSuffix(String text) {
    int via = text.toLowerCase(Locale.ROOT).lastIndexOf(" via ");
    return via > 0 ? text.substring(0, via).trim() : text;
  }

  private static String reorderLastFirst(String text) {
    int comma = text.indexOf(',');
    if (comma <= 0 || text.indexOf(',', comma + 1) >= 0) {
      return text;
    }
    String last = text.substring(0, comma).trim();
    String first = text.substring(comma + 1).trim();
    if (WORDS.splitToList(fold(last)).size() >= 2 && WORDS.splitToList(fold(first)).size() >= 2) {
      // "Andrew Knyazev, Professor Emeritus": a name followed by a title, not "Last, First".
      return last;
    }
    if (last.isEmpty() || first.isEmpty() || SUFFIXES.contains(fold(first).replace(" ", ""))) {
      return text;
    }
    return first + " " + last;
  }

  /**
   * Repairs text that was UTF-8 decoded as Latin-1 or Windows-1252, such as {@code JÃ¶rgen}: if
   * every character fits in one byte and those bytes are valid UTF-8 holding a non-ASCII letter,
   * the decoded text is what was meant.
   */
  static String repairMojibake(String text) {
    boolean suspicious = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0xFF) {
        return text;
      }
      if (c == 0xC3 || c == 0xC2 || c == 0xC5 || c == 0xC4) {
        suspicious = true;
      }
    }
    if (!suspicious) {
      return text;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1)))
          .toString();
    } catch (CharacterCodingException e) {
      return text;
    }
  }
}
