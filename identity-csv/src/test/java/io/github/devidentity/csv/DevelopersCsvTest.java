package io.github.devidentity.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.devidentity.IdentityException;
import io.github.devidentity.csv.DevelopersCsv.Column;
import io.github.devidentity.csv.DevelopersCsv.ColumnMapping;
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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class DevelopersCsvTest {
  private static final String HEADER = "Email,Manager Email,Full Name,Role,Sub Role,Team,Department,Site\n";
  private static final String COLUMNS = "email, manager email, full name, role, sub role, team, department, site";

  @TempDir Path dir;

  private static DevelopersCsv.Sheet read(String text) {
    return DevelopersCsv.read(new StringReader(text), "developers.csv");
  }

  private static DevelopersCsv.Sheet read(String text, String mapping) {
    return DevelopersCsv.read(new StringReader(text), "developers.csv", ColumnMapping.parse(mapping));
  }

  private static List<String> lines(DevelopersCsv.Sheet sheet) {
    return sheet.report().toString().lines().toList();
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
    assertThat(sheet.report().problems()).isEmpty();
    assertThat(sheet.organisation()).map(Organisation::roots).hasValue(List.of(sheet.developers().get(0)));
  }

  @Test
  void read_matchesHeaderIgnoringCaseAndSpaces_andWarnsAboutOtherColumns() {
    DevelopersCsv.Sheet sheet = read(" TEAM , Cost Centre,  email ,manager_email\n"
        + "Core,CC-7,ada@example.org,\n");

    assertThat(sheet.developers()).containsExactly(Developer.builder("ada@example.org").team("Core").build());
    assertThat(lines(sheet)).containsExactly("line 1, column 2 (Cost Centre): warning UNKNOWN_COLUMN: \"Cost Centre\" "
        + "is not one of the columns " + COLUMNS + "; its cells are ignored");
    assertThat(sheet.report().hasErrors()).isFalse();
    assertThat(sheet.organisation()).isPresent();
  }

  @Test
  void read_onlyEmailIsRequired() {
    DevelopersCsv.Sheet sheet = read("email\nada@example.org\n");

    assertThat(sheet.developers()).containsExactly(Developer.builder("ada@example.org").build());
    assertThat(sheet.report().problems()).isEmpty();
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
  void read_organisationProblems_areReportedInTheirCellsWithTheirValues() {
    DevelopersCsv.Sheet sheet = read("email,manager email\n"
        + "grace@example.org,grace@example.org\n"
        + "ada@example.org,nobody@example.org\n"
        + "\n"
        + "ADA@example.org,grace\n"
        + "not-an-email,\n");

    assertThat(sheet.developers()).extracting(Developer::email)
        .containsExactly("grace@example.org", "ada@example.org", "ada@example.org", "not-an-email");
    assertThat(lines(sheet)).containsExactly(
        "line 2, column 2 (manager email): error MANAGER_CYCLE: \"grace@example.org\" is their own manager; give "
            + "the manager they report to, or nothing for someone at the top",
        "line 3, column 1 (email): error DUPLICATE_EMAIL: \"ada@example.org\" is the email of 2 developers; keep one "
            + "entry per person",
        "line 3, column 2 (manager email): error UNKNOWN_MANAGER: the manager \"nobody@example.org\" of "
            + "\"ada@example.org\" is not among the developers; add them, or correct the manager email",
        "line 5, column 1 (email): error DUPLICATE_EMAIL: \"ada@example.org\" is the email of 2 developers; keep one "
            + "entry per person",
        "line 5, column 2 (manager email): error INVALID_MANAGER_EMAIL: the manager email \"grace\" of "
            + "\"ada@example.org\" is not an email address; expected a developer's email such as grace@example.org, "
            + "or nothing for someone at the top",
        "line 6, column 1 (email): error INVALID_EMAIL: \"not-an-email\" is not an email address; expected one such "
            + "as ada@example.org");
    assertThat(sheet.report().problems()).extracting(ValidationProblem::value).containsExactly(
        "grace@example.org", "ada@example.org", "nobody@example.org",
        "ADA@example.org", "grace", "not-an-email");
    assertThat(sheet.organisation()).isEmpty();
  }

  @Test
  void sheet_mapsProblemsOfAnOrganisationWithMembershipsToLines() {
    DevelopersCsv.Sheet sheet = read(HEADER
        + "grace@example.org,,,,,,,\n"
        + "ada@example.org,grace@example.org,,,,,,\n"
        + "\n"
        + "bob@example.org,nobody@example.org,,,,,,\n");

    List<OrgProblem> problems = catchThrowableOfType(InvalidOrganisationException.class,
        () -> Organisation.builder().developers(sheet.developers())
            .membership(new Membership("zed@example.org", "Core", null, null)).build()).problems();

    assertThat(problems).extracting(p -> sheet.line(p) + ": " + p.code()).containsExactly(
        "5: UNKNOWN_MANAGER", "0: UNKNOWN_DEVELOPER");
    assertThat(problems).extracting(p -> sheet.locate(p).toString()).containsExactly(
        "line 5, column 2 (Manager Email): error UNKNOWN_MANAGER: the manager \"nobody@example.org\" of "
            + "\"bob@example.org\" is not among the developers; add them, or correct the manager email",
        "error UNKNOWN_DEVELOPER: the membership zed@example.org in Core since always, open-ended names "
            + "\"zed@example.org\", who is not among the developers; add them, or correct the email");
  }

  @Test
  void read_missingEmailColumn_isAnErrorAndNoRowIsRead() {
    DevelopersCsv.Sheet sheet = read("full name,team\nAda,Core\n");

    assertThat(lines(sheet)).containsExactly("line 1 (email): error REQUIRED_COLUMN_MISSING: the header has no column "
        + "\"email\"; expected the columns " + COLUMNS + "; found \"full name\", \"team\"");
    assertThat(sheet.developers()).isEmpty();
    assertThat(sheet.organisation()).isEmpty();
  }

  @Test
  void read_malformedCsv_isReportedAndEndsTheRows() {
    DevelopersCsv.Sheet sheet = read("email,manager email\na@example.org,nobody@example.org\nb@example.org,\"B\n");

    assertThat(lines(sheet)).containsExactly("line 3: error INVALID_CSV: a quoted cell in the row starting here has "
        + "no closing quote; add the closing \" or double each quote inside the cell (\"\")");
    assertThat(sheet.developers()).extracting(Developer::email).containsExactly("a@example.org");
    assertThat(sheet.organisation()).isEmpty();
  }

  @Test
  void read_rowWiderThanHeader_isAnErrorButBlankExtraCellsAreNot() {
    DevelopersCsv.Sheet sheet = read("email,team\nada@example.org,Core,Payments\nbob@example.org,Core,,\n");

    assertThat(lines(sheet)).containsExactly("line 2, column 3: error TOO_MANY_CELLS: the row has 3 cells but the "
        + "header has 2; quote cells that hold a comma");
    assertThat(sheet.report().problems().get(0).value()).isEqualTo("Payments");
    assertThat(sheet.developers()).extracting(Developer::email).containsExactly("ada@example.org", "bob@example.org");
  }

  @Test
  void read_emptyFile_isAnError() {
    assertThat(lines(read("\n\n"))).containsExactly("error EMPTY_CSV: the file is empty; expected a header row with "
        + "the columns " + COLUMNS);
  }

  @Test
  void read_duplicateAndBlankColumns_areReported() {
    DevelopersCsv.Sheet sheet = read("email,,EMAIL,manager email,manager_email\nada@example.org,,,,\n");

    assertThat(lines(sheet)).containsExactly(
        "line 1, column 2: warning BLANK_COLUMN_NAME: the header cell is empty, so the cells below it are ignored; "
            + "name the column or delete it",
        "line 1, column 3 (EMAIL): error DUPLICATE_COLUMN: names the same column as column 1 (\"email\"); keep one of them",
        "line 1, column 5 (manager_email): error DUPLICATE_COLUMN: names the same column as column 4 (\"manager "
            + "email\"); keep one of them");
  }

  @Test
  void read_spreadsheetExport_withByteOrderMarkCrlfAndSemicolons() {
    DevelopersCsv.Sheet sheet = read("\uFEFFEmail;Manager Email;Team\r\n"
        + "grace@example.org;;\r\n"
        + "ada@example.org;grace@example.org;\"Payments; Core\"\r\n");

    assertThat(sheet.report().problems()).isEmpty();
    assertThat(sheet.developers()).containsExactly(Developer.builder("grace@example.org").build(),
        Developer.builder("ada@example.org").managerEmail("grace@example.org").teams(List.of("Core", "Payments")).build());
    assertThat(sheet.line(1)).isEqualTo(3);
  }

  @Test
  void read_tabSeparated() {
    DevelopersCsv.Sheet sheet = read("\n\"Full, Name\"\tEmail\nAda, Countess\tada@example.org\n");

    assertThat(sheet.developers()).containsExactly(Developer.builder("ada@example.org").build());
    assertThat(lines(sheet)).singleElement().asString().startsWith("line 2, column 1 (Full, Name): warning UNKNOWN_COLUMN");
  }

  @Test
  void read_mappedColumns_areReadByTheirNamesOnly() {
    DevelopersCsv.Sheet sheet = read("Work Mail,Boss,Squad,Email\n"
        + "ada@example.org,grace@example.org,Core,old@example.org\n"
        + "grace@example.org,,,\n", "Email=work mail, Manager Email=Boss, team = Squad");

    assertThat(sheet.developers()).containsExactly(
        Developer.builder("ada@example.org").managerEmail("grace@example.org").team("Core").build(),
        Developer.builder("grace@example.org").build());
    assertThat(lines(sheet)).containsExactly("line 1, column 4 (Email): warning UNKNOWN_COLUMN: \"Email\" is not one "
        + "of the columns work mail, Boss, full name, role, sub role, Squad, department, site; its cells are ignored");
    assertThat(sheet.organisation()).isPresent();
  }

  @Test
  void read_mappedEmailMissing_isAnError_andAMappedOptionalColumnMissingAWarning() {
    DevelopersCsv.Sheet sheet = read("Email,Team\nada@example.org,Core\n", "Email=Work Mail,Site=Office");

    assertThat(lines(sheet)).containsExactly(
        "line 1 (Work Mail): error REQUIRED_COLUMN_MISSING: the header has no column \"Work Mail\"; expected the "
            + "columns Work Mail, manager email, full name, role, sub role, team, department, Office; found \"Email\", \"Team\"",
        "line 1 (Office): warning MAPPED_COLUMN_MISSING: the header has no column \"Office\", which the mapping names "
            + "for site, so it is empty for everyone; found \"Email\", \"Team\"",
        "line 1, column 1 (Email): warning UNKNOWN_COLUMN: \"Email\" is not one of the columns Work Mail, manager "
            + "email, full name, role, sub role, team, department, Office; its cells are ignored");
    assertThat(sheet.developers()).isEmpty();
  }

  @Test
  void read_nameAColumnIsMappedTo_selectsOnlyThatColumn() {
    DevelopersCsv.Sheet sheet = read("Team,Squad\nada@example.org,Core\n", "Email=Team,Team=Squad");

    assertThat(sheet.developers()).containsExactly(Developer.builder("ada@example.org").team("Core").build());
    assertThat(sheet.report().problems()).isEmpty();
  }

  @Test
  void read_file_namesItInTheReport() throws IOException {
    Path file = Files.writeString(dir.resolve("people.csv"), "\uFEFFWork Mail\nada(at)example.org\n", UTF_8);

    DevelopersCsv.Sheet sheet = DevelopersCsv.read(file, ColumnMapping.standard().with(Column.EMAIL, "work mail"));

    assertThat(sheet.report().source()).isEqualTo(file.toString());
    assertThat(sheet.report().errors()).extracting(ValidationProblem::code).containsExactly(ValidationProblem.Code.INVALID_EMAIL);
    assertThat(DevelopersCsv.read(file).report().errors()).extracting(ValidationProblem::code)
        .containsExactly(ValidationProblem.Code.REQUIRED_COLUMN_MISSING);
    assertThatThrownBy(() -> DevelopersCsv.read(dir.resolve("missing.csv")))
        .isInstanceOf(IdentityException.class)
        .hasMessage("cannot read " + dir.resolve("missing.csv") + ": no such file or directory");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Email | EMAIL",
    "manager_email | MANAGER_EMAIL",
    " Manager-Email  | MANAGER_EMAIL",
    "SUBROLE | SUB_ROLE",
    "full name | FULL_NAME",
  })
  void column_parse_ignoresCaseSpacesUnderscoresAndHyphens(String name, Column column) {
    assertThat(Column.parse(name)).isEqualTo(column);
  }

  @Test
  void column_parse_unknownName_listsTheColumns() {
    assertThatThrownBy(() -> Column.parse("Mail"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"Mail\" is not a developers column; expected one of Email, Manager Email, Full Name, Role, "
            + "Sub Role, Team, Department, Site");
  }

  @Test
  void columnMapping_parse_readsPairsAndPrintsThemBack() {
    ColumnMapping mapping = ColumnMapping.parse(" team=Squad , Email = Work Mail,");

    assertThat(mapping.headers()).containsExactly(Map.entry(Column.EMAIL, "Work Mail"), Map.entry(Column.TEAM, "Squad"));
    assertThat(mapping.header(Column.TEAM)).hasValue("Squad");
    assertThat(mapping.header(Column.SITE)).isEmpty();
    assertThat(mapping).hasToString("Email=Work Mail,Team=Squad");
    assertThat(ColumnMapping.parse(mapping.toString())).isEqualTo(mapping);
    assertThat(ColumnMapping.parse("  ")).isEqualTo(ColumnMapping.standard());
    assertThat(mapping.with(Column.TEAM, "Crew").header(Column.TEAM)).hasValue("Crew");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "Email | \"Email\" has no '='; expected Column=Header, such as Email=Work Mail",
    "Mail=Work Mail | \"Mail\" is not a developers column; expected one of Email, Manager Email, Full Name, Role, "
        + "Sub Role, Team, Department, Site",
    "Email=A,email=B | Email is mapped twice; map each column once",
    "Email= | the header name for Email is blank; give the name the file uses, such as Email=Work Mail",
    "Email=Mail,Manager Email=MAIL | both Email and Manager Email are mapped to \"MAIL\"; a header name selects one column",
  })
  void columnMapping_parse_badText_saysWhatIsWrong(String text, String message) {
    assertThatThrownBy(() -> ColumnMapping.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }
}
