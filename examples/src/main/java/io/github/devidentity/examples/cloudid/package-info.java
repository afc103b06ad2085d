/**
 * An example program: uploads cloud ids for an integration whose users cannot be fetched, fixes
 * the file after its report, applies the upload, records it in the audit trail, and shows that
 * uploading again adds nothing. Run {@link io.github.devidentity.examples.cloudid.CloudIdExample}.
 */
@NullMarked
package io.github.devidentity.examples.cloudid;

import org.jspecify.annotations.NullMarked;
