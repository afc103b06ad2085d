package io.github.devidentity.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.csv.CsvDecisionStore;
import io.github.devidentity.csv.IdentityRecordsCsv;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.AccountRef;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class CloudIdsCommandTest {
  private static final String RECORDS = String.join("\n",
      "record_id,source,name,email,username,account_id",
      "git-ada,git,Ada Lovelace,ada@example.org,,",
      "git-bob,git,Bob Smith,bob@example.org,,",
      "jira-bob,jira-cloud,Bob Smith,,,7c00",
      "");

  private static final String IDS = String.join("\r\n",
      "Email;Integration;Identity",
      "ada@example.org;jira-cloud;5b10",
      "ada@example.org;jira-cloud;7c00",
      "bob@example.org;github:acme;42",
      "");

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }

  private Run upload(Path ids, String... more) {
    List<String> args = new ArrayList<>(List.of("cloud-ids", "--csv", ids.toString(),
        "--input", dir.resolve("records.csv").toString()));
    args.addAll(List.of(more));
    return Run.of(args.toArray(String[]::new));
  }

  @Test
  void cloudIds_attachesAndMoves_thenStoresDecisionsAndRecords() throws IOException {
    Path records = write("records.csv", RECORDS);
    Path ids = write("ids.csv", IDS);
    Path log = dir.resolve("decisions.csv");
    Path out = dir.resolve("records-out.csv");

    Run run = upload(ids, "--decisions", log.toString(), "--records-out", out.toString(), "--actor", "alice");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).matches(String.join("\n",
        "line 2: ATTACHED: attaches jira-cloud/5b10 to c[0-9a-f]+ \\(Ada Lovelace\\) as record cloud:jira-cloud/5b10",
        "line 3: MOVED: moves jira-cloud/7c00 from c[0-9a-f]+ \\(Bob Smith\\) to c[0-9a-f]+ \\(Ada Lovelace\\): "
            + "record jira-bob held it",
        "line 4: ATTACHED: attaches github:acme/42 to c[0-9a-f]+ \\(Bob Smith\\) as record cloud:github:acme/42",
        "3 rows: 2 attached, 1 moved",
        "appended 4 decisions to .*decisions.csv; wrote 5 records to .*records-out.csv \\(2 added, 0 replaced\\)",
        ""));
    DecisionLog stored = CsvDecisionStore.at(log).load();
    assertThat(stored.decisions()).extracting(Decision::kind).containsExactly(Decision.Kind.MERGE,
        Decision.Kind.SPLIT, Decision.Kind.MERGE, Decision.Kind.MERGE);
    assertThat(stored.decisions()).extracting(Decision::actor).containsOnly("alice");
    assertThat(IdentityRecordsCsv.read(records)).hasSize(3);
    Resolution after = Resolver.create().resolve(IdentityRecordsCsv.read(out), stored, Map.of());
    assertThat(after.contributorOf(RecordId.of("git-ada")).orElseThrow().accounts()).containsExactly(
        AccountRef.of(Integration.of(IntegrationType.JIRA_CLOUD), "5b10"),
        AccountRef.of(Integration.of(IntegrationType.JIRA_CLOUD), "7c00"));
  }

  @Test
  void cloudIds_twiceIntoTheSameFiles_addsNothingTheSecondTime() throws IOException {
    Path records = write("records.csv", RECORDS);
    Path ids = write("ids.csv", IDS);
    Path log = dir.resolve("decisions.csv");
    upload(ids, "--decisions", log.toString(), "--records-out", records.toString());
    String recordsAfterFirst = Files.readString(records, UTF_8);
    int decisions = CsvDecisionStore.at(log).load().size();

    Run again = upload(ids, "--decisions", log.toString(), "--records-out", records.toString());

    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("3 rows: 3 already attached\n")
        .contains("appended 0 decisions to " + log + "; " + records + " is unchanged\n");
    assertThat(CsvDecisionStore.at(log).load().size()).isEqualTo(decisions);
    assertThat(Files.readString(records, UTF_8)).isEqualTo(recordsAfterFirst);
  }

  @Test
  void cloudIds_problems_arePrintedWithLineColumnAndCode_andNothingIsWritten() throws IOException {
    write("records.csv", RECORDS);
    Path ids = write("ids.csv", String.join("\n",
        "email,integration,identity,team",
        "ada@example.org,jira-cloud,5b10,Core",
        "zed@example.org,jira-cloud,9f00,",
        "bob@example.org,svn,1,",
        ""));
    Path log = dir.resolve("decisions.csv");
    Path out = dir.resolve("out.csv");

    Run run = upload(ids, "--decisions", log.toString(), "--records-out", out.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("line 3: REJECTED: no contributor holds \"zed@example.org\"")
        .contains("3 rows: 1 attached, 2 rejected\n");
    assertThat(run.err().lines()).containsExactly(
        "line 1, column 4 (team): warning UNKNOWN_COLUMN: \"team\" is not one of the columns email, integration, "
            + "identity; its cells are ignored",
        "line 3, column 1 (email): error UNKNOWN_EMAIL: no contributor holds \"zed@example.org\"; an upload attaches "
            + "accounts to people already known and never makes a new one: correct the email, or sync the "
            + "integration that has it",
        "line 4, column 2 (integration): error UNKNOWN_INTEGRATION: \"svn\" is not an integration; expected one of "
            + "github, github-enterprise, gitlab, bitbucket-cloud, bitbucket-server, azure-devops, jira-cloud, "
            + "jira-data-center, harness-code, custom, optionally with the instance name, such as jira-cloud:acme",
        "error: " + ids + " has 2 errors; nothing was written");
    assertThat(log).doesNotExist();
    assertThat(out).doesNotExist();
  }

  @Test
  void cloudIds_dryRun_printsWhatWouldHappenAndWritesNothing() throws IOException {
    Path records = write("records.csv", RECORDS);
    Path ids = write("ids.json", "[{\"email\": \"ada@example.org\", \"integration\": \"jira-cloud\", \"identity\": 5}]");

    Run run = Run.of("cloud-ids", "--json", ids.toString(), "--input", records.toString(), "--dry-run");

    assertThat(run.code()).isZero();
    assertThat(run.out()).endsWith("1 row: 1 attached\ndry run: 1 decision and 1 record not written\n");
    assertThat(Files.readString(records, UTF_8)).isEqualTo(RECORDS);
    try (var files = Files.list(dir)) {
      assertThat(files).hasSize(2);
    }
  }

  @Test
  void cloudIds_jsonReport_printsOutcomesAndProblemsAsOneObject() throws IOException {
    write("records.csv", RECORDS);
    Path ids = write("ids.json", "[\n {\"email\": \"zed@example.org\", \"integration\": \"jira-cloud\", \"identity\": \"9f00\"}\n]");

    Run run = Run.of("cloud-ids", "--json", ids.toString(), "--input", dir.resolve("records.csv").toString(),
        "--dry-run", "--json-report");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(String.join("\n",
        "{",
        "  \"source\" : \"" + ids + "\",",
        "  \"dryRun\" : true,",
        "  \"applied\" : false,",
        "  \"summary\" : \"1 row: 1 rejected\",",
        "  \"decisions\" : 0,",
        "  \"records\" : 0,",
        "  \"outcomes\" : [ {",
        "    \"line\" : 2,",
        "    \"status\" : \"REJECTED\",",
        "    \"email\" : \"zed@example.org\",",
        "    \"integration\" : \"jira-cloud\",",
        "    \"identity\" : \"9f00\",",
        "    \"account\" : \"jira-cloud/9f00\",",
        "    \"contributor\" : null,",
        "    \"previous\" : [ ],",
        "    \"message\" : \"no contributor holds \\\"zed@example.org\\\"; an upload attaches accounts to people already "
            + "known and never makes a new one: correct the email, or sync the integration that has it\"",
        "  } ],",
        "  \"errors\" : 1,",
        "  \"warnings\" : 0,",
        "  \"problems\" : [ {",
        "    \"line\" : 2,",
        "    \"column\" : 12,",
        "    \"severity\" : \"error\",",
        "    \"code\" : \"UNKNOWN_EMAIL\",",
        "    \"field\" : \"[0].email\",",
        "    \"value\" : \"zed@example.org\",",
        "    \"message\" : \"no contributor holds \\\"zed@example.org\\\"; an upload attaches accounts to people already "
            + "known and never makes a new one: correct the email, or sync the integration that has it\"",
        "  } ]",
        "}",
        ""));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--input,records.csv | cloud-ids: give the rows as --csv FILE or as --json FILE, one of them",
    "--csv,ids.csv,--json,ids.json,--input,records.csv,--dry-run | cloud-ids: give the rows as --csv FILE or as --json FILE, one of them",
    "--csv,ids.csv,--input,records.csv | cloud-ids: give --decisions LOG and --records-out FILE to store the upload, or --dry-run to only check it",
    "--csv,ids.csv,--input,records.csv,--decisions,log.csv | cloud-ids: give --decisions LOG and --records-out FILE to store the upload, or --dry-run to only check it",
    "--csv,ids.csv,--input,records.csv,--dry-run,--records-out,out.csv | cloud-ids: --dry-run writes nothing; leave out --records-out",
  })
  void cloudIds_inconsistentOptions_areUsageErrors(String options, String message) {
    List<String> args = new ArrayList<>(List.of("cloud-ids"));
    args.addAll(List.of(options.split(",")));

    Run run = Run.of(args.toArray(String[]::new));

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: " + message + "\n");
  }

  @Test
  void cloudIds_blankActor_isUsageError() {
    Run run = upload(dir.resolve("ids.csv"), "--dry-run", "--actor", " ");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: cloud-ids: --actor is blank; give the id of the person who uploads\n");
  }

  @Test
  void cloudIds_missingFile_isBadInput() {
    Run run = upload(dir.resolve("ids.csv"), "--dry-run");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: --csv " + dir.resolve("ids.csv") + ": no such file");
  }

  @Test
  void cloudIds_isListedInHelp() {
    assertThat(Run.of("--help").out())
        .containsPattern("\n  cloud-ids +attach uploaded accounts \\(email, integration, identity\\) to their owners\n");
    assertThat(Run.of("cloud-ids", "--help").out()).startsWith("usage: identity-examples cloud-ids (--csv FILE | "
        + "--json FILE) --input RECORDS\n");
  }
}
