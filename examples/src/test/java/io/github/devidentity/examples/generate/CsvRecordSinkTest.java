package io.github.devidentity.examples.generate;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.IdentityException;
import io.github.devidentity.csv.IdentityRecordsCsv;
import io.github.devidentity.model.IdentityRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CsvRecordSinkTest {
  @TempDir Path dir;

  private List<GeneratedRecord> write(Path records, Path truth, long seed, long count) {
    List<GeneratedRecord> generated = new ArrayList<>();
    try (CsvRecordSink csv = CsvRecordSink.open(records, truth)) {
      OrganisationGenerator.of(seed).generate(count, record -> {
        generated.add(record);
        csv.accept(record);
      });
      assertThat(csv.count()).isEqualTo(count);
    }
    return generated;
  }

  @Test
  void write_roundTripsThroughIdentityRecordsCsv() throws IOException {
    Path records = dir.resolve("records.csv");
    Path truth = dir.resolve("records.truth.csv");
    List<GeneratedRecord> generated = write(records, truth, 42, 20_000);

    List<IdentityRecord> read = IdentityRecordsCsv.read(records);

    assertThat(read).isEqualTo(generated.stream().map(GeneratedRecord::toIdentityRecord).collect(Collectors.toList()));
    List<String> truthLines = Files.readAllLines(truth, UTF_8);
    assertThat(truthLines).hasSize(20_001).first().isEqualTo("record_id,person_id");
    for (int i = 0; i < generated.size(); i++) {
      assertThat(truthLines.get(i + 1)).isEqualTo(generated.get(i).recordId() + "," + generated.get(i).personId());
    }
  }

  @Test
  void write_quotesCommasAndQuotesAndWritesUtf8() throws IOException {
    Path records = dir.resolve("r.csv");
    Path truth = dir.resolve("t.csv");
    try (CsvRecordSink csv = CsvRecordSink.open(records, truth)) {
      csv.accept(new GeneratedRecord("r1", "azure-devops", "Smith, John", "john.smith@acme.example",
          "john.smith@acme.example", "aad.abc", "p1"));
      csv.accept(new GeneratedRecord("r2", "git", "Łukasz \"Luke\" Wiśniewski 😀", "", "", "", "p2"));
      csv.accept(new GeneratedRecord("r3", "git", "two\nlines", "", "", "", "p3"));
    }

    assertThat(Files.readString(records, UTF_8)).isEqualTo(
        "record_id,source,name,email,username,account_id\n"
            + "r1,azure-devops,\"Smith, John\",john.smith@acme.example,john.smith@acme.example,aad.abc\n"
            + "r2,git,\"Łukasz \"\"Luke\"\" Wiśniewski 😀\",,,\n"
            + "r3,git,\"two\nlines\",,,\n");
    assertThat(Files.readString(truth, UTF_8)).isEqualTo("record_id,person_id\nr1,p1\nr2,p2\nr3,p3\n");
    assertThat(IdentityRecordsCsv.read(records).get(1).displayName()).contains("Łukasz \"Luke\" Wiśniewski 😀");
  }

  @Test
  void write_sameSeed_givesIdenticalBytes() throws IOException {
    write(dir.resolve("a.csv"), dir.resolve("a.truth.csv"), 9, 30_000);
    write(dir.resolve("b.csv"), dir.resolve("b.truth.csv"), 9, 30_000);
    write(dir.resolve("c.csv"), dir.resolve("c.truth.csv"), 10, 30_000);

    assertThat(Files.mismatch(dir.resolve("a.csv"), dir.resolve("b.csv"))).isEqualTo(-1);
    assertThat(Files.mismatch(dir.resolve("a.truth.csv"), dir.resolve("b.truth.csv"))).isEqualTo(-1);
    assertThat(Files.mismatch(dir.resolve("a.csv"), dir.resolve("c.csv"))).isNotEqualTo(-1);
  }

  @Test
  void write_largerThanTheBuffer_keepsEveryByte() throws IOException {
    Path records = dir.resolve("big.csv");
    List<GeneratedRecord> generated = write(records, dir.resolve("big.truth.csv"), 5, 60_000);

    assertThat(Files.size(records)).isGreaterThan(2L << 20);
    assertThat(IdentityRecordsCsv.read(records)).hasSize(generated.size());
  }

  @Test
  void openWithActivity_writesAndRoundTripsTheDates() throws IOException {
    Path records = dir.resolve("dated.csv");
    List<GeneratedRecord> generated = new ArrayList<>();
    try (CsvRecordSink csv = CsvRecordSink.openWithActivity(records, dir.resolve("dated.truth.csv"))) {
      OrganisationGenerator.of(42).withActivityUntil(Instant.parse("2026-11-30T23:59:59Z")).generate(5_000, record -> {
        generated.add(record);
        csv.accept(record);
      });
    }

    assertThat(Files.readAllLines(records, UTF_8).get(0))
        .isEqualTo("record_id,source,name,email,username,account_id,first_seen,last_seen");
    List<IdentityRecord> read = IdentityRecordsCsv.read(records);
    assertThat(read).isEqualTo(generated.stream().map(GeneratedRecord::toIdentityRecord).collect(Collectors.toList()));
    assertThat(read).anyMatch(r -> r.lastSeen().isPresent()).anyMatch(r -> r.lastSeen().isEmpty());
  }

  @Test
  void accept_datedRecordWithoutActivityColumns_isRejected() {
    Path records = dir.resolve("r.csv");
    try (CsvRecordSink csv = CsvRecordSink.open(records, dir.resolve("t.csv"))) {
      assertThatThrownBy(() -> csv.accept(new GeneratedRecord("r1", "git", "Ada", "ada@acme.example", "", "", "p1",
          "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("record r1 carries activity dates, but " + records
              + " has no columns for them; open it with openWithActivity");
    }
  }

  @Test
  void open_sameFileTwice_isRejected() {
    Path file = dir.resolve("same.csv");

    assertThatThrownBy(() -> CsvRecordSink.open(file, dir.resolve(".").resolve("same.csv")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name two different files");
  }

  @Test
  void open_missingDirectory_namesTheFile() {
    Path missing = dir.resolve("no-such-dir").resolve("r.csv");

    assertThatThrownBy(() -> CsvRecordSink.open(missing, dir.resolve("t.csv")))
        .isInstanceOf(IdentityException.class)
        .hasMessageStartingWith("cannot create " + missing + ": ");
  }
}
