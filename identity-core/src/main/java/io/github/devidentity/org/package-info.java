/**
 * The organisation around the contributors: {@link io.github.devidentity.org.Developer developers}
 * as an HR or directory export lists them, the tree their managers make, the {@link
 * io.github.devidentity.org.Team teams} they belong to over time, and the {@link
 * io.github.devidentity.org.OrgDirectory directory} that joins them to a resolution's
 * contributors.
 *
 * <p>Start at {@link io.github.devidentity.org.Organisation#builder()}.
 */
@NullMarked
package io.github.devidentity.org;

import org.jspecify.annotations.NullMarked;
