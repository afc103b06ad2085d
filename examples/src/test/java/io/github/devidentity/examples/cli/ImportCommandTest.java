package io.github.devidentity.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.csv.AssignmentsCsv;
import io.github.devidentity.csv.CsvDecisionStore;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.RecordId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ImportCommandTest {
  /** Bob's GitHub account moves to Ada. */
  private static final String EDITED = String.join("\n",
      "Full_Name,Email,Integration: git,Integration: github",
      "Ada Lovelace,ada@example.org,ada@example.org,1815",
      "Ada Lovelace,ada@example.org,,42",
      "Bob Smith,bob@example.org,bob@example.org,",
      "");

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }

  @Test
  void import_alone_checksTheFile() throws IOException {
    Path csv = write("contributors.csv", EDITED);

    Run run = Run.of("import", "--csv", csv.toString(), "--mode", "update");

    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo(csv + ": 0 errors, 0 warnings\n");
  }

  @Test
  void import_problems_arePrintedOnePerLineAndExitOne() throws IOException {
    Path csv = write("contributors.csv", String.join("\n",
        "Full_Name,Email,Integration: gitbucket",
        " Ada ,ada(at)example.org,1",
        ",bob@example.org,2",
        ""));

    Run run = Run.of("import", "--csv", csv.toString(), "--mode", "replace");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(String.join("\n",
        "line 1, column 3: ERROR UNKNOWN_INTEGRATION: \"gitbucket\" is not a known integration; expected one of git, "
            + "github, github-enterprise, gitlab, bitbucket-cloud, bitbucket-server, azure-devops, jira-cloud, "
            + "jira-data-center, harness-code, custom, each optionally followed by \":instance\"",
        "line 2, column 1: WARNING SPACES_TRIMMED: spaces around \"Ada\" were removed",
        "line 2, column 2: ERROR INVALID_EMAIL: \"ada(at)example.org\" is not an email address; expected one such as "
            + "ada@example.org",
        "line 3, column 1: ERROR REQUIRED_VALUE_MISSING: the row has no name; every contributor needs a Full_Name",
        csv + ": 3 errors, 1 warning",
        ""));
  }

  @Test
  void import_json_printsTheReportAsJson() throws IOException {
    Path csv = write("contributors.csv", "Full_Name,Email\nAda,\n");

    Run run = Run.of("import", "--csv", csv.toString(), "--mode", "update", "--json");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("{\"report\":{\"source\":\"" + csv.toString().replace("\\", "\\\\")
        + "\",\"errors\":1,\"warnings\":0,\"unlisted\":0,\"problems\":[{\"line\":2,\"column\":2,\"severity\":\"ERROR\","
        + "\"code\":\"REQUIRED_VALUE_MISSING\",\"field\":\"Email\",\"value\":\"\",\"message\":\"the row has no email; "
        + "every contributor needs the Email that identifies them\"}]},\"mode\":\"update\",\"dryRun\":false,"
        + "\"diff\":null,\"decisions\":0,\"appended\":0}\n");
  }

  @Test
  void import_dryRun_printsTheDiffAndAppendsNothing() throws IOException {
    Path csv = write("contributors.csv", EDITED);
    Path records = write("records.csv", ExportCommandTest.RECORDS);
    Path log = dir.resolve("decisions.csv");

    Run run = Run.of("import", "--csv", csv.toString(), "--input", records.toString(), "--decisions", log.toString(),
        "--mode", "update", "--dry-run");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith(csv + ": 0 errors, 0 warnings; 2 contributors in 3 rows\n"
            + "dry run (update): 0 added, 2 changed, 0 removed, 1 record moved, 0 accounts unmatched\n")
        .containsPattern("\nchanged c[0-9a-f]+ \\(line 2\\): gains gh-bob\n")
        .containsPattern("\nchanged c[0-9a-f]+ \\(line 4\\): loses gh-bob\n")
        .containsPattern("\nmoved gh-bob \\(github/42\\): c[0-9a-f]+ -> c[0-9a-f]+ \\(line 2, ada@example.org\\)\n")
        .endsWith("\ndry run: 3 decisions would be appended to " + log + "\n");
    assertThat(log).doesNotExist();
  }

  @Test
  void import_appendsTheDecisionsAndTheNextResolutionKeepsTheFile() throws IOException {
    Path csv = write("contributors.csv", EDITED);
    Path records = write("records.csv", ExportCommandTest.RECORDS);
    Path log = dir.resolve("decisions.csv");

    Run run = Run.of("import", "--csv", csv.toString(), "--input", records.toString(), "--decisions", log.toString(),
        "--mode", "update", "--actor", "alice");

    assertThat(run.code()).isZero();
    assertThat(run.out()).endsWith("\nappended 3 decisions to " + log + "\n");
    assertThat(CsvDecisionStore.at(log).load().decisions()).hasSize(3).allSatisfy(decision -> {
      assertThat(decision.actor()).isEqualTo("alice");
      assertThat(decision.note()).startsWith(csv + " (update): line ");
    }).extracting(Decision::kind).containsExactly(Decision.Kind.MERGE, Decision.Kind.MERGE, Decision.Kind.NEVER_LINK);

    Path assignments = dir.resolve("assignments.csv");
    assertThat(Run.of("resolve", "--input", records.toString(), "--decisions", log.toString(), "--output",
        assignments.toString()).code()).isZero();
    Map<RecordId, ContributorId> resolved = AssignmentsCsv.read(assignments);
    assertThat(resolved.get(RecordId.of("gh-bob"))).isEqualTo(resolved.get(RecordId.of("gh-ada")))
        .isEqualTo(resolved.get(RecordId.of("git-ada")));
    assertThat(resolved.get(RecordId.of("git-bob"))).isNotEqualTo(resolved.get(RecordId.of("gh-ada")));

    Run again = Run.of("import", "--csv", csv.toString(), "--input", records.toString(), "--decisions",
        log.toString(), "--mode", "update");
    assertThat(again.out()).endsWith("\nno decision needed: the contributors already are the file's\n");
  }

  @Test
  void import_aRecordClaimedTwice_isAnErrorAndAppendsNothing() throws IOException {
    Path csv = write("contributors.csv", String.join("\n",
        "Full_Name,Email,Integration: git",
        "Ann,ann@example.org,ann@example.org",
        "Tom,tom@example.org,team@example.org",
        ""));
    Path records = write("records.csv", "record_id,source,name,email\nboth,git,Ann,ann@example.org;team@example.org\n");
    Path log = dir.resolve("decisions.csv");

    Run run = Run.of("import", "--csv", csv.toString(), "--input", records.toString(), "--decisions", log.toString(),
        "--mode", "update");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).startsWith("line 3: ERROR ACCOUNT_CLAIMED_TWICE: git/team@example.org names record both, "
        + "which line 2 (ann@example.org) names by git/ann@example.org;")
        .endsWith("\nnothing appended: errors stand\n");
    assertThat(log).doesNotExist();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--mode merge | import: --mode \"merge\" is not an import mode; expected update or replace",
    "--mode update --decisions log.csv | import: --decisions applies the file to records; give --input as well",
    "--mode update --input records.csv | import: the decisions are appended to a log; give --decisions LOG, or "
        + "--dry-run to only see the changes",
    "--decisions log.csv | import: option --mode is required",
  })
  void import_inconsistentOptions_areUsageErrors(String options, String message) throws IOException {
    Path csv = write("contributors.csv", EDITED);
    write("records.csv", ExportCommandTest.RECORDS);
    String[] args = ("import --csv " + csv + " " + options.replace("records.csv", dir.resolve("records.csv").toString())
        .replace("log.csv", dir.resolve("log.csv").toString())).split(" ");

    Run run = Run.of(args);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: " + message + "\n");
  }

  @Test
  void csvSubcommands_areListedInHelp() {
    assertThat(Run.of("--help").out())
        .containsPattern("\n  sample-csv +write a contributors CSV template")
        .containsPattern("\n  export +resolve identity records and write the contributors CSV")
        .containsPattern("\n  import +check a contributors CSV")
        .containsPattern("\n  bench-csv +export, validate and read a generated contributors CSV");
  }
}
