package io.github.devidentity.examples.forget;

import static io.github.devidentity.examples.Printed.section;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.examples.Printed;
import org.junit.jupiter.api.Test;

final class ForgetExampleTest {
  private static String run() {
    return Printed.by(ForgetExample::run);
  }

  @Test
  void run_resolvesAdaFirst() {
    assertThat(section(run(), "1. The first sync", "2. Ada asks"))
        .contains("Ada Lovelace [ada.king@work.example, ada@example.org] [gh-1815, git-ada, jira-5b10]");
  }

  @Test
  void run_makesATombstoneAndPurgesHerDecisionAndEvents() {
    assertThat(section(run(), "2. Ada asks", "3. The tombstones"))
        .containsPattern("t-[0-9a-f]{16}, forgotten at 2026-10-06T10:00:00Z, 9 hashes")
        .contains("decisions: 2 before, 1 after purging")
        .contains("audit trail: 2 events about her removed");
  }

  @Test
  void run_exportsHashesOnly() {
    String export = section(run(), "3. The tombstones", "4. The next run");

    assertThat(export).contains("tombstone_id,forgotten_at,kind,hash")
        .containsPattern("t-[0-9a-f]{16},2026-10-06T10:00:00Z,RECORD_ID,[0-9a-f]{64}")
        .contains("... 9 rows in all")
        .doesNotContain("ada", "1815", "example");
  }

  @Test
  void run_dropsEveryReturningRecordOfAdaAndSaysWhy() {
    String resync = section(run(), "4. The next run", "5. Ada returned");

    assertThat(resync)
        .containsPattern("gh-1815 dropped: its record id matches tombstone t-[0-9a-f]{16}")
        .containsPattern("git-ada-laptop dropped: its email matches tombstone t-[0-9a-f]{16}")
        .contains("Bob Smith [bob@example.org] [git-bob]", "Grace Hopper [grace@example.org] [git-grace, jira-7c]")
        .doesNotContain("Ada Lovelace [");
  }

  @Test
  void run_adaDoesNotReturn() {
    String out = run();
    String end = out.substring(out.indexOf("5. Ada returned"));

    assertThat(end).startsWith("5. Ada returned: no; nothing of hers is left in the resolution or the trail");
    assertThat(end).containsPattern("dpo forgotten \\[t-[0-9a-f]{16}]")
        .contains("alice never link git-grace, git-bob")
        .doesNotContain("Lovelace", "ada@", "git-ada ", "bob merged");
  }

  @Test
  void run_isDeterministic() {
    assertThat(run()).isEqualTo(run());
  }
}
