/**
 * The service-provider interface hosts implement to feed the library: {@link
 * io.github.devidentity.spi.IdentitySource identity sources} that sync incrementally from a
 * cursor, and {@link io.github.devidentity.spi.IdentitySourceProvider providers} that create them
 * from configuration, found with {@link java.util.ServiceLoader}.
 */
@NullMarked
package io.github.devidentity.spi;

import org.jspecify.annotations.NullMarked;
