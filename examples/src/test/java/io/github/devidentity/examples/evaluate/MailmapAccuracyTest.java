package io.github.devidentity.examples.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.resolve.Resolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A regression floor on the shared mailmap datasets: recall and curated precision may not fall
 * below what the default strategy chain reached when the floor was set. Raise a floor when a
 * change improves on it; never lower one to make a change pass.
 */
final class MailmapAccuracyTest {
  private static final Path DATA = Path.of("../../shared/data/mailmap");
  private static Map<String, Evaluation.Row> ours;
  private static List<Evaluation.Row> all;

  @BeforeAll
  static void evaluate() {
    Assumptions.assumeTrue(Files.isDirectory(DATA), "the shared mailmap datasets are not here");
    all = Evaluation.evaluate(DATA, Resolver.create());
    ours = all.stream().filter(r -> r.method().equals("devidentity"))
        .collect(Collectors.toMap(Evaluation.Row::dataset, r -> r));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // dataset,       true pairs found, of truth pairs, curated precision
    "Qiskit__qiskit,   312, 317, 1.0",
    "curl__curl,       119, 121, 1.0",
    "ipython__ipython, 268, 287, 1.0",
    "jquery__jquery,   104, 112, 1.0",
    "libuv__libuv,      83,  84, 1.0",
    "numpy__numpy,     518, 560, 0.998",
    "scipy__scipy,     418, 439, 1.0",
    "sympy__sympy,     654, 713, 1.0",
  })
  void resolver_staysAboveTheFloor(String dataset, long truePairs, long truthPairs, double curatedPrecision) {
    Evaluation.Row row = ours.get(dataset);

    assertThat(row).as("dataset %s", dataset).isNotNull();
    assertThat(row.score().truthPairs()).as("%s truth pairs", dataset).isEqualTo(truthPairs);
    assertThat(row.score().truePairs()).as("%s true pairs", dataset).isGreaterThanOrEqualTo(truePairs);
    assertThat(row.curatedPrecision()).as("%s curated precision", dataset).isGreaterThanOrEqualTo(curatedPrecision);
  }

  @Test
  void resolver_beatsBothBaselinesOnRecallEverywhere() {
    for (Evaluation.Row row : ours.values()) {
      for (Evaluation.Row baseline : all) {
        if (baseline.dataset().equals(row.dataset()) && !baseline.method().equals("devidentity")) {
          assertThat(row.recall()).as("%s vs %s", row.dataset(), baseline.method())
              .isGreaterThan(baseline.recall());
        }
      }
    }
  }

  @Test
  void meanRecall_reachesTheTarget() {
    double mean = ours.values().stream().mapToDouble(Evaluation.Row::recall).average().orElse(0);

    assertThat(mean).isGreaterThanOrEqualTo(0.95);
  }
}
