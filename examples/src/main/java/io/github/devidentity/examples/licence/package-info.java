/**
 * An example program of licence counting: {@link
 * io.github.devidentity.examples.licence.LicenceExample} resolves records built in code and counts
 * licence units with {@link io.github.devidentity.licence.LicenceCounter}.
 */
@NullMarked
package io.github.devidentity.examples.licence;

import org.jspecify.annotations.NullMarked;
