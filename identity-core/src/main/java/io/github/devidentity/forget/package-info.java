/**
 * The right to be forgotten: {@link io.github.devidentity.forget.Tombstones tombstones} that hold
 * only salted hashes of a forgotten person's identifiers, filter the person's records out of
 * every later sync, and purge the decision log, the assignments and the audit trail of them.
 */
@NullMarked
package io.github.devidentity.forget;

import org.jspecify.annotations.NullMarked;
