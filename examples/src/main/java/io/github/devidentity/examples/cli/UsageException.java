package io.github.devidentity.examples.cli;

/**
 * The command line itself is wrong: an unknown option, a missing value, a missing required
 * option. {@link Main} prints the message with the subcommand's usage and exits with 2.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
