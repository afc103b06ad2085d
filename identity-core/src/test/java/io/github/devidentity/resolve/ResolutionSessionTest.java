package io.github.devidentity.resolve;

import static io.github.devidentity.resolve.Records.git;
import static io.github.devidentity.resolve.Records.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
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

  /** Asserts two resolutions give the same contributors, assignments, review queue, links and warnings. */
  static void assertSame(Resolution incremental, Resolution full) {
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

  private static final String[] NAMESAKES = {
    "John Smith", "Jon Smith", "John Smyth", "Smith, John", "J Smith", "Mike Smith", "Ana Silva", "Anna Silva",
    "Li Wei",
  };
  private static final Integration[] ACCOUNTS = {
    Records.GIT, Records.GITHUB, Records.JIRA, Integration.of(IntegrationType.GITLAB),
  };

  /**
   * A few people's names shared by many records, with rival accounts (one login, several ids, in
   * one tool), bots named like people, and never-links: the strong links between namesakes that
   * the guards refuse, which a session leaves outside the part it recomputes.
   */
  private static IdentityRecord namesake(SplittableRandom random, String id) {
    Integration integration = ACCOUNTS[random.nextInt(ACCOUNTS.length)];
    String name = NAMESAKES[random.nextInt(NAMESAKES.length)];
    String handle = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "").substring(0, 4);
    IdentityRecord.Builder builder = IdentityRecord.builder(RecordId.of(id), integration)
        .displayName(name)
        // Some addresses are shared by people with different names: strong links the name guards weigh.
        .email(random.nextInt(4) == 0 ? "team" + random.nextInt(2) + "@example.org"
            : handle + random.nextInt(4) + (random.nextBoolean() ? "@example.org" : "@users.noreply.github.com"))
        .bot(random.nextInt(6) == 0)
        .activityCount(random.nextInt(50));
    if (random.nextBoolean()) {
      builder.firstSeen(Instant.ofEpochSecond(1_000_000_000L + random.nextInt(1_000)));
    }
    if (integration != Records.GIT) {
      builder.accountId(Integer.toString(random.nextInt(4))).login(handle + random.nextInt(2));
    }
    return builder.build();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void update_amongNamesakesBotsAndRivalAccounts_equalsAFullResolution(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<RecordId, IdentityRecord> all = new LinkedHashMap<>();
    for (int i = 0, n = 20 + random.nextInt(60); i < n; i++) {
      IdentityRecord record = namesake(random, "r" + i);
      all.put(record.id(), record);
    }
    DecisionLog decisions = ResolverPropertyTest.randomDecisions(random, all.size());
    ResolutionSession session = ResolutionSession.start(resolver, new ArrayList<>(all.values()), decisions);

    for (int round = 0; round < 6; round++) {
      // Small batches, so most strong links run from the recomputed part to records outside it.
      List<IdentityRecord> upserts = new ArrayList<>();
      for (int i = 1 + random.nextInt(2); i > 0; i--) {
        upserts.add(namesake(random, "n" + round + "-" + i));
      }
      List<RecordId> known = new ArrayList<>(all.keySet());
      if (random.nextBoolean()) {
        RecordId id = known.get(random.nextInt(known.size()));
        upserts.add(namesake(random, id.value()));
      }
      List<RecordId> removals = new ArrayList<>();
      RecordId gone = known.get(random.nextInt(known.size()));
      if (random.nextInt(3) == 0 && upserts.stream().noneMatch(r -> r.id().equals(gone))) {
        removals.add(gone);
      }
      List<Decision> more = random.nextInt(3) > 0 ? List.of()
          : ResolverPropertyTest.randomDecisions(random, all.size()).decisions();
      Map<RecordId, ContributorId> before = new HashMap<>(session.assignments());

      session.update(upserts, removals, more);

      upserts.forEach(r -> all.put(r.id(), r));
      removals.forEach(all::remove);
      assertSame(session.resolution(), resolver.resolve(new ArrayList<>(all.values()), session.decisions(), before));
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
