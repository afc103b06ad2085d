/**
 * Example program: the contributors CSV round trip — resolve, export, edit, dry-run import,
 * decisions, audit trail, and a re-resolution that keeps the edit.
 */
@NullMarked
package io.github.devidentity.examples.contributors;

import org.jspecify.annotations.NullMarked;
