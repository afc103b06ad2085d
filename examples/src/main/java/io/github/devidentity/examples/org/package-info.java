/**
 * An example program: builds a small organisation in code, follows a developer who changed
 * team, and joins the organisation to resolved contributors. Run {@link
 * io.github.devidentity.examples.org.OrgExample}.
 */
@NullMarked
package io.github.devidentity.examples.org;

import org.jspecify.annotations.NullMarked;
