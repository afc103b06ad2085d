package io.github.devidentity.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.InvalidInputException;
import io.github.devidentity.forget.Tombstone;
import io.github.devidentity.forget.Tombstones;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TombstonesCsvTest {
  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);
  private static final String HEADER = "tombstone_id,forgotten_at,kind,hash\n";
  private static final Instant AT = Instant.parse("2026-10-01T09:00:00Z");

  @TempDir Path dir;

  private static List<Tombstone> read(String csv) {
    return TombstonesCsv.read(new StringReader(csv), "tombstones.csv");
  }

  @Test
  void write_printsOneRowPerHashWithoutTheSalt() {
    Tombstone tombstone = new Tombstone("t-1", AT,
        Set.of(new Tombstone.Hash(Tombstone.Kind.EMAIL, B), new Tombstone.Hash(Tombstone.Kind.RECORD_ID, A)));
    StringWriter out = new StringWriter();

    TombstonesCsv.write(List.of(tombstone), out);

    assertThat(out.toString()).isEqualTo(HEADER
        + "t-1,2026-10-01T09:00:00Z,RECORD_ID," + A + "\n"
        + "t-1,2026-10-01T09:00:00Z,EMAIL," + B + "\n");
  }

  @Test
  void readOfWrite_givesTheTombstonesBackAndTheyStillCatchThePerson() throws IOException {
    byte[] salt = "a host's secret salt, 32 bytes..".getBytes(StandardCharsets.UTF_8);
    IdentityRecord ada = IdentityRecord.builder(RecordId.of("gh-1"), Integration.of(IntegrationType.GITHUB))
        .accountId("1815").login("ada").email("ada@example.org").build();
    IdentityRecord grace = IdentityRecord.builder(RecordId.of("git-2"), Integration.of(IntegrationType.GIT))
        .email("grace@example.org").build();
    Tombstones tombstones = Tombstones.create(salt);
    tombstones = tombstones.with(tombstones.tombstone(List.of(ada), AT));
    tombstones = tombstones.with(tombstones.tombstone(List.of(grace), AT.plusSeconds(5)));
    Path file = dir.resolve("tombstones.csv");
    try (Writer out = Files.newBufferedWriter(file)) {
      TombstonesCsv.write(tombstones.tombstones(), out);
    }

    List<Tombstone> again = TombstonesCsv.read(file);

    assertThat(again).isEqualTo(tombstones.tombstones());
    assertThat(Files.readString(file)).doesNotContain("ada", "1815", "example.org", new String(salt, StandardCharsets.UTF_8));
    assertThat(Tombstones.of(salt, again).filter(List.of(ada)).dropped()).hasSize(1);
  }

  @Test
  void read_groupsRowsByTombstoneInFirstAppearanceOrder() {
    List<Tombstone> tombstones = read(HEADER
        + "t-2,2026-10-01T09:00:00Z,email," + A + "\n"
        + "t-1,2026-10-02T09:00:00Z,Login," + A.toUpperCase() + "\n"
        + "\n"
        + "t-2,2026-10-01T09:00:00Z,account-id," + B + "\n");

    assertThat(tombstones).extracting(Tombstone::id).containsExactly("t-2", "t-1");
    assertThat(tombstones.get(0).hashes()).containsExactly(
        new Tombstone.Hash(Tombstone.Kind.ACCOUNT_ID, B), new Tombstone.Hash(Tombstone.Kind.EMAIL, A));
    assertThat(tombstones.get(1).hashes()).containsExactly(new Tombstone.Hash(Tombstone.Kind.LOGIN, A));
  }

  @Test
  void read_headerOnly_holdsNoTombstone() {
    assertThat(read(HEADER)).isEmpty();
  }

  @Test
  void read_rejectsAnEmptyFile() {
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("tombstones.csv: is empty; expected a header row such as tombstone_id,forgotten_at,kind,hash");
  }

  @Test
  void read_rejectsAMissingColumn() {
    assertThatThrownBy(() -> read("tombstone_id,forgotten_at,hash\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("tombstones.csv:1: column \"kind\": is missing from the header");
  }

  @Test
  void read_rejectsAHashOfTheWrongLength() {
    assertThatThrownBy(() -> read(HEADER + "t-1,2026-10-01T09:00:00Z,EMAIL,abc123\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("tombstones.csv:2:4: column \"hash\": hash \"abc123\" is 6 characters long; expected 64 "
            + "hexadecimal digits (a salted SHA-256)")
        .satisfies(e -> {
          InvalidInputException problem = (InvalidInputException) e;
          assertThat(problem.line()).isEqualTo(2);
          assertThat(problem.column()).isEqualTo(4);
          assertThat(problem.field()).hasValue("hash");
        });
  }

  @Test
  void read_rejectsAHashThatIsNotHexadecimal() {
    String bad = "z" + A.substring(1);

    assertThatThrownBy(() -> read(HEADER + "t-1,2026-10-01T09:00:00Z,EMAIL," + bad + "\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("tombstones.csv:2:4: column \"hash\": hash \"" + bad + "\" holds 'z' at position 1; "
            + "expected only hexadecimal digits 0-9 and a-f");
  }

  @Test
  void read_rejectsAnEmptyHash() {
    assertThatThrownBy(() -> read(HEADER + "t-1,2026-10-01T09:00:00Z,EMAIL,\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("tombstones.csv:2:4: column \"hash\": is empty; expected 64 hexadecimal digits");
  }

  @Test
  void read_rejectsAnUnknownKind() {
    assertThatThrownBy(() -> read(HEADER + "t-1,2026-10-01T09:00:00Z,NAME," + A + "\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("tombstones.csv:2:3: column \"kind\": \"NAME\" is not a tombstone hash kind; expected one of "
            + "RECORD_ID, ACCOUNT_ID, LOGIN, EMAIL, CONTRIBUTOR_ID");
  }

  @Test
  void read_rejectsAnEmptyKind() {
    assertThatThrownBy(() -> read(HEADER + "t-1,2026-10-01T09:00:00Z,," + A + "\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("tombstones.csv:2:3: column \"kind\": is empty; expected one of "
            + "RECORD_ID, ACCOUNT_ID, LOGIN, EMAIL, CONTRIBUTOR_ID");
  }

  @Test
  void read_rejectsABadDate() {
    assertThatThrownBy(() -> read(HEADER + "t-1,2026-10-01,EMAIL," + A + "\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("tombstones.csv:2:2: column \"forgotten_at\": \"2026-10-01\" is not an ISO-8601 instant; "
            + "expected a UTC time such as 2001-12-18T15:45:10Z");
  }

  @Test
  void read_rejectsAnEmptyDate() {
    assertThatThrownBy(() -> read(HEADER + "t-1,,EMAIL," + A + "\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("tombstones.csv:2:2: column \"forgotten_at\": is empty; expected a UTC time such as "
            + "2001-12-18T15:45:10Z");
  }

  @Test
  void read_rejectsAnEmptyOrSpacedId() {
    assertThatThrownBy(() -> read(HEADER + ",2026-10-01T09:00:00Z,EMAIL," + A + "\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("tombstones.csv:2:1: column \"tombstone_id\": is empty; expected the tombstone's id, such as "
            + "t-3f2a9c0d1e4b5a69");
    assertThatThrownBy(() -> read(HEADER + "t 1,2026-10-01T09:00:00Z,EMAIL," + A + "\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("tombstones.csv:2:1: column \"tombstone_id\": \"t 1\" holds whitespace; expected a tombstone "
            + "id such as t-3f2a9c0d1e4b5a69");
  }

  @Test
  void read_rejectsTwoTimesForOneTombstone() {
    assertThatThrownBy(() -> read(HEADER
        + "t-1,2026-10-01T09:00:00Z,EMAIL," + A + "\n"
        + "t-1,2026-10-02T09:00:00Z,EMAIL," + B + "\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("tombstones.csv:3:2: column \"forgotten_at\": \"2026-10-02T09:00:00Z\" differs from "
            + "2026-10-01T09:00:00Z on line 2 for tombstone t-1; every row of a tombstone has the time it was made");
  }

  @Test
  void read_rejectsARowWiderThanTheHeader() {
    assertThatThrownBy(() -> read(HEADER + "t-1,2026-10-01T09:00:00Z,EMAIL," + A + ",extra\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("tombstones.csv:2:5: the row has 5 cells but the header has 4; quote cells that hold a comma");
  }

  @Test
  void read_reportsEveryProblemAtOnceWithItsLineAndColumn() {
    assertThatThrownBy(() -> read(HEADER
        + "t-1,2026-10-01T09:00:00Z,EMAIL," + A + "\n"
        + "t-1,yesterday,NAME,abc\n"
        + "t-2,2026-10-01T09:00:00Z,LOGIN," + B + "\n"
        + "t-3,2026-10-01T09:00:00Z,EMAIL,xyz\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("tombstones.csv:3: 3 problems; fix them all and import again:\n"
            + "  tombstones.csv:3:2: column \"forgotten_at\": \"yesterday\" is not an ISO-8601 instant; expected a "
            + "UTC time such as 2001-12-18T15:45:10Z\n"
            + "  tombstones.csv:3:3: column \"kind\": \"NAME\" is not a tombstone hash kind; expected one of "
            + "RECORD_ID, ACCOUNT_ID, LOGIN, EMAIL, CONTRIBUTOR_ID\n"
            + "  tombstones.csv:5:4: column \"hash\": hash \"xyz\" is 3 characters long; expected 64 hexadecimal "
            + "digits (a salted SHA-256)")
        .satisfies(e -> assertThat(e.getSuppressed()).hasSize(3).allSatisfy(problem ->
            assertThat(((InvalidInputException) problem).column()).isPositive()))
        .satisfies(e -> assertThat(((InvalidInputException) e).line()).isEqualTo(3));
  }
}
