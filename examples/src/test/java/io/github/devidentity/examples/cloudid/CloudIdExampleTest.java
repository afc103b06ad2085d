package io.github.devidentity.examples.cloudid;

import static io.github.devidentity.examples.Printed.section;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.examples.Printed;
import org.junit.jupiter.api.Test;

final class CloudIdExampleTest {
  private static String run() {
    return Printed.by(CloudIdExample::run);
  }

  @Test
  void run_refusesTheFirstFileWholeWithEveryProblemLocated() {
    String first = section(run(), "1. The first file", "2. The corrected file");

    assertThat(first).contains("   4 rows: 1 attached, 1 already attached, 2 rejected\n")
        .contains("     line 3, column 1 (email): error UNKNOWN_EMAIL: no contributor holds \"grace@exmaple.org\"")
        .contains("     line 5, column 2 (integration): error UNKNOWN_INTEGRATION: \"jira\" is not an integration")
        .contains("   applied: 0 decisions, 0 records\n");
  }

  @Test
  void run_attachesEachAccountWithAMergeToTheOwner() {
    String fixed = section(run(), "2. The corrected file", "3. The audit trail");

    assertThat(fixed).contains("   4 rows: 3 attached, 1 already attached\n")
        .containsPattern("line 3: ATTACHED: attaches jira-cloud/6a7f11e0c4c2a10068d1e3b2 to c[0-9a-f]+ \\(Grace Hopper\\) "
            + "as record cloud:jira-cloud/6a7f11e0c4c2a10068d1e3b2")
        .contains("decision: alice merged cloud:jira-cloud/70121:8e2f and git-alan: cloud-id upload: alan@example.org "
            + "holds jira-cloud/70121:8e2f");
  }

  @Test
  void run_recordsTheUploadInTheAuditTrailWithItsDecisions() {
    String audit = section(run(), "3. The audit trail", "4. Each contributor");

    assertThat(audit).containsPattern("#2 2026-10-06T09:00:00Z alice cloud id upload \\[cloud-ids.csv\\] "
        + "cloud:jira-cloud/5b10ac8d82e05b22cc7d4ef5, gh-ada, .*: 4 rows: 3 attached, 1 already attached; before: "
        + "gh-ada in c[0-9a-f]+, git-alan in c[0-9a-f]+, git-grace in c[0-9a-f]+\\R")
        .contains("the trail's decision log holds 3 decisions");
  }

  @Test
  void run_leavesEachAccountWithItsOwner_andASecondUploadAddsNothing() {
    String out = run();

    assertThat(section(out, "4. Each contributor", "5. Uploading")).contains(
        "     Ada Lovelace: [github/1815, jira-cloud/5b10ac8d82e05b22cc7d4ef5]\n",
        "     Alan Turing: [jira-cloud/70121:8e2f]\n",
        "     Grace Hopper: [jira-cloud/6a7f11e0c4c2a10068d1e3b2]\n");
    assertThat(out).endsWith("5. Uploading the same file again adds nothing.\n"
        + "     4 rows: 4 already attached; 0 decisions, 0 records\n");
  }

  @Test
  void run_isDeterministic() {
    assertThat(run()).isEqualTo(run());
  }
}
