package io.github.devidentity.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.match.Evidence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class CandidateTableTest {
  private static final double[] CONFIDENCES = {0.6, 0.86, 0.87, 0.9, 0.97, 0.99, 1.0};

  static Stream<Long> seeds() {
    return IntStream.range(0, 300).mapToObj(i -> 0xCA4DL * 17 + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void tables_keepTheEvidenceAndOrderOfCandidates(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int records = 2 + random.nextInt(random.nextBoolean() ? 10 : 2000);
    Map<Long, Engine.Candidate> expected = new HashMap<>();
    // Evidence arrives in two workers' tables, merged as the blocker merges them.
    List<CandidateTable> merged = tables();
    List<CandidateTable> workerA = tables();
    List<CandidateTable> workerB = tables();
    for (int i = random.nextInt(3000); i > 0; i--) {
      int x = random.nextInt(records);
      int y = random.nextInt(records);
      if (x == y) {
        continue;
      }
      int a = Math.min(x, y);
      int b = Math.max(x, y);
      int rank = random.nextInt(4);
      Evidence evidence = new Evidence("s" + rank, CONFIDENCES[random.nextInt(CONFIDENCES.length)],
          "why " + random.nextInt(3));
      expected.computeIfAbsent((long) a << 32 | b, k -> new Engine.Candidate(a, b)).add(rank, evidence);
      (random.nextBoolean() ? workerA : workerB).get(CandidateTable.partition(a, b)).add(a, b, rank, evidence);
    }
    for (int p = 0; p < CandidateTable.PARTITIONS; p++) {
      merged.get(p).addAll(workerA.get(p));
      merged.get(p).addAll(workerB.get(p));
    }
    List<Engine.Candidate> sorted = new ArrayList<>(expected.values());
    sorted.sort(Engine.Candidate.ORDER);

    // Packed into longs, and (with more records than 24 bits hold) sorted as objects.
    for (CandidateTable.Ordered ordered : List.of(CandidateTable.ordered(merged, records),
        CandidateTable.ordered(merged, (1 << 24) + 1))) {
      assertThat(ordered.size()).isEqualTo(sorted.size());
      for (int i = 0; i < sorted.size(); i++) {
        Engine.Candidate want = sorted.get(i);
        assertThat(ordered.first(i)).isEqualTo(want.a);
        assertThat(ordered.second(i)).isEqualTo(want.b);
        assertThat(ordered.confidence(i)).isEqualTo(want.confidence());
        assertThat(ordered.candidate(i).evidence()).isEqualTo(want.evidence());
      }
    }
  }

  private static List<CandidateTable> tables() {
    List<CandidateTable> tables = new ArrayList<>();
    for (int p = 0; p < CandidateTable.PARTITIONS; p++) {
      tables.add(new CandidateTable());
    }
    return tables;
  }
}
