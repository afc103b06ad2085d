package io.github.devidentity.model;

import static java.util.Objects.requireNonNull;

/**
 * One account in one integration: the integration and the tool's stable account id (cloud id).
 *
 * @param integration where the account lives
 * @param accountId the tool's stable id for it, trimmed, never blank
 */
public record AccountRef(Integration integration, String accountId) implements Comparable<AccountRef> {

  /**
   * Validates and trims.
   *
   * @throws IllegalArgumentException if {@code accountId} is blank
   */
  public AccountRef {
    requireNonNull(integration, "integration");
    requireNonNull(accountId, "accountId");
    accountId = accountId.trim();
    if (accountId.isEmpty()) {
      throw new IllegalArgumentException("account id in " + integration + " is blank");
    }
  }

  /** Shorthand for {@code new AccountRef(integration, accountId)}. */
  public static AccountRef of(Integration integration, String accountId) {
    return new AccountRef(integration, accountId);
  }

  @Override
  public int compareTo(AccountRef other) {
    int byIntegration = integration.compareTo(other.integration);
    return byIntegration != 0 ? byIntegration : accountId.compareTo(other.accountId);
  }

  /** {@code type:instance/accountId}. */
  @Override
  public String toString() {
    return integration + "/" + accountId;
  }
}
