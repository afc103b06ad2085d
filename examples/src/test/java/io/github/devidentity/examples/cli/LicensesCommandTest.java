package io.github.devidentity.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.csv.CsvDecisionStore;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.model.RecordId;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code licenses} on a small organisation: Ada (git, GitHub, Jira), Sam with three GitHub
 * accounts in review, Bea in Jira only, Carl last active in April, Dee with an undated Bitbucket
 * account, and dependabot.
 */
final class LicensesCommandTest {
  @TempDir Path dir;

  private static String input() {
    try {
      return Path.of(LicensesCommandTest.class.getResource("licenses-records.csv").toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void licenses_countsEveryContributorWithAnScmIdentity() {
    Run run = Run.of("licenses", "--input", input());

    assertThat(run.code()).withFailMessage(run.err()).isZero();
    assertThat(run.out())
        .startsWith("policy: every contributor with a source-code-management identity, however old its activity\n")
        .contains("== Licence units: 6 of 8 contributors ==")
        .containsPattern("  bots +1\\R  no source-code-management identity +1\\R  not active in the window +0\\R"
            + "  activity unknown: undated source-code-management records +0\\R")
        .containsPattern("  c[0-9a-f]{12}  Ada Lovelace  github/583231 @ada-l \\(a2\\)  last active 2026-11-28\\R")
        .containsPattern("  c[0-9a-f]{12}  Dee Park      bitbucket-cloud/\\{d3e\\} @dee \\(d1\\)\\R")
        .contains("== Duplicates that would lower the count (2) ==", "0.97 same-email: same email \"sam@acme.example\"",
            "not merged: would join two different github.com accounts")
        .contains("  licence units if all of them were merged: 4 (2 fewer; ")
        .doesNotContain("Bea Ng", "dependabot");
    assertThat(run.out().lines().filter(line -> line.matches("  c[0-9a-f]{12}  .*"))).hasSize(6);
    List<String> err = run.err().lines().toList();
    assertThat(err.get(err.size() - 1))
        .startsWith("licenses: 10 records -> 8 contributors -> 6 licence units; 4 if the 2 duplicates were merged; ")
        .endsWith(" s");
  }

  @Test
  void licenses_activeDays_countsBackFromTheLatestActivityInTheData() {
    Run run = Run.of("licenses", "--input", input(), "--active-days", "30");

    assertThat(run.code()).withFailMessage(run.err()).isZero();
    assertThat(run.out())
        .startsWith("policy: contributors active in source code management in the 30 days from 2026-11-01 to"
            + " 2026-11-30, as of 2026-11-30 (the day of the latest activity in the data)\n")
        .contains("== Licence units: 2 of 8 contributors ==")
        .containsPattern("  not active in the window +3\\R  activity unknown: undated source-code-management records +1")
        .contains("Ada Lovelace  github/583231 @ada-l (a2)", "Sam Lee       github/1001 @samlee (s1)")
        .contains("== Duplicates that would lower the count (0) ==", "licence units if all of them were merged: 2 (0 fewer; ")
        .doesNotContain("Carl Fox", "Dee Park", "(s2)", "(s3)");
  }

  @Test
  void licenses_asOf_movesTheWindowAndBillsTheRecordActiveInIt() {
    Run run = Run.of("licenses", "--input", input(), "--active-days", "90", "--as-of", "2026-10-01");

    assertThat(run.code()).withFailMessage(run.err()).isZero();
    assertThat(run.out())
        .startsWith("policy: contributors active in source code management in the 90 days from 2026-07-04 to"
            + " 2026-10-01, as of 2026-10-01\n")
        .contains("== Licence units: 2 of 8 contributors ==")
        // GitHub a2 was first seen after the window; the git identity's span covers it.
        .contains("Ada Lovelace  git <ada@acme.example> (a1)  last active 2026-11-28")
        .contains("Sam Lee       github/1003 @sam-lee-old (s3)  last active 2026-09-20");
  }

  @Test
  void licenses_decisions_mergedDuplicateLowersTheCount() throws IOException {
    Path log = dir.resolve("decisions.csv");
    CsvDecisionStore.at(log).append(List.of(new Decision.AcceptReview(RecordId.of("s1"), RecordId.of("s2"),
        "alice", Instant.parse("2026-12-01T10:00:00Z"), "Sam's work account")));

    Run run = Run.of("licenses", "--input", input(), "--decisions", log.toString());

    assertThat(run.code()).withFailMessage(run.err()).isZero();
    assertThat(run.out()).contains("== Licence units: 5 of 7 contributors ==",
        "== Duplicates that would lower the count (1) ==", "licence units if all of them were merged: 4 (1 fewer; ");
  }

  @Test
  void licenses_activeDaysWithoutAnyDates_isBadData() throws IOException {
    Path records = Files.writeString(dir.resolve("undated.csv"),
        "record_id,source,name,email,username,account_id\ng1,git,Ada,ada@example.org,,\n", UTF_8);

    Run run = Run.of("licenses", "--input", records.toString(), "--active-days", "90");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("error: " + records + ": no record has a first_seen or last_seen date, so there"
        + " is no latest activity to count --active-days back from; give --as-of YYYY-MM-DD\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void licenses_withoutDatesAndWindow_countsEveryone() throws IOException {
    Path records = Files.writeString(dir.resolve("undated.csv"),
        "record_id,source,name,email,username,account_id\ng1,git,Ada,ada@example.org,,\n", UTF_8);

    Run run = Run.of("licenses", "--input", records.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out()).containsPattern("  c[0-9a-f]{12}  Ada  git <ada@example.org> \\(g1\\)\\R");
  }

  @Test
  void licenses_missingInput_isBadData() {
    Run run = Run.of("licenses", "--input", dir.resolve("nope.csv").toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: --input " + dir.resolve("nope.csv") + ": no such file");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--active-days|ninety|licenses: --active-days \"ninety\" is not a number of days; expected a whole number such as 90",
    "--active-days|0|licenses: --active-days \"0\" is not a number of days; expected 1 or more",
    "--active-days|-5|licenses: option --active-days needs a value",
  })
  void licenses_badActiveDays_isUsageError(String flag, String value, String message) {
    Run run = Run.of("licenses", "--input", input(), flag, value);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: " + message + "\n").contains("usage: identity-examples licenses");
  }

  @Test
  void licenses_badAsOf_isUsageError() {
    Run run = Run.of("licenses", "--input", input(), "--active-days", "30", "--as-of", "2026-13-01");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith(
        "error: licenses: --as-of \"2026-13-01\" is not a day; expected YYYY-MM-DD, such as 2026-12-01\n");
  }

  @Test
  void licenses_asOfWithoutActiveDays_isUsageError() {
    Run run = Run.of("licenses", "--input", input(), "--as-of", "2026-10-01");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: licenses: --as-of ends the active window; give --active-days N as well");
  }

  @Test
  void help_listsLicenses() {
    assertThat(Run.of("--help").out()).containsPattern("\n  licenses +count licence units");
    assertThat(Run.of("licenses", "--help").out()).startsWith(
        "usage: identity-examples licenses --input FILE [--decisions LOG] [--active-days N [--as-of YYYY-MM-DD]]");
  }
}
