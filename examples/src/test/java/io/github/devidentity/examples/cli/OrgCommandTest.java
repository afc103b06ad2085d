package io.github.devidentity.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.csv.CsvDecisionStore;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.model.RecordId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class OrgCommandTest {
  private static final String DEVELOPERS = String.join("\n",
      "Email,Manager Email,Full Name,Role,Sub Role,Team,Department,Site",
      "grace@example.org,,Grace Hopper,Director,,,R&D,Arlington",
      "alan@example.org,grace@example.org,Alan Turing,Manager,,,R&D,London",
      "edsger@example.org,alan@example.org,Edsger Dijkstra,Engineer,Backend,,R&D,Austin",
      "ada@example.org,grace@example.org,Ada Lovelace,Engineer,Frontend,Payments; Core,R&D,London",
      "bob@example.org,alan@example.org,Bob,Engineer,,Core,R&D,London",
      "");

  private static final String RECORDS = String.join("\n",
      "record_id,source,name,email,username,account_id,bot",
      "a1,git,Ada Lovelace,ADA@example.org,,,",
      "e1,git,Edsger Dijkstra,edsger@example.org,,,",
      "x1,git,Xavier,xavier@example.org,,,",
      "d1,github,dependabot[bot],,dependabot[bot],49699333,true",
      "");

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }

  @Test
  void org_printsIndentedTreeAndTeamsWithMembers() throws IOException {
    Path developers = write("developers.csv", DEVELOPERS);

    Run run = Run.of("org", "--developers", developers.toString(), "--date", "2024-06-01");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(String.join("\n",
        "== Org tree (5 developers) ==",
        "grace@example.org  Grace Hopper, Director",
        "  ada@example.org  Ada Lovelace, Engineer / Frontend  [Core, Payments]",
        "  alan@example.org  Alan Turing, Manager",
        "    bob@example.org  Bob, Engineer  [Core]",
        "    edsger@example.org  Edsger Dijkstra, Engineer / Backend",
        "",
        "== Teams on 2024-06-01 (4) ==",
        "Core (2 members)",
        "  ada@example.org",
        "  bob@example.org",
        "Payments (1 member)",
        "  ada@example.org",
        "reports of alan@example.org (1 member)",
        "  edsger@example.org",
        "reports of grace@example.org (1 member)",
        "  alan@example.org",
        "",
        ""));
  }

  @Test
  void org_problems_arePrintedWithLinesAndExitOne() throws IOException {
    Path developers = write("developers.csv", String.join("\n",
        "email,manager email",
        "grace@example.org,grace@example.org",
        "ada@example.org,nobody@example.org",
        "",
        "ada@example.org,grace",
        "not-an-email,",
        ""));

    Run run = Run.of("org", "--developers", developers.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    // DevelopersCsvTest checks every message; here, that each problem is one line and a summary follows.
    assertThat(run.err().lines()).hasSize(7).extracting(line -> line.substring(0, line.indexOf(':'))).containsExactly(
        "line 2, column 2 (manager email)", "line 3, column 1 (email)", "line 3, column 2 (manager email)",
        "line 5, column 1 (email)", "line 5, column 2 (manager email)", "line 6, column 1 (email)", "error");
    assertThat(run.err()).startsWith("line 2, column 2 (manager email): error MANAGER_CYCLE: \"grace@example.org\" is "
        + "their own manager;")
        .contains("line 5, column 2 (manager email): error INVALID_MANAGER_EMAIL:")
        .endsWith("error: " + developers + " has 6 errors\n");
  }

  @Test
  void org_map_readsColumnsTheFileNamesDifferently() throws IOException {
    Path developers = write("people.csv", String.join("\n",
        "Work Mail;Boss;Squad;Cost Centre",
        "grace@example.org;;;CC-1",
        "ada@example.org;grace@example.org;Payments;CC-7",
        ""));

    Run run = Run.of("org", "--developers", developers.toString(), "--map", "Email=Work Mail, manager_email=Boss,Team=Squad",
        "--date", "2024-06-01");

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith(String.join("\n",
        "== Org tree (2 developers) ==",
        "grace@example.org",
        "  ada@example.org  [Payments]",
        "",
        "== Teams on 2024-06-01 (1) ==",
        "Payments (1 member)",
        "  ada@example.org"));
    assertThat(run.err()).isEqualTo("line 1, column 4 (Cost Centre): warning UNKNOWN_COLUMN: \"Cost Centre\" is not "
        + "one of the columns Work Mail, Boss, full name, role, sub role, Squad, department, site; its cells are "
        + "ignored\n");
  }

  @Test
  void org_mappedEmailColumnMissing_isBadInput() throws IOException {
    Path developers = write("developers.csv", DEVELOPERS);

    Run run = Run.of("org", "--developers", developers.toString(), "--map", "Email=Work Mail");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("line 1 (Work Mail): error REQUIRED_COLUMN_MISSING: the header has no column "
        + "\"Work Mail\"; expected the columns Work Mail, manager email,")
        .contains("line 1, column 1 (Email): warning UNKNOWN_COLUMN")
        .endsWith("error: " + developers + " has 1 error\n");
  }

  @Test
  void org_badMap_isUsageError() throws IOException {
    Path developers = write("developers.csv", DEVELOPERS);

    Run run = Run.of("org", "--developers", developers.toString(), "--map", "Mail=Work Mail");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: org: --map: \"Mail\" is not a developers column; expected one of Email, "
        + "Manager Email, Full Name, Role, Sub Role, Team, Department, Site\n");
  }

  @Test
  void org_input_printsUnmatchedDevelopersAndDanglingContributors() throws IOException {
    Path developers = write("developers.csv", DEVELOPERS);
    Path records = write("records.csv", RECORDS);

    Run run = Run.of("org", "--developers", developers.toString(), "--input", records.toString(),
        "--date", "2024-06-01");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .containsPattern("Core \\(2 members\\)\\R  ada@example.org  c[0-9a-f]+\\R  bob@example.org\\R")
        .contains(String.join("\n",
            "== Developers without a contributor (3) ==",
            "  Alan Turing <alan@example.org>",
            "  Bob <bob@example.org>",
            "  Grace Hopper <grace@example.org>",
            "",
            "== Contributors without a developer (1) =="))
        .containsPattern("\\R  c[0-9a-f]+  Xavier <xavier@example.org>\\R\\R== Ambiguous matches \\(0\\) ==\\R$");
  }

  @Test
  void org_decisions_areReplayedAndAmbiguityReported() throws IOException {
    Path developers = write("developers.csv", DEVELOPERS);
    Path records = write("records.csv", RECORDS + "a2,git,Ada Byron,ada@example.org,,,\n");
    Path log = dir.resolve("decisions.csv");
    CsvDecisionStore.at(log).append(List.of(new Decision.NeverLink(RecordId.of("a1"), RecordId.of("a2"),
        "alice", Instant.parse("2026-11-01T10:00:00Z"), "two people")));

    Run run = Run.of("org", "--developers", developers.toString(), "--input", records.toString(),
        "--decisions", log.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out()).containsPattern("== Ambiguous matches \\(1\\) ==\\R  ada@example.org is held by 2 "
        + "contributors \\(c[0-9a-f]+, c[0-9a-f]+\\); merge them if they are one person");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--decisions | log.csv | org: --decisions replays decisions over records; give --input as well",
    "--date | June | org: --date \"June\" is not a day; expected one such as 2024-06-01",
  })
  void org_inconsistentOption_isUsageError(String flag, String value, String message) throws IOException {
    Path developers = write("developers.csv", DEVELOPERS);

    Run run = Run.of("org", "--developers", developers.toString(), flag, value);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: " + message + "\n");
  }

  @Test
  void org_withoutDevelopers_isUsageError() {
    Run run = Run.of("org");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: org: option --developers is required");
  }

  @Test
  void org_missingFile_isBadInput() {
    Path missing = dir.resolve("missing.csv");

    Run run = Run.of("org", "--developers", missing.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: --developers " + missing + ": no such file");
  }

  @Test
  void org_missingEmailColumn_namesFileAndLine() throws IOException {
    Path developers = write("developers.csv", "name,team\nAda,Core\n");

    Run run = Run.of("org", "--developers", developers.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith("line 1 (email): error REQUIRED_COLUMN_MISSING: the header has no column \"email\"")
        .contains("line 1, column 1 (name): warning UNKNOWN_COLUMN")
        .endsWith("error: " + developers + " has 1 error\n");
  }

  @Test
  void org_isListedInHelp() {
    Run run = Run.of("--help");

    assertThat(run.out()).containsPattern("\n  org +validate a developers CSV and print the org tree and teams\n");
  }
}
