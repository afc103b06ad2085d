package io.github.devidentity.examples.licence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

final class LicenceExampleTest {

  private static String run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LicenceExample.run(new PrintStream(bytes, true, UTF_8));
    return bytes.toString(UTF_8);
  }

  @Test
  void run_printsBothCountsWithTheirReasonsAndDuplicates() {
    String out = run();

    assertThat(out)
        .startsWith("resolved: 9 records -> 7 contributors (1 merged, 1 bot); 2 links (0 manual); 1 to review; 0 warnings\n")
        .contains("== Everyone with a source-code-management identity: 5 licence units ==\n")
        .contains("  Ada Lovelace: holds github/583231 @ada-l\n", "  Dee Park: holds bitbucket-cloud/{d3e} @dee\n")
        .contains("  duplicate? gh-sam and gh-sam-work, 0.97: same email \"sam@acme.example\"\n")
        .contains("  if every duplicate were merged: 4 licence units\n")
        .contains("== Active in the 90 days up to 2026-12-01T00:00:00Z: 3 licence units ==\n")
        .contains("  Ada Lovelace: github/583231 @ada-l seen 2026-11-20T10:00:00Z, within the 90 days up to"
            + " 2026-12-01T00:00:00Z\n")
        .contains("  left out, not active in the window: 1\n",
            "  left out, activity unknown: undated source-code-management records: 1\n")
        .contains("  if every duplicate were merged: 2 licence units\n")
        .doesNotContain("Bea Ng:", "dependabot");
    assertThat(out.split("left out, bots: 1\n", -1)).hasSize(3);
    assertThat(out.split("left out, no source-code-management identity: 1\n", -1)).hasSize(3);
  }

  @Test
  void run_printsTheSameEveryTime() {
    assertThat(run()).isEqualTo(run());
  }
}
