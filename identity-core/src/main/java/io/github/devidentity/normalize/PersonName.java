package io.github.devidentity.normalize;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A person's name as given and as normalised for comparison.
 *
 * @param raw the value as the tool gave it
 * @param key the normalised form: accents folded, lower case, punctuation removed, "Last, First"
 *     turned into "first last", single spaces
 * @param parts the words of {@code key}
 * @param placeholder whether the name says nothing about who someone is ({@code unknown}, {@code
 *     root}…)
 */
public record PersonName(String raw, String key, List<String> parts, boolean placeholder) {

  /** Checks that the parts are present and copies the list. */
  public PersonName {
    requireNonNull(raw, "raw");
    requireNonNull(key, "key");
    parts = ImmutableList.copyOf(parts);
  }

  /**
   * Whether the name is specific enough to link two records by itself: written as a name (with a
   * space, no {@code @}), not a placeholder, at least two words, and more than initials.
   */
  public boolean isFullName() {
    if (placeholder || parts.size() < 2 || !isSpelledAsName()) {
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

  /**
   * Whether the raw value is written like a person's name: words separated by spaces, and no
   * {@code @}. {@code ashutosh619-sudo}, {@code Zac-HD} and {@code k_kapp@yahoo.com} are handles or
   * addresses typed into the name field, not names.
   */
  public boolean isSpelledAsName() {
    String trimmed = raw.trim();
    return trimmed.indexOf('@') < 0 && trimmed.chars().anyMatch(Character::isWhitespace);
  }
}
