/**
 * An example program of identity sources: {@link
 * io.github.devidentity.examples.sources.TwoSourcesExample} syncs a local git repository and a
 * second source with one runner, and resolves what they yield into contributors.
 */
@NullMarked
package io.github.devidentity.examples.sources;

import org.jspecify.annotations.NullMarked;
