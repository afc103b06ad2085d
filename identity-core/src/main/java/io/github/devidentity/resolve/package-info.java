/**
 * Resolution: turns identity records and the decision log into {@link
 * io.github.devidentity.model.Contributor contributors}, a {@link
 * io.github.devidentity.resolve.ReviewItem review queue} and the evidence behind every merge.
 * Start at {@link io.github.devidentity.resolve.Resolver}.
 */
@NullMarked
package io.github.devidentity.resolve;

import org.jspecify.annotations.NullMarked;
