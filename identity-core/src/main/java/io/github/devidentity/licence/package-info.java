/**
 * Licence counting: how many licence units a {@link io.github.devidentity.resolve.Resolution}
 * bills, which account makes each counted contributor billable, what was left out and why, and
 * which review-queue items would lower the count if they were merged. Start at {@link
 * io.github.devidentity.licence.LicenceCounter}.
 */
@NullMarked
package io.github.devidentity.licence;

import org.jspecify.annotations.NullMarked;
