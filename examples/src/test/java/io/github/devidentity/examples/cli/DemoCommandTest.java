package io.github.devidentity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class DemoCommandTest {
  /** A contributor's header line: {@code Name <email>  [c0123456789ab, 3 records, bot: why]}. */
  private static final Pattern HEADER =
      Pattern.compile(".*  \\[c[0-9a-f]{12}(-\\d+)?, \\d+ records?(, bot(: .*)?)?]");

  /** The record ids of each printed contributor, read back from the output. */
  private static List<Set<String>> contributors(String out) {
    List<Set<String>> contributors = new ArrayList<>();
    for (String block : out.split("\\R\\R")) {
      List<String> lines = block.lines().toList();
      if (lines.isEmpty() || !HEADER.matcher(lines.get(0)).matches()) {
        continue;
      }
      List<String> ids = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (!line.startsWith("    ")) {
          break;
        }
        ids.add(line.trim().split(" ")[0]);
      }
      contributors.add(Set.copyOf(ids));
    }
    return contributors;
  }

  private static String headerOf(String out, String recordId) {
    for (String block : out.split("\\R\\R")) {
      List<String> lines = block.lines().toList();
      if (!lines.isEmpty() && HEADER.matcher(lines.get(0)).matches()
          && lines.stream().anyMatch(line -> line.startsWith("    " + recordId + " "))) {
        return lines.get(0);
      }
    }
    throw new AssertionError("no contributor holds " + recordId + " in:\n" + out);
  }

  @Test
  void demo_succeedsQuietly() {
    Run run = Run.of("demo");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void demo_mergesWhatTheSampleDescribes() {
    Run run = Run.of("demo");

    assertThat(contributors(run.out())).containsExactlyInAnyOrder(
        // noreply git commit joins the GitHub account; git and Jira join by email
        Set.of("gh-01", "git-01", "git-02", "jira-01"),
        // "José Müller" and "Muller, Jose" join by full name
        Set.of("bb-01", "git-03", "gl-01"),
        // Sam's second GitHub account stays out: the account guard sends it to review
        Set.of("gh-02", "git-04"),
        Set.of("gh-03"),
        // email joins across tools, ignoring case
        Set.of("ado-01", "git-05", "jira-02"),
        // the manual merge
        Set.of("ado-02", "git-06"),
        // the never-link decision keeps the namesakes apart
        Set.of("git-07"),
        Set.of("jira-03"),
        // placeholders link nothing
        Set.of("git-08"),
        Set.of("git-09"),
        Set.of("git-10"),
        // the bot joins only its own commits
        Set.of("gh-04", "git-11"),
        // a GitLab noreply address joins the GitLab account
        Set.of("gl-02", "git-12", "git-13"),
        // a lone first name links nothing
        Set.of("git-14"));
  }

  @Test
  void demo_marksTheBotAndKeepsItApartFromPeople() {
    String out = Run.of("demo").out();

    assertThat(headerOf(out, "gh-04")).startsWith("dependabot[bot]").endsWith(", 2 records, bot: flagged as a bot by its source]");
    assertThat(headerOf(out, "gh-01")).doesNotContain("bot]");
  }

  /**
   * The "why" entry of a record: the record it joined, then its evidence lines, e.g. {@code
   * gh-01\n0.97 same-email: same email "mona@acme.example"\n…}.
   */
  private static String why(String out, String recordId) {
    List<String> lines = out.lines().toList();
    Pattern entry = Pattern.compile("    " + Pattern.quote(recordId) + " +<- (\\S+?),?( .*)?");
    for (int i = 0; i < lines.size(); i++) {
      Matcher matcher = entry.matcher(lines.get(i));
      if (matcher.matches()) {
        StringBuilder text = new StringBuilder(matcher.group(1));
        for (int j = i + 1; j < lines.size() && lines.get(j).startsWith("        "); j++) {
          text.append('\n').append(lines.get(j).trim());
        }
        return text.toString();
      }
    }
    throw new AssertionError("no explanation for " + recordId + " in:\n" + out);
  }

  @Test
  void demo_explainsEachMerge() {
    String out = Run.of("demo").out();

    assertThat(out).contains("why together, from the anchor git-02:");
    assertThat(why(out, "git-01")).startsWith("gh-01\n").contains("same-login: same github.com id 12345");
    assertThat(why(out, "jira-01")).startsWith("gh-01\n").contains("same-email: same email \"mona@acme.example\"");
    assertThat(why(out, "gl-01")).startsWith("bb-01\n").contains("same-full-name: same full name \"jose muller\"");
    assertThat(why(out, "jira-02")).startsWith("ado-01\n").contains("same-email: same email \"priya@acme.example\"");
    assertThat(why(out, "git-13")).startsWith("gl-02\n").contains("same-login: same gitlab.com login asouza");
    assertThat(why(out, "ado-02")).isEqualTo("git-06\n1.00 decision: bob merged git-06 and ado-02: "
        + "Maria Garcia took the name Lindqvist when she joined; confirmed with her");
    assertThat(out).containsPattern("    ado-02 +<- git-06, by a decision");
    assertThat(out).containsPattern("    git-01 +<- gh-01  \\(path git-02 -> gh-01 -> git-01\\)");
  }

  @Test
  void demo_listsTheGuardsReviewItem() {
    String out = Run.of("demo").out();

    assertThat(out).contains("== Review queue (1) ==");
    String queue = out.substring(out.indexOf("== Review queue"), out.indexOf("== Warnings"));
    assertThat(queue)
        .contains("gh-02 github @slee #2001", "gh-03 github @samlee-work #2002")
        .containsPattern("evidence:\\R +\\d\\.\\d\\d same-email: same email \"sam@acme.example\"")
        .containsPattern("not merged: would join two different .*accounts");
  }

  @Test
  void demo_reportsReplayedDecisions() {
    String out = Run.of("demo").out();

    assertThat(out)
        .contains("== Decisions replayed (2) ==")
        .contains("alice never links git-07 and jira-03")
        .containsPattern("-> kept apart: git-07 is in c[0-9a-f]{12}, jira-03 in c[0-9a-f]{12}")
        .containsPattern("-> joined: both records are in c[0-9a-f]{12}")
        .contains("== Warnings (0) ==")
        .contains("26 records -> 14 contributors (7 merged, 2 bots");
  }

  @Test
  void demo_withoutDecisions_mergesTheNamesakesAndSplitsMaria() {
    Run run = Run.of("demo", "--no-decisions");

    assertThat(run.code()).isZero();
    assertThat(contributors(run.out()))
        .contains(Set.of("git-07", "jira-03"), Set.of("git-06"), Set.of("ado-02"));
  }

  @Test
  void demo_isDeterministic() {
    assertThat(Run.of("demo").out()).isEqualTo(Run.of("demo").out());
  }
}
