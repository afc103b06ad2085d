package io.github.devidentity.cloudid;

import static java.util.Objects.requireNonNull;

/**
 * One uploaded statement: the person with this email holds this account in this integration.
 *
 * <p>The values are kept as given, trimmed; they are not checked here but by {@link
 * CloudIds#check} and {@link CloudIds#upload}, which report every bad value instead of stopping at
 * the first.
 *
 * <pre>{@code
 * new CloudIdRow("ada@example.org", "jira-cloud", "5b10ac8d82e05b22cc7d4ef5");
 * new CloudIdRow("ada@example.org", "github:acme-github", "583231");
 * }</pre>
 *
 * @param email the work email of the account's owner, as a contributor holds it
 * @param integration the integration: a type such as {@code jira-cloud}, optionally with the
 *     instance the host named, {@code jira-cloud:acme}, as {@link
 *     io.github.devidentity.model.Integration#parse} reads it
 * @param identity the account's stable id in that integration (its cloud id)
 */
public record CloudIdRow(String email, String integration, String identity) {

  /** Trims the values. */
  public CloudIdRow {
    email = requireNonNull(email, "email").trim();
    integration = requireNonNull(integration, "integration").trim();
    identity = requireNonNull(identity, "identity").trim();
  }

  /** {@code email, integration, identity}. */
  @Override
  public String toString() {
    return email + ", " + integration + ", " + identity;
  }
}
