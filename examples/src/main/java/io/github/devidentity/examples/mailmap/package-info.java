/**
 * An example program of git's {@code .mailmap}: {@link
 * io.github.devidentity.examples.mailmap.MailmapExample} imports a project's mailmap as decisions
 * and as evidence, and writes a resolution back as a mailmap.
 */
@NullMarked
package io.github.devidentity.examples.mailmap;

import org.jspecify.annotations.NullMarked;
