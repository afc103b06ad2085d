package io.github.devidentity.examples.bots;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

final class BotsExampleTest {

  private static String run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BotsExample.run(new PrintStream(bytes, true, UTF_8));
    return bytes.toString(UTF_8);
  }

  @Test
  void run_showsDetectionWithReasonsThenTheHostsOverrides() {
    String[] parts = run().split("== After the host's decisions ==\n");

    assertThat(parts).hasSize(2);
    assertThat(parts[0]).contains(
        "  dependabot[bot] (2 records): bot, flagged as a bot by its source\n",
        "  renovate (1 record): bot, name \"renovate\" is a well-known automation account\n",
        "  [git-2] (1 record): bot, address noreply@github.com belongs to GitHub's web-flow committer\n",
        "  Release Runner (2 records)\n",
        "  7 records -> 5 contributors (2 merged, 3 bots);");
    assertThat(parts[1]).contains(
        "  alice marked as a person git-3: Renovate Jones, not the app\n",
        "  Renovate Jones (2 records)\n",
        "  Release Runner (1 record): bot, marked as a bot by alice\n",
        "  Release Runner (1 record)\n")
        .doesNotContain("renovate (1 record)");
  }
}
