/**
 * Example program: forgetting a person, exporting the tombstones, and a re-sync in which the
 * person does not return.
 */
@NullMarked
package io.github.devidentity.examples.forget;

import org.jspecify.annotations.NullMarked;
