package io.github.devidentity.resolve;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.match.StrategyChain;

/**
 * How a {@link Resolver} resolves: the strategy chain, the thresholds and the bounds.
 *
 * <pre>{@code
 * ResolverOptions options = ResolverOptions.builder()
 *     .strategies(StrategyChain.defaults().without(SameFullNameStrategy.NAME))
 *     .autoMergeThreshold(0.9)
 *     .build();
 * }</pre>
 */
public final class ResolverOptions {
  private final StrategyChain strategies;
  private final double autoMergeThreshold;
  private final double reviewThreshold;
  private final int clusterSizeBound;
  private final int maxCandidateBlockSize;
  private final double nameGuardBelow;
  private final ProgressListener progress;

  private ResolverOptions(Builder builder) {
    this.strategies = builder.strategies;
    this.autoMergeThreshold = builder.autoMergeThreshold;
    this.reviewThreshold = builder.reviewThreshold;
    this.clusterSizeBound = builder.clusterSizeBound;
    this.maxCandidateBlockSize = builder.maxCandidateBlockSize;
    this.nameGuardBelow = builder.nameGuardBelow;
    this.progress = builder.progress;
  }

  /** The defaults: {@link StrategyChain#defaults()}, auto-merge at 0.85, review from 0.5. */
  public static ResolverOptions defaults() {
    return builder().build();
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options. */
  public Builder toBuilder() {
    return new Builder()
        .strategies(strategies)
        .autoMergeThreshold(autoMergeThreshold)
        .reviewThreshold(reviewThreshold)
        .clusterSizeBound(clusterSizeBound)
        .maxCandidateBlockSize(maxCandidateBlockSize)
        .nameGuardBelow(nameGuardBelow)
        .progress(progress);
  }

  /** The correlation strategies, in order. */
  public StrategyChain strategies() {
    return strategies;
  }

  /** Links at or above this confidence merge automatically (unless a guard objects). */
  public double autoMergeThreshold() {
    return autoMergeThreshold;
  }

  /** Links at or above this confidence but below the auto-merge threshold go to review. */
  public double reviewThreshold() {
    return reviewThreshold;
  }

  /** Contributors with more records than this are reported as suspicious. */
  public int clusterSizeBound() {
    return clusterSizeBound;
  }

  /** Candidate blocks larger than this are skipped and reported rather than compared pairwise. */
  public int maxCandidateBlockSize() {
    return maxCandidateBlockSize;
  }

  /**
   * Links weaker than this are refused when they would join two contributors whose full names
   * conflict ("Ada Lovelace" and "Grace Hopper" through one shared address); such links go to
   * review. Links at or above it (cloud ids by default) are trusted over names.
   */
  public double nameGuardBelow() {
    return nameGuardBelow;
  }

  /** Hears progress. */
  public ProgressListener progress() {
    return progress;
  }

  /** Builds {@link ResolverOptions}. */
  public static final class Builder {
    private StrategyChain strategies = StrategyChain.defaults();
    private double autoMergeThreshold = 0.85;
    private double reviewThreshold = 0.5;
    private int clusterSizeBound = 50;
    private int maxCandidateBlockSize = 64;
    private double nameGuardBelow = 0.98;
    private ProgressListener progress = ProgressListener.NONE;

    private Builder() {}

    /** Sets the strategy chain. */
    public Builder strategies(StrategyChain strategies) {
      this.strategies = requireNonNull(strategies, "strategies");
      return this;
    }

    /** Sets the auto-merge threshold, in (0, 1]. */
    public Builder autoMergeThreshold(double threshold) {
      this.autoMergeThreshold = threshold;
      return this;
    }

    /** Sets the review threshold, in (0, 1] and not above the auto-merge threshold. */
    public Builder reviewThreshold(double threshold) {
      this.reviewThreshold = threshold;
      return this;
    }

    /** Sets the cluster size above which contributors are reported; at least 2. */
    public Builder clusterSizeBound(int bound) {
      this.clusterSizeBound = bound;
      return this;
    }

    /** Sets the largest candidate block compared pairwise; at least 2. */
    public Builder maxCandidateBlockSize(int size) {
      this.maxCandidateBlockSize = size;
      return this;
    }

    /** Sets the confidence below which links must not join conflicting full names; 0 turns the guard off. */
    public Builder nameGuardBelow(double confidence) {
      this.nameGuardBelow = confidence;
      return this;
    }

    /** Sets the progress listener. */
    public Builder progress(ProgressListener progress) {
      this.progress = requireNonNull(progress, "progress");
      return this;
    }

    /**
     * Builds the options.
     *
     * @throws IllegalArgumentException if a threshold is outside (0, 1], the review threshold is
     *     above the auto-merge threshold, or a bound is below 2
     */
    public ResolverOptions build() {
      checkThreshold("autoMergeThreshold", autoMergeThreshold);
      checkThreshold("reviewThreshold", reviewThreshold);
      if (reviewThreshold > autoMergeThreshold) {
        throw new IllegalArgumentException("reviewThreshold " + reviewThreshold
            + " is above autoMergeThreshold " + autoMergeThreshold + "; it must not be");
      }
      if (clusterSizeBound < 2) {
        throw new IllegalArgumentException("clusterSizeBound is " + clusterSizeBound + "; expected 2 or more");
      }
      if (maxCandidateBlockSize < 2) {
        throw new IllegalArgumentException(
            "maxCandidateBlockSize is " + maxCandidateBlockSize + "; expected 2 or more");
      }
      return new ResolverOptions(this);
    }

    private static void checkThreshold(String name, double value) {
      if (!(value > 0 && value <= 1)) {
        throw new IllegalArgumentException(name + " is " + value + "; expected a number in (0, 1]");
      }
    }
  }
}
