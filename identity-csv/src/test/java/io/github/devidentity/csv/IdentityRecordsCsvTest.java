package io.github.devidentity.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.IdentityException;
import io.github.devidentity.InvalidInputException;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class IdentityRecordsCsvTest {
  private static final String MAILMAP_HEADER = "record_id,source,name,email,commits,first_seen,last_seen\n";

  @TempDir Path dir;

  private static List<IdentityRecord> read(String csv) {
    return IdentityRecordsCsv.read(new StringReader(csv), "records.csv");
  }

  private static IdentityRecord.Builder git(String id) {
    return IdentityRecord.builder(RecordId.of(id), Integration.of(IntegrationType.GIT));
  }

  @Test
  void read_mapsEveryColumn() {
    List<IdentityRecord> records = read(
        "record_id,source,name,email,username,account_id,commits,first_seen,last_seen,bot\n"
            + "gh-1,github:acme,The Octocat,o@github.com;octo@example.org,octocat,583231,7,"
            + "2001-12-18T15:45:10Z,2002-01-01T00:00:00Z,true\n");

    assertThat(records).containsExactly(
        IdentityRecord.builder(RecordId.of("gh-1"), Integration.of(IntegrationType.GITHUB, "acme"))
            .displayName("The Octocat")
            .email("o@github.com")
            .email("octo@example.org")
            .login("octocat")
            .accountId("583231")
            .activityCount(7)
            .firstSeen(Instant.parse("2001-12-18T15:45:10Z"))
            .lastSeen(Instant.parse("2002-01-01T00:00:00Z"))
            .bot(true)
            .build());
  }

  @Test
  void read_mailmapRowsWithOddValues() {
    List<IdentityRecord> records = read(MAILMAP_HEADER
        + "r000053,git,Neil Muller,?@?,2,2010-11-20T18:15:54Z,2010-11-20T18:15:54Z\n"
        + "r000799,git,Thomas Vegas,,2,2019-08-31T14:59:56Z,2019-08-31T15:30:51Z\n"
        + "r000610,git,\"McDonough, Tim\",timothy.mcdonough@hpe.com,1,2018-01-23T01:24:59Z,2018-01-23T01:24:59Z\n"
        + "r000705,git,\"Bochen \"\"Daniel\"\" Tan\",d@example.org,0,2023-08-21T19:56:02Z,2023-08-21T19:56:02Z\n");

    assertThat(records).extracting(r -> r.id().value())
        .containsExactly("r000053", "r000799", "r000610", "r000705");
    assertThat(records.get(0).emails()).containsExactly("?@?");
    assertThat(records.get(1).emails()).isEmpty();
    assertThat(records.get(2).displayName()).hasValue("McDonough, Tim");
    assertThat(records.get(3).displayName()).hasValue("Bochen \"Daniel\" Tan");
    assertThat(records.get(3).activityCount()).isZero();
  }

  @Test
  void read_defaultsRecordIdToLineNumberAndSourceToGit() {
    List<IdentityRecord> records = read("name,email\nAda,ada@example.org\n\nBea,\n");

    assertThat(records).containsExactly(
        git("2").displayName("Ada").email("ada@example.org").build(),
        git("4").displayName("Bea").build());
  }

  @Test
  void read_headerIgnoresCaseSpacesAndUnknownColumns() {
    List<IdentityRecord> records =
        read(" Record_ID ,team, EMAIL,Activity\nr1,core,a@example.org,3\n");

    assertThat(records).containsExactly(git("r1").email("a@example.org").activityCount(3).build());
  }

  @Test
  void read_parsesSourceTypesLeniently() {
    List<IdentityRecord> records = read("record_id,source\nr1,GitHub\nr2,jira_cloud:acme-jira\nr3,\n");

    assertThat(records).extracting(IdentityRecord::integration).containsExactly(
        Integration.of(IntegrationType.GITHUB),
        Integration.of(IntegrationType.JIRA_CLOUD, "acme-jira"),
        Integration.of(IntegrationType.GIT));
  }

  @Test
  void read_acceptsBomCrlfAndQuotedLineBreaks() {
    byte[] bytes = ("\uFEFFrecord_id,name,email\r\n"
        + "r1,\"Ada\r\nLovelace\",ada@example.org\r\n"
        + "r2,Bea,bea@example.org\r\n").getBytes(UTF_8);

    List<IdentityRecord> records = IdentityRecordsCsv.read(
        new InputStreamReader(new ByteArrayInputStream(bytes), UTF_8), "records.csv");

    assertThat(records).containsExactly(
        git("r1").displayName("Ada\r\nLovelace").email("ada@example.org").build(),
        git("r2").displayName("Bea").email("bea@example.org").build());
  }

  @Test
  void read_lineNumbersCountQuotedLineBreaks() {
    List<IdentityRecord> records = read("name\n\"two\nlines\"\nnext\n");

    assertThat(records).extracting(r -> r.id().value()).containsExactly("2", "4");
  }

  @Test
  void read_treatsMissingCellsAsEmpty() {
    List<IdentityRecord> records = read("record_id,name,email,commits\nr1,Ada\n");

    assertThat(records).containsExactly(git("r1").displayName("Ada").build());
  }

  @Test
  void read_headerOnlyHoldsNoRecords() {
    assertThat(read(MAILMAP_HEADER)).isEmpty();
  }

  @Test
  void read_rejectsUnknownSourceType() {
    assertThatThrownBy(() -> read("record_id,source\nr1,gitbucket\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("records.csv:2:2: column \"source\": \"gitbucket\" is not an integration; "
            + "expected a type (one of " + IntegrationType.knownNames()
            + "), optionally followed by \":instance\"");
  }

  @Test
  void read_rejectsUnterminatedQuote() {
    assertThatThrownBy(() -> read("record_id,name\nr1,Ada\nr2,\"Bea\nr3,Cy\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("records.csv:3: a quoted cell in the row starting here has no closing quote; "
            + "add the closing \" or double each quote inside the cell (\"\")")
        .satisfies(e -> assertThat(((InvalidInputException) e).line()).isEqualTo(3));
  }

  @Test
  void read_rejectsTextAfterQuotedCell() {
    assertThatThrownBy(() -> read("record_id,name\nr1,\"Ada\" Lovelace\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("records.csv:2: a quoted cell is followed by more text before the next comma; "
            + "quote the whole cell and double each quote inside it (\"\")");
  }

  @Test
  void read_rejectsDuplicateRecordId() {
    assertThatThrownBy(() -> read("record_id,name\nr1,Ada\nr2,Bea\nr1,Cy\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("records.csv:4:1: column \"record_id\": record id \"r1\" is already used on "
            + "line 2; record ids must be unique in a file");
  }

  @Test
  void read_rejectsExplicitIdThatClashesWithDefaultId() {
    assertThatThrownBy(() -> read("record_id,name\n3,Ada\n,Bea\n"))
        .hasMessage("records.csv:3:1: column \"record_id\": record id \"3\" is already used on "
            + "line 2; record ids must be unique in a file");
  }

  @Test
  void read_rejectsBadInstant() {
    assertThatThrownBy(() -> read(MAILMAP_HEADER + "r1,git,Ada,a@example.org,1,2001-12-18 15:45,\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("records.csv:2:6: column \"first_seen\": \"2001-12-18 15:45\" is not an "
            + "ISO-8601 instant; expected a UTC time such as 2001-12-18T15:45:10Z")
        .satisfies(e -> {
          InvalidInputException invalid = (InvalidInputException) e;
          assertThat(invalid.source()).hasValue("records.csv");
          assertThat(invalid.line()).isEqualTo(2);
          assertThat(invalid.column()).isEqualTo(6);
          assertThat(invalid.field()).hasValue("first_seen");
        });
  }

  @Test
  void read_rejectsLastSeenBeforeFirstSeen() {
    assertThatThrownBy(() -> read(MAILMAP_HEADER
        + "r1,git,Ada,a@example.org,1,2002-01-01T00:00:00Z,2001-01-01T00:00:00Z\n"))
        .hasMessage("records.csv:2:7: column \"last_seen\": \"2001-01-01T00:00:00Z\" is before "
            + "first_seen 2002-01-01T00:00:00Z; expected a time at or after it");
  }

  @Test
  void read_rejectsTooManyCells() {
    assertThatThrownBy(() -> read("record_id,name,email\nr1,Lovelace, Ada,a@example.org\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("records.csv:2:4: the row has 4 cells but the header has 3; "
            + "quote cells that hold a comma");
  }

  @Test
  void read_rejectsBadNumbers() {
    assertThatThrownBy(() -> read("record_id,commits\nr1,12x\n"))
        .hasMessage("records.csv:2:2: column \"commits\": \"12x\" is not a whole number; "
            + "expected 0 or more, such as 42");
    assertThatThrownBy(() -> read("record_id,activity\nr1,-3\n"))
        .hasMessage("records.csv:2:2: column \"activity\": \"-3\" is negative; "
            + "expected a whole number 0 or more");
  }

  @Test
  void read_rejectsBadBoolean() {
    assertThatThrownBy(() -> read("record_id,Bot\nr1,yes\n"))
        .hasMessage("records.csv:2:2: column \"Bot\": \"yes\" is not a boolean; expected true or false");
  }

  @Test
  void read_rejectsHeaderWithoutKnownColumns() {
    assertThatThrownBy(() -> read("id,full name\n1,Ada\n"))
        .hasMessage("records.csv:1: the header names none of the known columns "
            + "record_id,source,name,email,username,account_id,commits,first_seen,last_seen,bot; "
            + "found \"id\", \"full name\"");
  }

  @Test
  void read_rejectsDuplicateColumns() {
    assertThatThrownBy(() -> read("record_id,email,name,Email \nr1,a,b,c\n"))
        .hasMessage("records.csv:1:4: column \"Email\": names the same column as column 2 "
            + "(\"email\"); keep one of them");
    assertThatThrownBy(() -> read("commits,activity\n1,2\n"))
        .hasMessage("records.csv:1:2: column \"activity\": names the same column as column 1 "
            + "(\"commits\"); keep one of them");
  }

  @Test
  void read_rejectsEmptyInput() {
    assertThatThrownBy(() -> read("\n\n"))
        .hasMessage("records.csv: is empty; expected a header row such as "
            + "record_id,source,name,email,username,account_id,commits,first_seen,last_seen,bot");
  }

  @Test
  void read_pathNamesTheFile() throws IOException {
    Path file = dir.resolve("records.csv");
    Files.writeString(file, "record_id,commits\nr1,many\n");

    assertThatThrownBy(() -> IdentityRecordsCsv.read(file))
        .hasMessage(file + ":2:2: column \"commits\": \"many\" is not a whole number; "
            + "expected 0 or more, such as 42");
  }

  @Test
  void read_pathRejectsBytesThatAreNotUtf8() throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, new byte[] {'n', 'a', 'm', 'e', '\n', 'J', 'o', 's', (byte) 0xE9, '\n'});

    assertThatThrownBy(() -> IdentityRecordsCsv.read(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(file + ": holds bytes that are not UTF-8, at or after line 1; save it as UTF-8");
  }

  @Test
  void read_missingFileIsAnIdentityException() {
    Path file = dir.resolve("absent.csv");

    assertThatThrownBy(() -> IdentityRecordsCsv.read(file))
        .isExactlyInstanceOf(IdentityException.class)
        .hasMessage("cannot read " + file + ": no such file or directory")
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void read_wrapsReaderFailure() {
    Reader failing = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk on fire");
      }

      @Override
      public void close() {}
    };

    assertThatThrownBy(() -> IdentityRecordsCsv.read(failing, "records.csv"))
        .isExactlyInstanceOf(IdentityException.class)
        .hasMessage("cannot read records.csv: disk on fire")
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void forEach_streamsRecordsAndCountsThem() {
    List<String> seen = new ArrayList<>();

    long count = IdentityRecordsCsv.forEach(new StringReader("name\nAda\nBea\nCy\n"), "records.csv",
        record -> seen.add(record.displayName().orElseThrow()));

    assertThat(count).isEqualTo(3);
    assertThat(seen).containsExactly("Ada", "Bea", "Cy");
  }

  @Test
  void forEach_handsOverRecordsBeforeABadRow() {
    List<IdentityRecord> seen = new ArrayList<>();

    assertThatThrownBy(() -> IdentityRecordsCsv.forEach(
        new StringReader("name,bot\nAda,false\nBea,maybe\n"), "records.csv", seen::add))
        .isInstanceOf(InvalidInputException.class);
    assertThat(seen).hasSize(1);
  }

  @Test
  void write_printsHeaderAndQuotesWhereNeeded() {
    IdentityRecord full = IdentityRecord.builder(RecordId.of("gh-1"), Integration.of(IntegrationType.GITHUB, "acme"))
        .displayName("Lovelace, \"Ada\"")
        .email("a@example.org")
        .email("ada@example.org")
        .login("ada")
        .accountId("42")
        .activityCount(7)
        .firstSeen(Instant.parse("2001-12-18T15:45:10Z"))
        .bot(true)
        .build();
    StringWriter out = new StringWriter();

    IdentityRecordsCsv.write(List.of(full, git("r2").build()), out);

    assertThat(out.toString()).isEqualTo(
        "record_id,source,name,email,username,account_id,commits,first_seen,last_seen,bot\n"
            + "gh-1,github:acme,\"Lovelace, \"\"Ada\"\"\",a@example.org;ada@example.org,ada,42,7,"
            + "2001-12-18T15:45:10Z,,true\n"
            + "r2,git,,,,,0,,,false\n");
  }

  @Test
  void write_rejectsEmailHoldingSeparator() {
    IdentityRecord record = git("r1").email("a@example.org;b@example.org").build();
    StringWriter out = new StringWriter();

    assertThatThrownBy(() -> IdentityRecordsCsv.write(List.of(record), out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("record r1: email \"a@example.org;b@example.org\" holds \";\", "
            + "which separates emails in a cell");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void write_file_replacesItsContentAndLeavesNothingBeside() throws IOException {
    Path file = Files.writeString(dir.resolve("records.csv"), "record_id\nold\n", UTF_8);
    List<IdentityRecord> records = List.of(git("r1").displayName("Ada").build(), git("r2").build());

    IdentityRecordsCsv.write(records, file);
    IdentityRecordsCsv.write(records.subList(0, 1), dir.resolve("new.csv"));

    assertThat(IdentityRecordsCsv.read(file)).isEqualTo(records);
    assertThat(IdentityRecordsCsv.read(dir.resolve("new.csv"))).isEqualTo(records.subList(0, 1));
    try (var files = Files.list(dir)) {
      assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("records.csv", "new.csv");
    }
  }

  @Test
  void write_file_rejectedRecords_leaveTheFileAsItWas() throws IOException {
    Path file = Files.writeString(dir.resolve("records.csv"), "record_id\nold\n", UTF_8);

    assertThatThrownBy(() -> IdentityRecordsCsv.write(List.of(git("r1").build(), git("r1").build()), file))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Files.readString(file, UTF_8)).isEqualTo("record_id\nold\n");
  }

  @Test
  void write_rejectsDuplicateIds() {
    assertThatThrownBy(() -> IdentityRecordsCsv.write(
        List.of(git("r1").build(), git("r1").displayName("Ada").build()), new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("records hold id r1 twice; record ids must be unique in a file");
  }

  @Test
  void write_wrapsWriterFailure() {
    Writer failing = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };

    assertThatThrownBy(() -> IdentityRecordsCsv.write(List.of(git("r1").build()), failing))
        .isExactlyInstanceOf(IdentityException.class)
        .hasMessage("cannot write identity records: disk full")
        .hasCauseInstanceOf(IOException.class);
  }
}
