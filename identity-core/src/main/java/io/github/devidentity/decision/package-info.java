/**
 * Human decisions — merge, split, never-link, accept or reject a review item — kept in an
 * append-only {@link io.github.devidentity.decision.DecisionLog log} that every resolution
 * replays, so re-running on fresh data never undoes them. Storage is behind {@link
 * io.github.devidentity.decision.DecisionStore}; file formats live in other modules.
 */
@NullMarked
package io.github.devidentity.decision;

import org.jspecify.annotations.NullMarked;
