package io.github.devidentity.integrations;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.model.Integration;

/**
 * Why the sync of one integration failed during a {@link SyncRunner#run run}.
 *
 * @param integration the integration whose source failed
 * @param message what went wrong, as the source's exception (or the runner) said it
 */
public record SourceFailure(Integration integration, String message) {

  /** Validates. */
  public SourceFailure {
    requireNonNull(integration, "integration");
    requireNonNull(message, "message");
  }

  /** {@code integration: message}, e.g. {@code github:acme-github: HTTP 503 from api.github.com}. */
  @Override
  public String toString() {
    return integration + ": " + message;
  }
}
