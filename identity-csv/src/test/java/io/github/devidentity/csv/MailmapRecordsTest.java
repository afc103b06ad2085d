package io.github.devidentity.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reads the real git identities in {@code shared/data/mailmap}, when the checkout has them. */
final class MailmapRecordsTest {
  private static final Path MAILMAP = Path.of("..", "..", "shared", "data", "mailmap");

  @Test
  void read_everyMailmapFile() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(MAILMAP), "no mailmap data at " + MAILMAP.toAbsolutePath());
    List<Path> files;
    try (Stream<Path> dirs = Files.list(MAILMAP)) {
      files = dirs.map(dir -> dir.resolve("records.csv")).filter(Files::isRegularFile).sorted()
          .collect(Collectors.toList());
    }
    assertThat(files).isNotEmpty();

    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, UTF_8).stream()
          .filter(line -> !line.isEmpty()).collect(Collectors.toList());
      List<IdentityRecord> records = IdentityRecordsCsv.read(file);

      // No cell in these files spans lines, so each non-empty line after the header is a row.
      assertThat(records).as(file.toString()).hasSize(lines.size() - 1);
      for (int i = 0; i < records.size(); i++) {
        checkAgainstLine(records.get(i), lines.get(i + 1), file);
      }
    }
  }

  /** Checks a record against its line split naively, for lines without quoted cells. */
  private static void checkAgainstLine(IdentityRecord record, String line, Path file) {
    assertThat(record.integration()).isEqualTo(Integration.of(IntegrationType.GIT));
    assertThat(record.firstSeen()).isPresent();
    assertThat(record.lastSeen()).isPresent();
    if (line.contains("\"")) {
      assertThat(line).as(file.toString()).startsWith(record.id().value() + ",");
      return;
    }
    String[] cells = line.split(",", -1);
    assertThat(cells).as(file + ": " + line).hasSize(7);
    assertThat(record.id().value()).isEqualTo(cells[0]);
    assertThat(record.displayName().orElse("")).isEqualTo(cells[2].trim());
    assertThat(record.emails()).isEqualTo(cells[3].isBlank() ? List.of() : List.of(cells[3].trim()));
    assertThat(record.activityCount()).isEqualTo(Long.parseLong(cells[4]));
    assertThat(record.firstSeen()).hasValue(Instant.parse(cells[5]));
    assertThat(record.lastSeen()).hasValue(Instant.parse(cells[6]));
  }
}
