/**
 * The audit trail: every change to the identity graph — an automatic link or unlink, a review
 * decision, a manual merge or split, a CSV import, a cloud-id upload, a forgetting — as an {@link
 * io.github.devidentity.audit.AuditEvent event} saying who, when, what, why and what was there
 * before, kept in an append-only {@link io.github.devidentity.audit.AuditTrail trail} that hosts
 * page through per contributor.
 */
@NullMarked
package io.github.devidentity.audit;

import org.jspecify.annotations.NullMarked;
