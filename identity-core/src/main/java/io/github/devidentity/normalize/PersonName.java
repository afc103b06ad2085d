package io.github.devidentity.normalize;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person's name as given and as normalised for comparison. Immutable; made by {@link
 * Names#normalize}.
 *
 * <p>The checks strategies ask for again and again (is it a full name, its words in order) are
 * worked out once, when the name is made.
 */
public final class PersonName {
  private final String raw;
  private final String key;
  private final ImmutableList<String> parts;
  private final boolean placeholder;
  private final boolean spelledAsName;
  private final boolean fullName;
  private final String sortedWords;

  /**
   * Creates a name from its parts.
   *
   * @param raw the value as the tool gave it
   * @param key the normalised form: accents folded, lower case, punctuation removed, "Last, First"
   *     turned into "first last", single spaces
   * @param parts the words of {@code key}
   * @param placeholder whether the name says nothing about who someone is ({@code unknown},
   *     {@code root}…)
   */
  public PersonName(String raw, String key, List<String> parts, boolean placeholder) {
    this.raw = requireNonNull(raw, "raw");
    this.key = requireNonNull(key, "key");
    this.parts = ImmutableList.copyOf(parts);
    this.placeholder = placeholder;
    this.spelledAsName = spelledAsName(raw);
    this.fullName = fullName(this.parts, placeholder, spelledAsName);
    String[] sorted = this.parts.toArray(new String[0]);
    Arrays.sort(sorted);
    this.sortedWords = String.join(" ", sorted);
  }

  /** The value as the tool gave it. */
  public String raw() {
    return raw;
  }

  /**
   * The normalised form: accents folded, lower case, punctuation removed, "Last, First" turned
   * into "first last", single spaces.
   */
  public String key() {
    return key;
  }

  /** The words of {@link #key()}. */
  public List<String> parts() {
    return parts;
  }

  /** Whether the name says nothing about who someone is ({@code unknown}, {@code root}…). */
  public boolean placeholder() {
    return placeholder;
  }

  /** The words sorted and joined by spaces: equal for "Daniel Hrisca" and "Hrisca Daniel". */
  public String sortedWords() {
    return sortedWords;
  }

  /**
   * Whether the name is specific enough to link two records by itself: written as a name (with a
   * space, no {@code @}), not a placeholder, at least two words, and more than initials.
   */
  public boolean isFullName() {
    return fullName;
  }

  /**
   * Whether the raw value is written like a person's name: words separated by spaces, and no
   * {@code @}. {@code ashutosh619-sudo}, {@code Zac-HD} and {@code k_kapp@yahoo.com} are handles or
   * addresses typed into the name field, not names.
   */
  public boolean isSpelledAsName() {
    return spelledAsName;
  }

  private static boolean spelledAsName(String raw) {
    String trimmed = raw.trim();
    boolean space = false;
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c == '@') {
        return false;
      }
      space |= Character.isWhitespace(c);
    }
    return space;
  }

  private static boolean fullName(List<String> parts, boolean placeholder, boolean spelledAsName) {
    if (placeholder || parts.size() < 2 || !spelledAsName) {
      return false;
    }
    int longParts = 0;
    for (String part : parts) {
      if (part.length() >= 2) {
        longParts++;
      }
    }
    return longParts >= 2;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof PersonName)) {
      return false;
    }
    PersonName that = (PersonName) o;
    return raw.equals(that.raw) && key.equals(that.key) && parts.equals(that.parts) && placeholder == that.placeholder;
  }

  @Override
  public int hashCode() {
    return raw.hashCode() * 31 + key.hashCode();
  }

  @Override
  public String toString() {
    return "PersonName[" + raw + " -> " + key + (placeholder ? ", placeholder" : "") + "]";
  }
}
