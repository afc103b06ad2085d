package io.github.devidentity.integrations;

/**
 * Turns the identity a commit was made with into the one to count it under, the way a {@code
 * .mailmap} does: {@link LocalGitSource} calls it for every author, committer and co-author.
 *
 * <pre>{@code
 * GitIdentityMapper lowerCase = (name, email) -> new GitIdentity(name, email.toLowerCase(Locale.ROOT));
 * }</pre>
 */
@FunctionalInterface
public interface GitIdentityMapper {

  /**
   * The canonical identity for this one; return {@code new GitIdentity(name, email)} to keep it.
   *
   * @param name the name as written in the commit, possibly empty
   * @param email the email as written in the commit, possibly empty
   * @return the identity to count the commit under; never null
   */
  GitIdentity map(String name, String email);
}
