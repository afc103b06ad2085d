package io.github.devidentity.resolve;

import static io.github.devidentity.resolve.Records.git;
import static io.github.devidentity.resolve.Records.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class ResolutionSessionTest {
  private final Resolver resolver = Resolver.create();

  static Stream<Long> seeds() {
    return IntStream.range(0, 300).mapToObj(i -> 0x1C0DEL * 7 + i);
  }

  private static void assertSame(Resolution incremental, Resolution full) {
    assertThat(incremental.contributors()).isEqualTo(full.contributors());
    assertThat(incremental.assignments()).isEqualTo(full.assignments());
    assertThat(incremental.reviewQueue()).isEqualTo(full.reviewQueue());
    assertThat(incremental.links()).isEqualTo(full.links());
    assertThat(incremental.warnings()).isEqualTo(full.warnings());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void update_equalsAFullResolutionOfTheSameData(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<IdentityRecord> base = ResolverPropertyTest.randomRecords(random);
    DecisionLog decisions = ResolverPropertyTest.randomDecisions(random, base.size());
    ResolutionSession session = ResolutionSession.start(resolver, base, decisions);
    assertSame(session.resolution(), resolver.resolve(base, decisions));

    for (int round = 0; round < 3; round++) {
      Map<RecordId, IdentityRecord> all = new LinkedHashMap<>();
      session.resolution().contributors().forEach(c -> c.records().forEach(r -> all.put(r.id(), r)));
      // A batch: new records, changed records, removed records and new decisions.
      List<IdentityRecord> fresh = ResolverPropertyTest.randomRecords(random);
      List<IdentityRecord> upserts = new ArrayList<>();
      for (IdentityRecord record : fresh) {
        upserts.add(record.toBuilder().id(RecordId.of("n" + round + "-" + record.id())).build());
      }
      List<RecordId> known = new ArrayList<>(all.keySet());
      for (int i = random.nextInt(3); i > 0 && !known.isEmpty(); i--) {
        IdentityRecord old = all.get(known.get(random.nextInt(known.size())));
        if (upserts.stream().noneMatch(r -> r.id().equals(old.id()))) {
          upserts.add(old.toBuilder().email("moved" + random.nextInt(3) + "@example.org").build());
        }
      }
      List<RecordId> removals = new ArrayList<>();
      if (!known.isEmpty() && random.nextBoolean()) {
        RecordId gone = known.get(random.nextInt(known.size()));
        if (upserts.stream().noneMatch(r -> r.id().equals(gone))) {
          removals.add(gone);
        }
      }
      List<Decision> more = random.nextBoolean() ? List.of()
          : ResolverPropertyTest.randomDecisions(random, base.size()).decisions();
      Map<RecordId, ContributorId> before = new HashMap<>(session.assignments());

      session.update(upserts, removals, more);

      upserts.forEach(r -> all.put(r.id(), r));
      removals.forEach(all::remove);
      DecisionLog log = session.decisions();
      Resolution full = resolver.resolve(new ArrayList<>(all.values()), log, before);
      assertSame(session.resolution(), full);
    }
  }

  @Test
  void update_recomputesOnlyTheTouchedPart() {
    List<IdentityRecord> base = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      base.add(git("g" + i, "Person" + i + " Name" + i, "p" + i + "@example.org"));
    }
    ResolutionSession session = ResolutionSession.start(resolver, base, DecisionLog.empty());

    ResolutionSession.Update update = session.update(
        List.of(git("new", "Person7 Name7", "seven@home.example")), List.of(), List.of());

    assertThat(update.recordsRecomputed()).isEqualTo(2);
    assertThat(session.contributorOf(id("new"))).isEqualTo(session.contributorOf(id("g7")));
    assertThat(update.changed()).containsExactly(session.assignments().get(id("g7")));
    assertThat(session.size()).isEqualTo(201);
  }

  @Test
  void update_ignoresRecordsHandedBackUnchanged() {
    List<IdentityRecord> base = List.of(git("a", "Ada Lovelace", "ada@x.org"), git("b", "Bob Ray", "bob@x.org"));
    ResolutionSession session = ResolutionSession.start(resolver, base, DecisionLog.empty());

    ResolutionSession.Update update = session.update(base, List.of(), List.of());

    assertThat(update.recordsRecomputed()).isZero();
    assertThat(update.changed()).isEmpty();
  }

  @Test
  void update_appliesDecisionsToTheRightPart() {
    ResolutionSession session = ResolutionSession.start(resolver,
        List.of(git("a", "Ada Lovelace", "ada@x.org"), git("b", "Ada Lovelace", "ada@y.org")), DecisionLog.empty());
    assertThat(session.assignments().get(id("a"))).isEqualTo(session.assignments().get(id("b")));

    session.update(List.of(), List.of(), List.of(new Decision.NeverLink(id("a"), id("b"), "alice", Instant.EPOCH, "")));

    assertThat(session.assignments().get(id("a"))).isNotEqualTo(session.assignments().get(id("b")));
  }

  @Test
  void update_rejectsOneIdTwice() {
    ResolutionSession session = ResolutionSession.start(resolver, List.of(), DecisionLog.empty());

    assertThatThrownBy(() -> session.update(List.of(git("a", "A", "a@x.org"), git("a", "B", "b@x.org")), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("record id a appears twice in the update");
  }
}
