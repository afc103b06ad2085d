package io.github.devidentity.examples.org;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

final class OrgExampleTest {

  @Test
  void run_printsTeamsAtTwoDatesPathToRootAndDanglingAccounts() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OrgExample.run(new PrintStream(bytes, true, UTF_8));
    List<String> lines = bytes.toString(UTF_8).lines().toList();

    assertThat(lines.get(0)).matches("Ada is contributor c[0-9a-f]+ with 2 records");
    assertThat(lines.subList(1, lines.size())).containsExactly(
        "  teams on 2024-02-29: [Core]",
        "  teams on 2024-03-01: [Payments]",
        "Core on 2024-02-29: [Ada Lovelace, Alan Turing]",
        "Core on 2024-03-01: [Alan Turing]",
        "Edsger's team: [reports of alan@example.org]",
        "Edsger's path to the root: Edsger Dijkstra -> Alan Turing -> Grace Hopper",
        "Developers without a contributor: edsger@example.org, grace@example.org",
        "Accounts without a developer (bots aside): Linus <linus@example.org>");
  }
}
