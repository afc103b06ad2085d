package io.github.devidentity.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.devidentity.IdentityException;
import io.github.devidentity.InvalidInputException;
import io.github.devidentity.org.Developer;
import io.github.devidentity.org.InvalidOrganisationException;
import io.github.devidentity.org.Membership;
import io.github.devidentity.org.OrgProblem;
import io.github.devidentity.org.Organisation;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DevelopersCsvTest {
  private static final String HEADER = "Email,Manager Email,Full Name,Role,Sub Role,Team,Department,Site\n";

  @TempDir Path dir;

  private static DevelopersCsv.Sheet read(String text) {
    return DevelopersCsv.read(new StringReader(text), "developers.csv");
  }

  @Test
  void read_readsEveryColumn() {
    DevelopersCsv.Sheet sheet = read(HEADER
        + "grace@example.org,,Grace Hopper,Director,,,R&D,Arlington\n"
        + "Ada@Example.org,grace@example.org,Ada Lovelace,Engineer,Backend,Payments,R&D,London\n");

    assertThat(sheet.developers()).containsExactly(
        Developer.builder("grace@example.org").fullName("Grace Hopper").role("Director")
            .department("R&D").site("Arlington").build(),
        Developer.builder("ada@example.org").managerEmail("grace@example.org").fullName("Ada Lovelace")
            .role("Engineer").subRole("Backend").team("Payments").department("R&D").site("London").build());
    assertThat(sheet.source()).isEqualTo("developers.csv");
    assertThat(sheet).hasToString("developers.csv (2 developers)");
  }

  @Test
  void read_matchesHeaderIgnoringCaseAndSpacesAndIgnoresOtherColumns() {
    DevelopersCsv.Sheet sheet = read(" TEAM , Cost Centre,  email ,manager_email\n"
        + "Core,CC-7,ada@example.org,grace@example.org\n");

    assertThat(sheet.developers()).containsExactly(Developer.builder("ada@example.org")
        .managerEmail("grace@example.org").team("Core").build());
  }

  @Test
  void read_onlyEmailIsRequired() {
    DevelopersCsv.Sheet sheet = read("email\nada@example.org\n");

    assertThat(sheet.developers()).containsExactly(Developer.builder("ada@example.org").build());
  }

  @Test
  void read_sharedDeveloperListsTeamsSeparatedBySemicolonOrBar() {
    DevelopersCsv.Sheet sheet = read("email,team\nada@example.org,Payments; Core | Infra;\n");

    assertThat(sheet.developers().get(0).teams()).containsExactly("Core", "Infra", "Payments");
  }

  @Test
  void read_keepsTheLineEachDeveloperStartsOn() {
    DevelopersCsv.Sheet sheet = read("email,full name\n"
        + "a@example.org,A\n"
        + "\n"
        + "b@example.org,\"B\nsecond line\"\n"
        + "c@example.org,C\n");

    assertThat(sheet.developers()).extracting(Developer::email)
        .containsExactly("a@example.org", "b@example.org", "c@example.org");
    assertThat(List.of(sheet.line(0), sheet.line(1), sheet.line(2))).containsExactly(2L, 4L, 6L);
  }

  @Test
  void read_invalidEmailsAreKeptForValidationNotRejected() {
    DevelopersCsv.Sheet sheet = read("email,manager email\n,\nada(at)example.org,grace\n");

    assertThat(sheet.developers()).extracting(Developer::email).containsExactly("", "ada(at)example.org");
  }

  @Test
  void sheet_mapsValidationProblemsToLines() {
    DevelopersCsv.Sheet sheet = read(HEADER
        + "grace@example.org,,,,,,,\n"
        + "ada@example.org,grace@example.org,,,,,,\n"
        + "\n"
        + "bob@example.org,nobody@example.org,,,,,,\n"
        + "ADA@example.org,grace@example.org,,,,,,\n");

    List<OrgProblem> problems = catchThrowableOfType(InvalidOrganisationException.class,
        () -> Organisation.builder().developers(sheet.developers())
            .membership(new Membership("zed@example.org", "Core", null, null)).build()).problems();

    assertThat(problems).extracting(p -> sheet.line(p) + ": " + p.code()).containsExactly(
        "3: DUPLICATE_EMAIL", "5: UNKNOWN_MANAGER", "6: DUPLICATE_EMAIL", "0: UNKNOWN_DEVELOPER");
  }

  @Test
  void read_missingEmailColumn_namesFileLineAndColumn() {
    assertThatThrownBy(() -> read("full name,team\nAda,Core\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("developers.csv:1: column \"email\": is missing from the header; expected the "
            + "columns email,manager email,full name,role,sub role,team,department,site; found "
            + "\"full name\", \"team\"")
        .satisfies(e -> {
          InvalidInputException invalid = (InvalidInputException) e;
          assertThat(invalid.line()).isEqualTo(1);
          assertThat(invalid.field()).hasValue("email");
        });
  }

  @Test
  void read_malformedCsv_namesFileAndLine() {
    assertThatThrownBy(() -> read("email,full name\na@example.org,A\nb@example.org,\"B\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("developers.csv:3: a quoted cell in the row starting here has no closing quote")
        .satisfies(e -> assertThat(((InvalidInputException) e).line()).isEqualTo(3));
  }

  @Test
  void read_rowWiderThanHeader_namesFileLineAndColumn() {
    assertThatThrownBy(() -> read("email,team\nada@example.org,Core,Payments\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("developers.csv:2:3: the row has 3 cells but the header has 2; quote cells that hold a comma");
  }

  @Test
  void read_emptyFile_isRejected() {
    assertThatThrownBy(() -> read("\n\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("developers.csv: is empty; expected a header row such as email,manager email,");
  }

  @Test
  void read_file_namesItInMessages() throws IOException {
    Path file = Files.writeString(dir.resolve("people.csv"), "\uFEFFEmail\nada@example.org\n", UTF_8);

    assertThat(DevelopersCsv.read(file).developers()).extracting(Developer::email).containsExactly("ada@example.org");
    assertThat(DevelopersCsv.read(file).source()).isEqualTo(file.toString());
    assertThatThrownBy(() -> DevelopersCsv.read(dir.resolve("missing.csv")))
        .isInstanceOf(IdentityException.class)
        .hasMessage("cannot read " + dir.resolve("missing.csv") + ": no such file or directory");
  }
}
