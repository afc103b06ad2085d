package io.github.devidentity.integrations;

import static java.util.Objects.requireNonNull;

/**
 * A name and an email as git records them in a commit's author, committer or {@code
 * Co-authored-by:} trailer. Either may be empty: git allows it.
 *
 * @param name the name, possibly empty
 * @param email the email, without the angle brackets, possibly empty
 */
public record GitIdentity(String name, String email) {

  /** Checks that neither part is null. */
  public GitIdentity {
    requireNonNull(name, "name");
    requireNonNull(email, "email");
  }

  /** {@code Name <email>}, as git writes it. */
  @Override
  public String toString() {
    return name + " <" + email + ">";
  }
}
