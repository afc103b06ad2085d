/**
 * Correlation: {@link io.github.devidentity.match.CorrelationStrategy strategies} that propose
 * candidate pairs through blocking keys and score them with {@link
 * io.github.devidentity.match.Evidence evidence}, arranged in an ordered {@link
 * io.github.devidentity.match.StrategyChain chain}.
 */
@NullMarked
package io.github.devidentity.match;

import org.jspecify.annotations.NullMarked;
