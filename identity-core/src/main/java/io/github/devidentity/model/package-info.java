/**
 * The values the library works on: {@link io.github.devidentity.model.IdentityRecord identity
 * records} observed in integrations, and the {@link io.github.devidentity.model.Contributor
 * contributors} they resolve into.
 */
@NullMarked
package io.github.devidentity.model;

import org.jspecify.annotations.NullMarked;
