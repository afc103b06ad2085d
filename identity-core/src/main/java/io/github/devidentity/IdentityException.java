package io.github.devidentity;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception the library throws on purpose.
 *
 * <p>Unchecked, so hosts catch it where they can act on it. Third-party checked exceptions are
 * wrapped as the cause, never leaked.
 */
public class IdentityException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a sentence-like message. */
  public IdentityException(String message) {
    super(message);
  }

  /** Creates an exception with a sentence-like message and the underlying cause. */
  public IdentityException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
