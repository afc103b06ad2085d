/**
 * Cloud-id upload: for integrations whose users cannot be fetched, a host states which account
 * belongs to whom as {@link io.github.devidentity.cloudid.CloudIdRow (email, integration,
 * identity)} rows, and {@link io.github.devidentity.cloudid.CloudIds#upload CloudIds.upload}
 * turns them into the records and decisions that attach each account to the contributor owning
 * the email, idempotently.
 *
 * <p>Start at {@link io.github.devidentity.cloudid.CloudIds}.
 */
@NullMarked
package io.github.devidentity.cloudid;

import org.jspecify.annotations.NullMarked;
