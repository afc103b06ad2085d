package io.github.devidentity.spi;

import io.github.devidentity.model.IdentityRecord;

/** Receives what an {@link IdentitySource} yields. Implementations need not be thread-safe. */
@FunctionalInterface
public interface IdentitySink {
  /** Receives one identity record. */
  void record(IdentityRecord record);

  /**
   * Receives one contribution fact: an account tied to a commit's author. Ignored unless
   * overridden, so sinks that only want records stay one lambda.
   */
  default void contribution(ContributionFact fact) {}
}
