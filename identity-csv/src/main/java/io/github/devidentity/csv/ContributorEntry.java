package io.github.devidentity.csv;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.model.AccountRef;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One person as a contributors CSV states them: the rows with one email, folded.
 *
 * <p>Each account is a column's integration and the cell's value: an account id (cloud id), or,
 * in the columns of integrations without account ids such as git, an email address, normalised.
 *
 * @param line the 1-based line of the person's first row
 * @param fullName the name, as the first row gives it
 * @param email the email address, normalised (lower case, without {@code mailto:} or angle
 *     brackets)
 * @param attributes the custom attributes with a value, by column name as the header spells it;
 *     sorted
 * @param accounts the accounts the rows claim, sorted
 */
public record ContributorEntry(
    long line, String fullName, String email, Map<String, String> attributes, Set<AccountRef> accounts) {

  /**
   * Checks and copies.
   *
   * @throws IllegalArgumentException if {@code line} is below 1, or the name or email is blank
   */
  public ContributorEntry {
    requireNonNull(fullName, "fullName");
    requireNonNull(email, "email");
    if (line < 1) {
      throw new IllegalArgumentException("line is " + line + "; expected 1 or more");
    }
    if (fullName.isBlank() || email.isBlank()) {
      throw new IllegalArgumentException(
          "an entry needs a name and an email; got \"" + fullName + "\" <" + email + ">");
    }
    // Most people have no attribute and one account: a million of them are held at once.
    attributes = attributes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(attributes));
    accounts = accounts.size() <= 1 ? Set.copyOf(accounts) : Collections.unmodifiableSet(new TreeSet<>(accounts));
  }

  /** {@code line 3: Ada Lovelace <ada@example.org>}. */
  @Override
  public String toString() {
    return "line " + line + ": " + fullName + " <" + email + ">";
  }
}
