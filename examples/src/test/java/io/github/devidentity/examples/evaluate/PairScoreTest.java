package io.github.devidentity.examples.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class PairScoreTest {
  private static IdentityRecord record(String id, String name, String email) {
    return IdentityRecord.builder(RecordId.of(id), Integration.of(IntegrationType.GIT))
        .displayName(name).email(email).build();
  }

  // p1: r1 r2 r3 (3 truth pairs); p2: r4; p3: r5 (same canonical name as p2); p4: r6, shares r1's email.
  private static final LabelledDataset DATA = LabelledDataset.of("tiny",
      List.of(record("r1", "Ada", "ada@x.org"), record("r2", "Ada L", "ada@y.org"),
          record("r3", "A L", "al@z.org"), record("r4", "Bob Ray", "bob@x.org"),
          record("r5", "Bob Ray", "bray@x.org"), record("r6", "Cy", "ADA@x.org")),
      Map.of(RecordId.of("r1"), "p1", RecordId.of("r2"), "p1", RecordId.of("r3"), "p1",
          RecordId.of("r4"), "p2", RecordId.of("r5"), "p3", RecordId.of("r6"), "p4"),
      Map.of("p1", "Ada Lovelace", "p2", "Bob Ray", "p3", "Bob  RAY", "p4", "Cy Young"),
      Set.of("p1", "p4"));

  private static Map<RecordId, String> clusters(String... idAndCluster) {
    java.util.Map<RecordId, String> map = new java.util.HashMap<>();
    for (int i = 0; i < idAndCluster.length; i += 2) {
      map.put(RecordId.of(idAndCluster[i]), idAndCluster[i + 1]);
    }
    return map;
  }

  @Test
  void score_countsTrueUnknownFalseAndCuratedFalsePairs() {
    // Predicted: {r1 r2 r6} {r3 r4 r5}.
    PairScore score = PairScore.score(DATA, clusters("r1", "a", "r2", "a", "r6", "a", "r3", "b", "r4", "b", "r5", "b"));

    assertThat(score.truthPairs()).isEqualTo(3);
    assertThat(score.truePairs()).isEqualTo(1); // r1-r2
    // r1-r6 share an email (ignoring case); r4-r5 have equal canonical names after folding.
    assertThat(score.unknownPairs()).isEqualTo(2);
    // r2-r6 (p1, p4: both curated), r3-r4 and r3-r5 (p2, p3 not curated).
    assertThat(score.falsePairs()).isEqualTo(3);
    assertThat(score.curatedFalsePairs()).isEqualTo(1);
    assertThat(score.recall()).isEqualTo(1.0 / 3);
    assertThat(score.precision()).isEqualTo(1.0 / 4);
    assertThat(score.curatedPrecision()).isEqualTo(1.0 / 2);
    assertThat(score.f1()).isEqualTo(2 * (1.0 / 4) * (1.0 / 3) / (1.0 / 4 + 1.0 / 3));
  }

  @Test
  void score_ofSingletonsHasNoPredictedPairs() {
    PairScore score = PairScore.score(DATA, clusters("r1", "1", "r2", "2", "r3", "3", "r4", "4", "r5", "5", "r6", "6"));

    assertThat(score.recall()).isZero();
    assertThat(score.precision()).isEqualTo(1.0);
  }

  @Test
  void score_rejectsAPredictionMissingARecord() {
    assertThatThrownBy(() -> PairScore.score(DATA, clusters("r1", "a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the prediction has no cluster for record r");
  }

  @Test
  void baselines_linkByEmailAndByFullName() {
    Map<RecordId, String> email = Baselines.exactEmail(DATA.records);
    Map<RecordId, String> name = Baselines.emailOrFullName(DATA.records);

    assertThat(email.get(RecordId.of("r1"))).isEqualTo(email.get(RecordId.of("r6")));
    assertThat(email.get(RecordId.of("r4"))).isNotEqualTo(email.get(RecordId.of("r5")));
    assertThat(name.get(RecordId.of("r4"))).isEqualTo(name.get(RecordId.of("r5")));
    assertThat(name.get(RecordId.of("r1"))).isNotEqualTo(name.get(RecordId.of("r2")));
  }
}
