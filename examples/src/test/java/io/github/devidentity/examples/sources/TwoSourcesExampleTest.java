package io.github.devidentity.examples.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.examples.Printed;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TwoSourcesExampleTest {
  @TempDir Path dir;

  @Test
  void run_joinsTheGitIdentitiesAndTheGitHubAccountsIntoContributors() {
    String out = Printed.by(stream -> TwoSourcesExample.run(dir, stream));

    assertThat(out).startsWith("== Synced ==\n  git: 3 records\n  github: 3 records\n");
    assertThat(out).contains(
        "  Ada Lovelace <ada@acme.example>\n"
            + "    git Ada Lovelace <ada@acme.example>: 3 commits, 2024-01-10 to 2024-03-12;"
            + " authored 2, co-authored 1, committed 2\n"
            + "    github @ada-l (account 101)\n",
        "  Grace Hopper <grace@acme.example>\n"
            + "    git Grace Hopper <grace@acme.example>: 2 commits, 2024-03-12 to 2024-04-02;"
            + " authored 1, committed 2\n"
            + "    github @ghopper (account 102)\n",
        "  Linus Torvalds <linus@acme.example>\n"
            + "    git Linus Torvalds <linus@acme.example>: 1 commit, 2024-04-01 to 2024-04-01; authored 1\n",
        "  dependabot[bot] (bot)\n",
        "  6 records -> 4 contributors (2 merged, 1 bot);");
    assertThat(out).doesNotContain("failed:", "ada@old.example");
  }
}
