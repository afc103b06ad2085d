/**
 * Reads and writes the library's CSV files: {@link io.github.devidentity.csv.IdentityRecordsCsv
 * identity records}, {@link io.github.devidentity.csv.AssignmentsCsv record-to-contributor
 * assignments}, the append-only {@link io.github.devidentity.csv.CsvDecisionStore decision
 * log}, an organisation's {@link io.github.devidentity.csv.DevelopersCsv developers}, and the
 * {@link io.github.devidentity.csv.TombstonesCsv tombstones} of forgotten people.
 *
 * <p>Every problem in a file is reported as an {@link io.github.devidentity.InvalidInputException}
 * that names the file, the line, the column and what was expected; I/O failures are wrapped in an
 * {@link io.github.devidentity.IdentityException}.
 */
@NullMarked
package io.github.devidentity.csv;

import org.jspecify.annotations.NullMarked;
