/**
 * Reads and writes the library's CSV files: {@link io.github.devidentity.csv.IdentityRecordsCsv
 * identity records}, {@link io.github.devidentity.csv.AssignmentsCsv record-to-contributor
 * assignments}, the append-only {@link io.github.devidentity.csv.CsvDecisionStore decision
 * log}, an organisation's {@link io.github.devidentity.csv.DevelopersCsv developers}, the
 * {@link io.github.devidentity.csv.TombstonesCsv tombstones} of forgotten people, uploaded cloud
 * ids as {@link io.github.devidentity.csv.CloudIdsCsv CSV} or {@link
 * io.github.devidentity.csv.CloudIdsJson JSON}, and the {@link
 * io.github.devidentity.csv.ContributorsCsv contributors} people edit in spreadsheets and import
 * back as decisions.
 *
 * <p>The files the library writes and reads back report a problem as an {@link
 * io.github.devidentity.InvalidInputException} that names the file, the line, the column and what
 * was expected. The files people edit by hand are checked whole instead, every problem collected
 * with its line, column, value and stable code: the contributors CSV into a {@link
 * io.github.devidentity.csv.CsvReport}, developers and cloud ids into a {@link
 * io.github.devidentity.csv.ValidationReport}. I/O failures are wrapped in an {@link
 * io.github.devidentity.IdentityException}.
 */
@NullMarked
package io.github.devidentity.csv;

import org.jspecify.annotations.NullMarked;
