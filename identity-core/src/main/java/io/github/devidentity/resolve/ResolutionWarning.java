package io.github.devidentity.resolve;

import static java.util.Objects.requireNonNull;

/**
 * Something a resolution noticed and a person should look at; nothing is dropped silently.
 *
 * @param kind what sort of problem
 * @param message one line naming what and where
 */
public record ResolutionWarning(Kind kind, String message) {

  /** Sorts of warning. */
  public enum Kind {
    /** A contributor holds more records than the cluster size bound: a possible false-merge snowball. */
    LARGE_CLUSTER,
    /** A candidate block was too large to compare pairwise and was skipped. */
    LARGE_BLOCK,
    /** A decision names a record that is not in the input; it stays in the log, unapplied. */
    UNKNOWN_RECORD,
    /** Manual merges join two records that a never-link decision keeps apart; the later decision won. */
    DECISION_CONFLICT
  }

  /** Checks that the parts are present. */
  public ResolutionWarning {
    requireNonNull(kind, "kind");
    requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return kind + ": " + message;
  }
}
