/**
 * devidentity: tells which accounts in an engineering organisation's tools belong to the same
 * person.
 *
 * <p>Start at {@link io.github.devidentity.resolve.Resolver}. This package holds only the
 * exception hierarchy shared by every module.
 */
@NullMarked
package io.github.devidentity;

import org.jspecify.annotations.NullMarked;
