/**
 * Wiring for identity sources: {@link io.github.devidentity.integrations.SourceRegistry} finds the
 * providers on the class or module path, {@link io.github.devidentity.integrations.SyncRunner}
 * syncs several sources from their cursors and reports what each yielded or why it failed, and
 * {@link io.github.devidentity.integrations.InMemorySource} serves a fixed list of records for
 * tests and examples.
 */
@NullMarked
package io.github.devidentity.integrations;

import org.jspecify.annotations.NullMarked;
