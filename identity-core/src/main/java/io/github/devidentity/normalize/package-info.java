/**
 * Normalisation of the raw values tools report: {@link io.github.devidentity.normalize.Emails
 * emails}, provider {@link io.github.devidentity.normalize.NoreplyAddress noreply addresses},
 * {@link io.github.devidentity.normalize.Names names} and {@link
 * io.github.devidentity.normalize.Placeholders placeholder values} that must never link anything.
 */
@NullMarked
package io.github.devidentity.normalize;

import org.jspecify.annotations.NullMarked;
