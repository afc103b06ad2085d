/**
 * Reads and writes the library's CSV files: {@link io.github.devidentity.csv.IdentityRecordsCsv
 * identity records}, {@link io.github.devidentity.csv.AssignmentsCsv record-to-contributor
 * assignments}, the append-only {@link io.github.devidentity.csv.CsvDecisionStore decision
 * log}, an organisation's {@link io.github.devidentity.csv.DevelopersCsv developers}, the
 * {@link io.github.devidentity.csv.TombstonesCsv tombstones} of forgotten people, and uploaded
 * cloud ids as {@link io.github.devidentity.csv.CloudIdsCsv CSV} or {@link
 * io.github.devidentity.csv.CloudIdsJson JSON}.
 *
 * <p>The files the library writes and reads back report a problem as an {@link
 * io.github.devidentity.InvalidInputException} that names the file, the line, the column and what
 * was expected. The files people make (developers, cloud ids) are read whole instead, every
 * problem going into a {@link io.github.devidentity.csv.ValidationReport} with its line, column,
 * value and stable code. I/O failures are wrapped in an {@link
 * io.github.devidentity.IdentityException}.
 */
@NullMarked
package io.github.devidentity.csv;

import org.jspecify.annotations.NullMarked;
