package io.github.devidentity.cloudid;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with one row of an upload.
 *
 * <p>A problem points at its row by position, so a reader can map it back to a file line and to
 * the cell of its {@link #field()}.
 *
 * @param index the 0-based position of the row in the upload
 * @param field the value the problem is about
 * @param code what kind of problem, stable across versions
 * @param value the value as given, trimmed; empty when it is missing
 * @param message one sentence saying what is wrong and how to fix it, without the location
 */
public record CloudIdProblem(int index, Field field, Code code, String value, String message) {

  /** The values of a row. */
  public enum Field {
    /** {@link CloudIdRow#email()}. */
    EMAIL,
    /** {@link CloudIdRow#integration()}. */
    INTEGRATION,
    /** {@link CloudIdRow#identity()}. */
    IDENTITY
  }

  /** Kinds of problem. The names are stable: hosts and scripts may match on them. */
  public enum Code {
    /** A value is empty. */
    REQUIRED_VALUE_MISSING,
    /** The email is not an address, or is a shared or placeholder one that names nobody. */
    INVALID_EMAIL,
    /** The integration is not a known integration type. */
    UNKNOWN_INTEGRATION,
    /** The integration is of a type without accounts, such as plain git. */
    INTEGRATION_WITHOUT_ACCOUNTS,
    /** One account is claimed for two or more emails in one upload; each such row is reported. */
    DUPLICATE_ACCOUNT,
    /** No contributor holds the email: an upload never makes a new person. */
    UNKNOWN_EMAIL,
    /** Two or more contributors hold the email, so the owner is not known. */
    AMBIGUOUS_EMAIL,
    /**
     * Another contributor's record holds the account under a different email: moving it would
     * make that email ambiguous, so a person decides.
     */
    CONFLICTING_EMAIL
  }

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public CloudIdProblem {
    requireNonNull(field, "field");
    requireNonNull(code, "code");
    requireNonNull(value, "value");
    requireNonNull(message, "message");
    if (index < 0) {
      throw new IllegalArgumentException("index is " + index + "; expected 0 or more");
    }
  }

  /** {@code CODE: message}. */
  @Override
  public String toString() {
    return code + ": " + message;
  }
}
