package io.github.devidentity.integrations;

import static java.util.Objects.requireNonNull;

/**
 * A token or password: never printed, logged or put in an exception message. {@link #toString()}
 * shows only that a secret is set.
 *
 * <pre>{@code
 * Secret token = Secret.fromEnvironment("GITHUB_TOKEN");
 * }</pre>
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a secret value.
   *
   * @throws IllegalArgumentException if it is blank
   */
  public static Secret of(String value) {
    requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("the secret is blank; expected a token");
    }
    return new Secret(value.strip());
  }

  /**
   * Reads a secret from an environment variable.
   *
   * @throws IllegalArgumentException if the variable is not set or blank (the message names the
   *     variable, never a value)
   */
  public static Secret fromEnvironment(String variable) {
    requireNonNull(variable, "variable");
    String value = System.getenv(variable);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("environment variable " + variable + " is not set; expected a token in it");
    }
    return new Secret(value.strip());
  }

  /** The value, for the one place that sends it. */
  String reveal() {
    return value;
  }

  /** {@code Secret[****]}, whatever the value. */
  @Override
  public String toString() {
    return "Secret[****]";
  }
}
