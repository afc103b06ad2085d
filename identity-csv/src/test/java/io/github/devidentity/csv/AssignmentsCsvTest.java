package io.github.devidentity.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.InvalidInputException;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.RecordId;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AssignmentsCsvTest {
  @TempDir Path dir;

  private static Map<RecordId, ContributorId> read(String csv) {
    return AssignmentsCsv.read(new StringReader(csv), "assignments.csv");
  }

  @Test
  void write_printsRowsInMapOrder() {
    Map<RecordId, ContributorId> assignments = new LinkedHashMap<>();
    assignments.put(RecordId.of("r2"), ContributorId.of("c-b"));
    assignments.put(RecordId.of("r1, with comma"), ContributorId.of("c-a"));
    StringWriter out = new StringWriter();

    AssignmentsCsv.write(assignments, out);

    assertThat(out.toString())
        .isEqualTo("record_id,contributor_id\nr2,c-b\n\"r1, with comma\",c-a\n");
  }

  @Test
  void readOfWrite_keepsEntriesAndOrder() throws IOException {
    Map<RecordId, ContributorId> assignments = new LinkedHashMap<>();
    for (int i = 20; i > 0; i--) {
      assignments.put(RecordId.of("r" + i), ContributorId.of("c" + (i % 3)));
    }
    Path file = dir.resolve("assignments.csv");
    try (Writer out = Files.newBufferedWriter(file)) {
      AssignmentsCsv.write(assignments, out);
    }

    Map<RecordId, ContributorId> again = AssignmentsCsv.read(file);

    assertThat(again).containsExactlyEntriesOf(assignments);
  }

  @Test
  void read_ignoresCaseSpacesOrderAndOtherColumns() {
    assertThat(read("\uFEFF Contributor_ID ,note,RECORD_ID\r\nc1,hi,r1\r\n"))
        .containsExactly(Map.entry(RecordId.of("r1"), ContributorId.of("c1")));
  }

  @Test
  void read_returnsUnmodifiableMap() {
    Map<RecordId, ContributorId> assignments = read("record_id,contributor_id\nr1,c1\n");

    assertThatThrownBy(() -> assignments.put(RecordId.of("r2"), ContributorId.of("c2")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void read_rejectsDuplicateRecordId() {
    assertThatThrownBy(() -> read("record_id,contributor_id\nr1,c1\nr2,c1\nr1,c2\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("assignments.csv:4:1: column \"record_id\": record id \"r1\" is already "
            + "assigned on line 2; a record belongs to one contributor");
  }

  @Test
  void read_rejectsMissingColumn() {
    assertThatThrownBy(() -> read("record_id,person\nr1,p1\n"))
        .hasMessage("assignments.csv:1: column \"contributor_id\": is missing from the header; "
            + "expected the columns record_id,contributor_id; found \"record_id\", \"person\"");
  }

  @Test
  void read_rejectsEmptyCells() {
    assertThatThrownBy(() -> read("record_id,contributor_id\n,c1\n"))
        .hasMessage("assignments.csv:2:1: column \"record_id\": is empty; expected a record id");
    assertThatThrownBy(() -> read("record_id,contributor_id\nr1\n"))
        .hasMessage("assignments.csv:2:2: column \"contributor_id\": is empty; expected a contributor id");
  }

  @Test
  void read_rejectsContributorIdWithSpaces() {
    assertThatThrownBy(() -> read("record_id,contributor_id\nr1,Ada Lovelace\n"))
        .hasMessage("assignments.csv:2:2: column \"contributor_id\": \"Ada Lovelace\" holds "
            + "whitespace; expected a contributor id without spaces");
  }

  @Test
  void read_rejectsTooManyCells() {
    assertThatThrownBy(() -> read("record_id,contributor_id\nr1,c1,extra\n"))
        .hasMessage("assignments.csv:2:3: the row has 3 cells but the header has 2; "
            + "quote cells that hold a comma");
  }

  @Test
  void read_rejectsUnterminatedQuote() {
    assertThatThrownBy(() -> read("record_id,contributor_id\n\"r1,c1\n"))
        .hasMessage("assignments.csv:2: a quoted cell in the row starting here has no closing "
            + "quote; add the closing \" or double each quote inside the cell (\"\")");
  }
}
