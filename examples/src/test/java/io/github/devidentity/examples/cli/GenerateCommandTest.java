package io.github.devidentity.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.csv.IdentityRecordsCsv;
import io.github.devidentity.model.IdentityRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class GenerateCommandTest {
  @TempDir Path dir;

  @Test
  void generate_writesRecordsAndTruthBesideThem() throws IOException {
    Path output = dir.resolve("gen.csv");

    Run run = Run.of("generate", "--records", "2k", "--seed", "42", "--output", output.toString());

    assertThat(run.code()).withFailMessage(run.err()).isZero();
    Path truth = dir.resolve("gen.truth.csv");
    List<String> records = Files.readAllLines(output, UTF_8);
    List<String> truthLines = Files.readAllLines(truth, UTF_8);
    assertThat(records.get(0)).isEqualTo("record_id,source,name,email,username,account_id");
    assertThat(truthLines).hasSize(2_001).first().isEqualTo("record_id,person_id");
    assertThat(IdentityRecordsCsv.read(output)).hasSize(2_000);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("generate: 2,000 records of ").contains(" persons (seed 42, ", " records/s; wrote ")
        .endsWith("wrote " + output + " and " + truth + "\n");
    try (var files = Files.list(dir)) {
      assertThat(files).as("no temporary files left").hasSize(2);
    }
  }

  @Test
  void generate_asOf_writesActivityDatesUpToTheEndOfTheDay() throws IOException {
    Path output = dir.resolve("dated.csv");
    Path plain = dir.resolve("plain.csv");

    Run run = Run.of("generate", "--records", "2k", "--seed", "42", "--output", output.toString(), "--as-of", "2026-11-30");
    Run.of("generate", "--records", "2k", "--seed", "42", "--output", plain.toString());

    assertThat(run.code()).withFailMessage(run.err()).isZero();
    assertThat(Files.readAllLines(output, UTF_8).get(0))
        .isEqualTo("record_id,source,name,email,username,account_id,first_seen,last_seen");
    List<IdentityRecord> records = IdentityRecordsCsv.read(output);
    Instant endOfDay = Instant.parse("2026-11-30T23:59:59Z");
    assertThat(records).hasSize(2_000).noneMatch(r -> r.lastSeen().filter(at -> at.isAfter(endOfDay)).isPresent())
        .anyMatch(r -> r.lastSeen().filter(at -> at.isAfter(endOfDay.minusSeconds(86_399))).isPresent());
    assertThat(dir.resolve("dated.truth.csv")).hasSameTextualContentAs(dir.resolve("plain.truth.csv"));
  }

  @Test
  void generate_badAsOf_isUsageError() {
    Run run = Run.of("generate", "--records", "10", "--output", dir.resolve("x.csv").toString(), "--as-of", "30.11.2026");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith(
        "error: generate: --as-of \"30.11.2026\" is not a day; expected YYYY-MM-DD, such as 2026-12-01\n");
  }

  @Test
  void generate_sameSeed_writesIdenticalFiles() throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    Path c = dir.resolve("c.csv");

    assertThat(Run.of("generate", "--records", "3000", "--output", a.toString()).code()).isZero();
    assertThat(Run.of("generate", "--records", "3_000", "--output", b.toString(), "--seed", "1").code()).isZero();
    assertThat(Run.of("generate", "--records", "3000", "--output", c.toString(), "--seed", "2").code()).isZero();

    assertThat(Files.mismatch(a, b)).isEqualTo(-1);
    assertThat(Files.mismatch(a, c)).isNotEqualTo(-1);
  }

  @Test
  void generate_explicitTruth_isUsed() throws IOException {
    Path output = dir.resolve("records");
    Path truth = dir.resolve("who.csv");

    Run run = Run.of("generate", "--records", "10", "--output", output.toString(), "--truth", truth.toString());

    assertThat(run.code()).isZero();
    assertThat(Files.readAllLines(output, UTF_8)).hasSize(11);
    assertThat(Files.readAllLines(truth, UTF_8)).hasSize(11);
    assertThat(dir.resolve("records.truth.csv")).doesNotExist();
  }

  @ParameterizedTest
  @CsvSource({
    "1000000,   1000000",
    "1_000_000, 1000000",
    "1m,        1000000",
    "10M,       10000000",
    "100k,      100000",
    "2.5k,      2500",
    "' 7 ',     7",
  })
  void count_acceptsPlainGroupedAndScaledNumbers(String text, long expected) {
    assertThat(GenerateCommand.count(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "", "1e6", "10x", "k", "1.2.3", "m1"})
  void count_rejectsWhatIsNotANumber(String text) {
    assertThatThrownBy(() -> GenerateCommand.count(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("generate: --records \"" + text + "\" is not a number of records");
  }

  @Test
  void count_rejectsFractionsAndNothing() {
    assertThatThrownBy(() -> GenerateCommand.count("1.5"))
        .hasMessageContaining("is not a whole number of records");
    assertThatThrownBy(() -> GenerateCommand.count("0"))
        .hasMessage("generate: --records \"0\" asks for no records; expected 1 or more");
    assertThatThrownBy(() -> GenerateCommand.count("-5"))
        .hasMessage("generate: --records \"-5\" asks for no records; expected 1 or more");
  }

  @Test
  void truthBeside_replacesOrAppendsTheExtension() {
    assertThat(GenerateCommand.truthBeside(Path.of("/tmp/gen-1m.csv"))).isEqualTo(Path.of("/tmp/gen-1m.truth.csv"));
    assertThat(GenerateCommand.truthBeside(Path.of("gen.CSV"))).isEqualTo(Path.of("gen.truth.csv"));
    assertThat(GenerateCommand.truthBeside(Path.of("out/records"))).isEqualTo(Path.of("out/records.truth.csv"));
  }

  @Test
  void generate_nonNumericCount_isBadValue() {
    Run run = Run.of("generate", "--records", "lots", "--output", dir.resolve("x.csv").toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: generate: --records \"lots\" is not a number of records; expected");
    assertThat(dir.resolve("x.csv")).doesNotExist();
  }

  @Test
  void generate_zeroRecords_isBadValue() {
    Run run = Run.of("generate", "--records", "0", "--output", dir.resolve("x.csv").toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: generate: --records \"0\" asks for no records");
  }

  @Test
  void generate_badSeed_isBadValue() {
    Run run = Run.of("generate", "--records", "5", "--seed", "forty-two", "--output", dir.resolve("x.csv").toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: generate: --seed \"forty-two\" is not a seed; expected a whole number");
  }

  @Test
  void generate_negativeSeed_isAccepted() {
    Run run = Run.of("generate", "--records", "5", "--seed=-3", "--output", dir.resolve("x.csv").toString());

    assertThat(run.code()).withFailMessage(run.err()).isZero();
  }

  @Test
  void generate_missingOptions_areUsageErrors() {
    Run noRecords = Run.of("generate", "--output", dir.resolve("x.csv").toString());
    Run noOutput = Run.of("generate", "--records", "10");

    assertThat(noRecords.code()).isEqualTo(2);
    assertThat(noRecords.err()).startsWith("error: generate: option --records is required")
        .contains("usage: identity-examples generate");
    assertThat(noOutput.code()).isEqualTo(2);
    assertThat(noOutput.err()).startsWith("error: generate: option --output is required");
  }

  @Test
  void generate_truthSameAsOutput_isUsageError() {
    String file = dir.resolve("x.csv").toString();

    Run run = Run.of("generate", "--records", "10", "--output", file, "--truth", file);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: generate: --output and --truth both name");
  }

  @Test
  void generate_missingDirectory_failsBeforeWork() {
    Path output = dir.resolve("no-such-dir").resolve("x.csv");

    Run run = Run.of("generate", "--records", "10", "--output", output.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: --output " + output + ": directory ").contains("does not exist");
  }

  @Test
  void generate_outputIsADirectory_isBadValue() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder.csv"));

    Run run = Run.of("generate", "--records", "10", "--output", folder.toString(), "--truth",
        dir.resolve("t.csv").toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: --output " + folder + ": is a directory; name a file");
  }

  @Test
  void help_listsGenerate() {
    assertThat(Run.of("--help").out()).contains("generate ");
    assertThat(Run.of("generate", "--help").out()).startsWith("usage: identity-examples generate --records N --output FILE");
  }
}
