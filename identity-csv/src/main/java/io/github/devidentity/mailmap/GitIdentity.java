package io.github.devidentity.mailmap;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.model.IdentityRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * A name and an email as git records them in a commit, {@code Name <email>}: what a {@code
 * .mailmap} maps from and to.
 *
 * <p>Kept exactly as given, because git compares the mapped result byte for byte: {@code Ada
 * <ada@example.org>} and {@code Ada <Ada@example.org>} are two lines in {@code git shortlog}.
 *
 * @param name the author name; empty when the commit has none
 * @param email the author email, without angle brackets; empty when the commit has none
 */
public record GitIdentity(String name, String email) {

  /** Checks that both parts are present. */
  public GitIdentity {
    requireNonNull(name, "name");
    requireNonNull(email, "email");
  }

  /** Shorthand for {@code new GitIdentity(name, email)}. */
  public static GitIdentity of(String name, String email) {
    return new GitIdentity(name, email);
  }

  /** {@code Name <email>}, as git prints it; {@code <email>} when the name is empty. */
  @Override
  public String toString() {
    return name.isEmpty() ? "<" + email + ">" : name + " <" + email + ">";
  }

  /**
   * The identities git would know a record by: its display name with each of its emails, or with
   * an empty email when it has none; none when the record has neither name nor email.
   */
  static List<GitIdentity> of(IdentityRecord record) {
    String name = record.displayName().orElse("");
    List<GitIdentity> identities = new ArrayList<>();
    for (String email : record.emails()) {
      identities.add(new GitIdentity(name, email));
    }
    if (identities.isEmpty() && !name.isEmpty()) {
      identities.add(new GitIdentity(name, ""));
    }
    return identities;
  }

  /**
   * A name or email as git compares it: ASCII letters lower-cased, everything else as it is, the
   * way {@code strcasecmp} compares; "É" and "é" stay different, as they are for git.
   */
  static String key(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return asciiLowerCase(text);
      }
    }
    return text;
  }

  private static String asciiLowerCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] = (char) (chars[i] + ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  /** For messages and notes: the identity in quotes, on one line whatever it holds. */
  String quoted() {
    return '"' + toString().replace("\n", "\\n").replace("\r", "\\r") + '"';
  }
}
