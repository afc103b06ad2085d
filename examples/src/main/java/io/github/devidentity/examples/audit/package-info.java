/**
 * Example program: the audit trail of a resolution, a manual merge and a re-resolution, paged
 * for one contributor.
 */
@NullMarked
package io.github.devidentity.examples.audit;

import org.jspecify.annotations.NullMarked;
