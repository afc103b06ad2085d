/**
 * Generates the identity records of an invented engineering organisation, with the truth of who
 * is who, to benchmark resolution at scale and to score its accuracy: {@link
 * io.github.devidentity.examples.generate.OrganisationGenerator} makes the records, {@link
 * io.github.devidentity.examples.generate.CsvRecordSink} writes them and their truth as CSV.
 */
@NullMarked
package io.github.devidentity.examples.generate;

import org.jspecify.annotations.NullMarked;
