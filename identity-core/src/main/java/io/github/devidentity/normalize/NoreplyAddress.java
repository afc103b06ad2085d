package io.github.devidentity.normalize;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The account a provider noreply address stands for, e.g. {@code 12345+octocat@users.noreply.github.com}
 * stands for GitHub user {@code octocat} with id {@code 12345}.
 *
 * @param provider the host whose accounts the login names, e.g. {@code github.com}
 * @param login the login, lower-cased (provider logins ignore case)
 * @param userId the numeric account id, when the address carries one
 */
public record NoreplyAddress(String provider, String login, @Nullable String userId) {

  /** Checks that the parts are present. */
  public NoreplyAddress {
    requireNonNull(provider, "provider");
    requireNonNull(login, "login");
  }

  /** The numeric account id, when the address carries one. */
  public Optional<String> accountId() {
    return Optional.ofNullable(userId);
  }
}
