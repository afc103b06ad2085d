/**
 * Scores resolutions against labelled data: the git identities of public projects labelled by
 * their own {@code .mailmap}, and generated organisations with known truth.
 */
@NullMarked
package io.github.devidentity.examples.evaluate;

import org.jspecify.annotations.NullMarked;
