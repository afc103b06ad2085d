package io.github.devidentity.match;

import static java.util.Objects.requireNonNull;

/**
 * Why two records are thought to belong to one person: which strategy said so, how sure it is,
 * and a one-line explanation a person can check.
 *
 * @param strategy the name of the strategy that produced it
 * @param confidence in (0, 1]; 1 means certain
 * @param explanation one line, e.g. {@code same email "ada@example.org"}
 */
public record Evidence(String strategy, double confidence, String explanation) {

  /**
   * Validates.
   *
   * @throws IllegalArgumentException if {@code confidence} is not in (0, 1] or the explanation is
   *     blank or has a line break
   */
  public Evidence {
    requireNonNull(strategy, "strategy");
    requireNonNull(explanation, "explanation");
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException(
          "confidence is " + confidence + "; expected a number in (0, 1]");
    }
    if (explanation.isBlank() || explanation.indexOf('\n') >= 0 || explanation.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(
          "explanation \"" + explanation + "\" must be one non-blank line");
    }
  }

  /** {@code explanation (strategy, 0.97)}. */
  @Override
  public String toString() {
    return explanation + " (" + strategy + ", " + String.format(java.util.Locale.ROOT, "%.2f", confidence) + ")";
  }
}
