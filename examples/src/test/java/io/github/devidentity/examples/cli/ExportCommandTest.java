package io.github.devidentity.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.csv.CsvDecisionStore;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.model.RecordId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ExportCommandTest {
  static final String RECORDS = String.join("\n",
      "record_id,source,name,email,username,account_id",
      "gh-ada,github,Ada Lovelace,ada@example.org,ada,1815",
      "git-ada,git,Ada Lovelace,ada@example.org,,",
      "gh-bob,github,Bob Smith,bob@example.org,bob,42",
      "git-bob,git,Bob Smith,bob@example.org,,",
      "gh-ghost,github,,,ghost,7",
      "");

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }

  @Test
  void export_writesOneRowPerAccountAndListsWhatItLeavesOut() throws IOException {
    Path records = write("records.csv", RECORDS);
    Path output = dir.resolve("contributors.csv");

    Run run = Run.of("export", "--input", records.toString(), "--output", output.toString());

    assertThat(run.code()).isZero();
    assertThat(Files.readString(output, UTF_8).lines()).containsExactlyInAnyOrder(
        "\uFEFFFull_Name,Email,Integration: git,Integration: github",
        "Ada Lovelace,ada@example.org,ada@example.org,1815",
        "Bob Smith,bob@example.org,bob@example.org,42");
    assertThat(run.err().lines().filter(line -> line.startsWith("export: ")))
        .hasSize(2)
        .anySatisfy(line -> assertThat(line).matches(
            "export: left out c[0-9a-f]+ \\(record gh-ghost\\): has no usable email address, and every row needs "
                + "an Email"))
        .anySatisfy(line -> assertThat(line).isEqualTo(
            "export: 2 contributors in 2 rows written to " + output + "; 1 omission above"));
  }

  @Test
  void export_replaysDecisions() throws IOException {
    Path records = write("records.csv", RECORDS);
    Path log = dir.resolve("decisions.csv");
    CsvDecisionStore.at(log).append(List.of(new Decision.Merge(RecordId.of("gh-ada"), RecordId.of("gh-bob"),
        "alice", Instant.parse("2026-11-01T10:00:00Z"), "one person")));

    Run run = Run.of("export", "--input", records.toString(), "--decisions", log.toString(), "--output", "-");

    assertThat(run.code()).isZero();
    assertThat(run.out().lines().toList()).containsExactly(
        "Full_Name,Email,Integration: git,Integration: github",
        "Ada Lovelace,ada@example.org,ada@example.org,1815",
        "Ada Lovelace,ada@example.org,bob@example.org,42");
  }

  @Test
  void export_withoutInput_isUsageError() {
    Run run = Run.of("export", "--output", "-");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: export: option --input is required");
  }
}
