package io.github.devidentity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class PrLinksCommandTest {

  @Test
  void contributions_printsLinkAndResolutionFigures() {
    Run run = Run.of("pr-links", "--records", "3000", "--seed", "9");

    assertThat(run.code()).isZero();
    assertThat(run.out()).containsPattern("3,000 records, [\\d,]+ contribution facts; [\\d,]+ account-address pairs are right")
        .containsPattern("strong links \\(0\\.90, merged\\): [\\d,]+, precision 1\\.0000, recall 0\\.\\d{4}")
        .containsPattern("weak links \\(0\\.70, review\\): [\\d,]+, [\\d,]+ right; recall with review 0\\.\\d{4}")
        .containsPattern("resolution with contributions: +pair recall 0\\.\\d{4}, precision 0\\.\\d{4}");
  }

  @Test
  void contributions_requiresRecords() {
    Run run = Run.of("pr-links");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--records");
  }
}
