package io.github.devidentity.match;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Why two records are thought to belong to one person: which strategy said so, how sure it is,
 * and a one-line explanation a person can check.
 *
 * <p>A large organisation gives millions of candidate pairs and shows few of them (the links
 * applied, the review queue), so a strategy may give the explanation {@linkplain #of(String,
 * double, Supplier) as a function} that is called when the explanation is first read. Two pieces
 * of evidence are equal when strategy, confidence and explanation are.
 */
public final class Evidence {
  private final String strategy;
  private final double confidence;
  private final @Nullable Supplier<String> explain;
  private volatile @Nullable String explanation;

  /**
   * Evidence with its explanation.
   *
   * @param strategy the name of the strategy that produced it
   * @param confidence in (0, 1]; 1 means certain
   * @param explanation one line, e.g. {@code same email "ada@example.org"}
   * @throws IllegalArgumentException if {@code confidence} is not in (0, 1] or the explanation is
   *     blank or has a line break
   */
  public Evidence(String strategy, double confidence, String explanation) {
    this.strategy = requireNonNull(strategy, "strategy");
    this.confidence = Strategies.checkConfidence(confidence);
    this.explain = null;
    this.explanation = checkExplanation(requireNonNull(explanation, "explanation"));
  }

  private Evidence(String strategy, double confidence, Supplier<String> explain) {
    this.strategy = requireNonNull(strategy, "strategy");
    this.confidence = Strategies.checkConfidence(confidence);
    this.explain = requireNonNull(explain, "explanation");
  }

  /**
   * Evidence whose explanation is made when first read: the function must be deterministic and
   * give one non-blank line, which is checked then.
   *
   * <pre>{@code
   * Evidence.of("same-employee-number", 0.99, () -> "same employee number " + number)
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code confidence} is not in (0, 1]
   */
  public static Evidence of(String strategy, double confidence, Supplier<String> explanation) {
    return new Evidence(strategy, confidence, explanation);
  }

  private static String checkExplanation(String explanation) {
    if (explanation.isBlank() || explanation.indexOf('\n') >= 0 || explanation.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("explanation \"" + explanation + "\" must be one non-blank line");
    }
    return explanation;
  }

  /** The name of the strategy that produced it. */
  public String strategy() {
    return strategy;
  }

  /** In (0, 1]; 1 means certain. */
  public double confidence() {
    return confidence;
  }

  /**
   * One line, e.g. {@code same email "ada@example.org"}.
   *
   * @throws IllegalArgumentException if a function given to {@link #of(String, double, Supplier)}
   *     gives a blank line or a line break
   */
  public String explanation() {
    String made = explanation;
    if (made == null) {
      // Two threads may both make it; the function is deterministic, so they make the same line.
      made = checkExplanation(requireNonNull(requireNonNull(explain, "explain").get(), "explanation"));
      explanation = made;
    }
    return made;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Evidence)) {
      return false;
    }
    Evidence that = (Evidence) o;
    return Double.compare(confidence, that.confidence) == 0 && strategy.equals(that.strategy)
        && explanation().equals(that.explanation());
  }

  @Override
  public int hashCode() {
    return Objects.hash(strategy, confidence, explanation());
  }

  /** {@code explanation (strategy, 0.97)}. */
  @Override
  public String toString() {
    return explanation() + " (" + strategy + ", " + String.format(java.util.Locale.ROOT, "%.2f", confidence) + ")";
  }
}
