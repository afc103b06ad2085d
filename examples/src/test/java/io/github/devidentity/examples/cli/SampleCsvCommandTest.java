package io.github.devidentity.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SampleCsvCommandTest {
  @TempDir Path dir;

  @Test
  void sampleCsv_writesATemplateWithAByteOrderMarkThatImportAccepts() throws IOException {
    Path sample = dir.resolve("sample.csv");

    Run run = Run.of("sample-csv", "--output", sample.toString());

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEqualTo("sample-csv: template written to " + sample + "\n");
    String text = Files.readString(sample, UTF_8);
    assertThat(text).startsWith("\uFEFFFull_Name,Email,Integration: git,Integration: github,")
        .contains("\nAda Lovelace,ada@example.org,,1816,");
    Run check = Run.of("import", "--csv", sample.toString(), "--mode", "update");
    assertThat(check.code()).isZero();
    assertThat(check.out()).isEqualTo(sample + ": 0 errors, 0 warnings\n");
  }

  @Test
  void sampleCsv_dash_writesToStdoutWithoutByteOrderMark() {
    Run run = Run.of("sample-csv", "--output", "-");

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("Full_Name,Email,");
  }

  @Test
  void sampleCsv_withoutOutput_isUsageError() {
    Run run = Run.of("sample-csv");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("error: sample-csv: option --output is required\nusage: identity-examples sample-csv");
  }

  @Test
  void sampleCsv_missingDirectory_isBadInput() {
    Path output = dir.resolve("missing").resolve("sample.csv");

    Run run = Run.of("sample-csv", "--output", output.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: --output " + output + ": directory ").contains("does not exist");
  }
}
