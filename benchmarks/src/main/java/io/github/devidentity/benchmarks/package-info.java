/**
 * JMH benchmarks of the hot paths of resolution: normalisation, blocking-key generation per
 * strategy, and resolution end to end, all fed by the seeded organisation generator of the
 * examples module.
 */
@NullMarked
package io.github.devidentity.benchmarks;

import org.jspecify.annotations.NullMarked;
