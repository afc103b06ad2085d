package io.github.devidentity.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.csv.AssignmentsCsv;
import io.github.devidentity.csv.CsvDecisionStore;
import io.github.devidentity.csv.IdentityRecordsCsv;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ResolveCommandTest {
  private static final String RECORDS = String.join("\n",
      "record_id,source,name,email,username,account_id",
      "a1,git,Ada Lovelace,ada@example.org,,",
      "a2,github,Ada L.,ADA@example.org,ada,101",
      "b1,git,Bob,bob@example.org,,",
      "");

  /** Relative to the examples module, where the tests run. */
  private static final Path MAILMAP = Path.of("../../shared/data/mailmap");

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }

  /** The summary line; progress lines may come before it on a slow machine. */
  private static String lastLine(String text) {
    List<String> lines = text.lines().toList();
    assertThat(lines).isNotEmpty();
    return lines.get(lines.size() - 1);
  }

  private static Map<RecordId, ContributorId> assignments(Path file) {
    return AssignmentsCsv.read(file);
  }

  @Test
  void resolve_writesOneRowPerRecordAndJoinsSharedEmail() throws IOException {
    Path input = write("records.csv", RECORDS);
    Path output = dir.resolve("assignments.csv");

    Run run = Run.of("resolve", "--input", input.toString(), "--output", output.toString());

    assertThat(run.code()).isZero();
    assertThat(Files.readAllLines(output, UTF_8)).hasSize(4).first().isEqualTo("record_id,contributor_id");
    Map<RecordId, ContributorId> assignments = assignments(output);
    assertThat(assignments).containsOnlyKeys(RecordId.of("a1"), RecordId.of("a2"), RecordId.of("b1"));
    assertThat(assignments.get(RecordId.of("a1"))).isEqualTo(assignments.get(RecordId.of("a2")));
    assertThat(assignments.get(RecordId.of("b1"))).isNotEqualTo(assignments.get(RecordId.of("a1")));
    assertThat(run.out()).isEmpty();
    assertThat(lastLine(run.err()))
        .startsWith("resolve: 3 records -> 2 contributors")
        .endsWith("assignments written to " + output);
  }

  @Test
  void resolve_outputDash_writesToStdout() throws IOException {
    Path input = write("records.csv", RECORDS);

    Run run = Run.of("resolve", "--input", input.toString(), "--output", "-");

    assertThat(run.code()).isZero();
    assertThat(run.out().lines()).hasSize(4).first().isEqualTo("record_id,contributor_id");
  }

  @Test
  void resolve_explain_printsMergedContributorsWithEvidence() throws IOException {
    Path input = write("records.csv", RECORDS);

    Run run = Run.of("resolve", "--input", input.toString(), "--output",
        dir.resolve("out.csv").toString(), "--explain");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("== Merged contributors (1 of 2) ==")
        .containsPattern("Ada Lovelace <ada@example.org>  \\[c[0-9a-f]{12}, 2 records]")
        .containsPattern("    a2 +<- a1\\R +\\d\\.\\d\\d same-email: same email \"ada@example.org\"")
        .contains("== Review queue (0) ==", "== Warnings (0) ==")
        .doesNotContain("Bob");
  }

  @Test
  void resolve_explainWithOutputDash_isUsageError() throws IOException {
    Path input = write("records.csv", RECORDS);

    Run run = Run.of("resolve", "--input", input.toString(), "--output", "-", "--explain");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: resolve: --explain prints to stdout");
  }

  @Test
  void resolve_decisions_areReplayed() throws IOException {
    Path input = write("records.csv", RECORDS);
    Path log = dir.resolve("decisions.csv");
    CsvDecisionStore.at(log).append(List.of(new Decision.NeverLink(RecordId.of("a1"), RecordId.of("a2"),
        "alice", Instant.parse("2026-11-01T10:00:00Z"), "two people")));
    Path output = dir.resolve("assignments.csv");

    Run run = Run.of("resolve", "--input", input.toString(), "--output", output.toString(),
        "--decisions", log.toString());

    assertThat(run.code()).isZero();
    Map<RecordId, ContributorId> assignments = assignments(output);
    assertThat(assignments.get(RecordId.of("a1"))).isNotEqualTo(assignments.get(RecordId.of("a2")));
    assertThat(run.err()).contains("replayed 1 decision;");
  }

  @Test
  void resolve_previous_keepsContributorIds() throws IOException {
    Path first = write("first.csv", "record_id,source,name,email\na2,git,Ada,ada@example.org\n");
    Path firstOut = dir.resolve("first-out.csv");
    assertThat(Run.of("resolve", "--input", first.toString(), "--output", firstOut.toString()).code()).isZero();
    ContributorId adaId = assignments(firstOut).get(RecordId.of("a2"));
    Path input = write("records.csv", RECORDS);
    Path output = dir.resolve("assignments.csv");

    Run run = Run.of("resolve", "--input", input.toString(), "--output", output.toString(),
        "--previous", firstOut.toString());

    assertThat(run.code()).isZero();
    // a1 is now the earliest record, but the contributor keeps the id it had.
    assertThat(assignments(output)).containsEntry(RecordId.of("a1"), adaId).containsEntry(RecordId.of("a2"), adaId);
  }

  @Test
  void resolve_missingInput_namesThePath() {
    Path missing = dir.resolve("nope.csv");

    Run run = Run.of("resolve", "--input", missing.toString(), "--output", dir.resolve("out.csv").toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: --input " + missing + ": no such file");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void resolve_missingOutputDirectory_failsBeforeWork() throws IOException {
    Path input = write("records.csv", RECORDS);
    Path output = dir.resolve("no-such-dir").resolve("out.csv");

    Run run = Run.of("resolve", "--input", input.toString(), "--output", output.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: --output " + output + ": directory ").contains("does not exist");
  }

  @Test
  void resolve_unknownSourceType_namesTheLine() throws IOException {
    Path input = write("records.csv", String.join("\n",
        "record_id,source,name,email",
        "r1,git,Ada,ada@example.org",
        "r2,svn,Bob,bob@example.org",
        ""));

    Run run = Run.of("resolve", "--input", input.toString(), "--output", dir.resolve("out.csv").toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: " + input + ":3:").contains("svn").doesNotContain("\tat ");
    assertThat(dir.resolve("out.csv")).doesNotExist();
  }

  @Test
  void resolve_unterminatedQuote_namesTheLine() throws IOException {
    Path input = write("records.csv", String.join("\n",
        "record_id,source,name,email",
        "r1,git,Ada,ada@example.org",
        "r2,git,\"Bob,bob@example.org",
        "r3,git,Cy,cy@example.org",
        ""));

    Run run = Run.of("resolve", "--input", input.toString(), "--output", dir.resolve("out.csv").toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: " + input + ":3").doesNotContain("\tat ");
  }

  @Test
  void resolve_mailmapSample_writesOneRowPerRecord() {
    Path input = MAILMAP.resolve("numpy__numpy/records.csv");
    Assumptions.assumeTrue(Files.isDirectory(MAILMAP), "the mailmap data set is not at " + MAILMAP.toAbsolutePath());
    Path output = dir.resolve("numpy.csv");

    Run run = Run.of("resolve", "--input", input.toString(), "--output", output.toString());

    assertThat(run.code()).withFailMessage(run.err()).isZero();
    Set<RecordId> inputIds = IdentityRecordsCsv.read(input).stream()
        .map(IdentityRecord::id).collect(Collectors.toSet());
    assertThat(assignments(output).keySet()).isEqualTo(inputIds);
    assertThat(lastLine(run.err())).startsWith("resolve: " + inputIds.size() + " records -> ");
  }
}
