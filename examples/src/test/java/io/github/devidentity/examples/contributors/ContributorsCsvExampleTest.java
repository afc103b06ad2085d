package io.github.devidentity.examples.contributors;

import static io.github.devidentity.examples.Printed.section;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.examples.Printed;
import org.junit.jupiter.api.Test;

final class ContributorsCsvExampleTest {
  private static String run() {
    return Printed.by(ContributorsCsvExample::run);
  }

  @Test
  void run_exportsWhatResolutionFoundAndListsWhatARowCannotHold() {
    assertThat(section(run(), "1. Export", "2. A person")).containsPattern(String.join("\\R",
        "   Full_Name,Email,Integration: git,Integration: github,Integration: jira-cloud",
        "   Ada Lovelace,ada@example.org,ada@example.org,1815,5b10ac8d82e05b22cc7d4ef5",
        "   Bob Smith,bob@example.org,bob@example.org,42,",
        "   left out: c[0-9a-f]{12} \\(record gh-ada-work\\): has no usable email address, and every row needs an "
            + "Email",
        ""));
  }

  @Test
  void run_checksTheEditedFileAndShowsTheDryRun() {
    String out = run();

    assertThat(section(out, "3. Check", "4. Dry run"))
        .isEqualTo("3. Check it: contributors.csv: 0 errors, 0 warnings; 2 contributors in 3 rows.\n");
    assertThat(section(out, "4. Dry run", "5. Apply")).containsPattern(String.join("\\R",
        "   0 added, 2 changed, 1 removed, 1 record moved, 0 accounts unmatched",
        "   changed (c[0-9a-f]{12}) \\(line 2\\): Team \"\" -> \"Analytics\"; gains gh-ada-work",
        "   changed c[0-9a-f]{12} \\(line 4\\): Full_Name \"Bob Smith\" -> \"Robert Smith\"; Team \"\" -> \"Payments\"",
        "   removed (c[0-9a-f]{12}) al-analytics: the file gives its records to line 2 \\(ada@example.org, \\1\\)",
        "   moved gh-ada-work \\(github/90210\\): \\2 -> \\1 \\(line 2, ada@example.org\\)",
        ""));
  }

  @Test
  void run_appliesTheFileAsMergesAndRecordsTheImport() {
    String out = run();

    assertThat(section(out, "5. Apply", "6. The audit trail")).isEqualTo(String.join("\n",
        "5. Apply: 3 decisions for the decision log:",
        "   alice merged gh-ada and gh-ada-work: contributors.csv (update): line 2 (ada@example.org) is one person",
        "   alice merged gh-ada and git-ada: contributors.csv (update): line 2 (ada@example.org) is one person",
        "   alice merged gh-ada and jira-ada: contributors.csv (update): line 2 (ada@example.org) is one person",
        ""));
    assertThat(section(out, "6. The audit trail", "7. Resolve again")).containsPattern(
        "#1 2026-11-23T09:00:00Z alice csv import \\[contributors.csv\\] gh-ada, gh-ada-work, git-ada, jira-ada "
            + "\\(c[0-9a-f]{12}, c[0-9a-f]{12}\\): quarterly clean-up; before: ");
  }

  @Test
  void run_resolvingAgainKeepsTheEditWithTheFilesNames() {
    assertThat(section(run(), "7. Resolve again", "8. A second import")).isEqualTo(String.join("\n",
        "7. Resolve again: the fix is kept (2 contributors), with the file's names and teams:",
        "   Ada Lovelace <ada@example.org> {Team=Analytics}: [github/1815, github/90210, "
            + "jira-cloud/5b10ac8d82e05b22cc7d4ef5]",
        "   Robert Smith <bob@example.org> {Team=Payments}: [github/42]",
        ""));
    assertThat(run()).endsWith("8. A second import of the same file changes nothing: 0 decisions.\n");
  }

  @Test
  void run_isDeterministic() {
    assertThat(run()).isEqualTo(run());
  }
}
