package io.github.devidentity.examples.audit;

import static io.github.devidentity.examples.Printed.section;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.examples.Printed;
import org.junit.jupiter.api.Test;

final class AuditExampleTest {
  private static String run() {
    return Printed.by(AuditExample::run);
  }

  @Test
  void run_recordsTheFirstResolutionsLinkAsAuto() {
    assertThat(section(run(), "1. Monday", "2. Tuesday")).containsPattern(
        "#1 2026-10-05T09:00:00Z auto automatic link gh-ada, git-ada \\(c[0-9a-f]{12}\\): "
            + "same email \"ada@example.org\" \\(same-email, 0.97\\)\\R");
  }

  @Test
  void run_recordsTheMergeWithWhoWhyAndTheContributorsBefore() {
    assertThat(section(run(), "2. Tuesday", "3. Wednesday")).containsPattern(
        "#2 2026-10-06T14:30:00Z bob manual merge git-maria, git-maria-2 \\((c[0-9a-f]{12}), (c[0-9a-f]{12})\\): "
            + "Maria Garcia took the name Lindqvist; confirmed with her; "
            + "before: git-maria in c[0-9a-f]{12}, git-maria-2 in c[0-9a-f]{12}");
  }

  @Test
  void run_recordsOnlyTheNewLinkOfTheReResolution() {
    String wednesday = section(run(), "3. Wednesday", "4. Maria");

    assertThat(wednesday.lines().filter(line -> line.startsWith("     #"))).hasSize(1);
    assertThat(wednesday).contains("#3 2026-10-07T09:00:00Z auto automatic link git-maria-2, jira-maria")
        .contains("same email \"m.lindqvist@example.org\" (same-email, 0.97)")
        .containsPattern("before: git-maria-2 in c[0-9a-f]{12}");
  }

  @Test
  void run_pagesMariasHistoryNewestFirstOneEventAPage() {
    String history = section(run(), "4. Maria", "5. The decision log");

    assertThat(history).containsPattern("Maria's history \\(c[0-9a-f]{12}, 3 records\\)");
    assertThat(history.lines().map(String::trim).filter(line -> line.startsWith("page ") || line.startsWith("#"))
        .map(line -> line.split(" ")[0] + (line.startsWith("page") ? " " + line.split(" ")[1] : "")))
        .containsExactly("page 1:", "#3", "page 2:", "#2");
    assertThat(history).doesNotContain("gh-ada");
  }

  @Test
  void run_showsTheDecisionLogHeldByTheTrail() {
    assertThat(run()).contains("5. The decision log is part of the trail: 1 decision.\n"
        + "     bob merged git-maria and git-maria-2: Maria Garcia took the name Lindqvist; confirmed with her\n");
  }

  @Test
  void run_isDeterministic() {
    assertThat(run()).isEqualTo(run());
  }
}
