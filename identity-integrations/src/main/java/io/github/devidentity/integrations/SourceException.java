package io.github.devidentity.integrations;

import io.github.devidentity.IdentityException;
import org.jspecify.annotations.Nullable;

/**
 * A tool refused or failed a request: the message names the tool, the request (never a token) and
 * what to fix, e.g. the permission a 403 means is missing.
 */
public class SourceException extends IdentityException {
  private static final long serialVersionUID = 1L;

  private final int status;

  SourceException(String message, int status, @Nullable Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The HTTP status the tool answered, or 0 when no answer came (time-out, connection refused). */
  public int status() {
    return status;
  }
}
