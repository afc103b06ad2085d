package io.github.devidentity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.csv.ContributorsCsv;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CsvBenchCommandTest {
  @TempDir Path dir;

  @Test
  void benchCsv_reportsEachStepAndKeepsAFileThatValidates() {
    Path kept = dir.resolve("bench.csv");

    Run run = Run.of("bench-csv", "--records", "2k", "--seed", "7", "--keep", kept.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out().lines().toList()).satisfiesExactly(
        line -> assertThat(line).matches("generated 2,000 records of [0-9,]+ people in [0-9.]+ s \\(seed 7\\)"),
        line -> assertThat(line).matches("export: +[0-9,]+ rows \\([0-9,]+ contributors, [0-9,]+ omissions\\), "
            + "[0-9.]+ MiB in [0-9.]+ s: [0-9,]+ rows/s, [0-9.]+ MiB/s; peak heap [0-9]+ MiB .*"),
        line -> assertThat(line).matches("validate: [0-9,]+ rows in [0-9.]+ s: [0-9,]+ rows/s, [0-9.]+ MiB/s; "
            + ".*: 0 errors, 0 warnings; peak heap [0-9]+ MiB"),
        line -> assertThat(line).matches("read: +[0-9,]+ rows into [0-9,]+ contributors in [0-9.]+ s: [0-9,]+ rows/s; "
            + "peak heap [0-9]+ MiB .*"));
    assertThat(ContributorsCsv.validate(kept).hasErrors()).isFalse();
    assertThat(ContributorsCsv.read(kept).rows()).isPositive();
  }
}
