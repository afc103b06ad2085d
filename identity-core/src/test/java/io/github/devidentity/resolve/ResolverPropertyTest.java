package io.github.devidentity.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded property tests: each case is reproducible from its seed. */
final class ResolverPropertyTest {
  private static final String[] FIRST = {"Ada", "Bea", "José", "Jose", "Li", "Matt", "Matthew", "Ana"};
  private static final String[] LAST = {"Lovelace", "Smith", "Müller", "Muller", "Wei", "Ng", "Silva"};
  private static final String[] DOMAINS = {"example.org", "work.example", "localhost", "users.noreply.github.com"};
  private static final Integration[] INTEGRATIONS = {
    Integration.of(IntegrationType.GIT), Integration.of(IntegrationType.GITHUB),
    Integration.of(IntegrationType.GITLAB), Integration.of(IntegrationType.JIRA_CLOUD),
  };

  static Stream<Long> seeds() {
    return IntStream.range(0, 200).mapToObj(i -> 0x5EEDL * 31 + i);
  }

  static List<IdentityRecord> randomRecords(SplittableRandom random) {
    int n = 2 + random.nextInt(40);
    List<IdentityRecord> records = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Integration integration = INTEGRATIONS[random.nextInt(INTEGRATIONS.length)];
      String first = FIRST[random.nextInt(FIRST.length)];
      String last = LAST[random.nextInt(LAST.length)];
      IdentityRecord.Builder builder = IdentityRecord.builder(RecordId.of("r" + i), integration)
          .displayName(random.nextInt(4) == 0 ? last + ", " + first : first + " " + last)
          .email(first.toLowerCase() + random.nextInt(3) + "@" + DOMAINS[random.nextInt(DOMAINS.length)])
          .bot(random.nextInt(20) == 0)
          .activityCount(random.nextInt(100));
      if (random.nextBoolean()) {
        builder.firstSeen(Instant.ofEpochSecond(1_000_000_000L + random.nextInt(1_000_000)));
      }
      if (integration.type() != IntegrationType.GIT) {
        builder.accountId(Integer.toString(random.nextInt(12)));
        builder.login(first.toLowerCase() + random.nextInt(2));
      }
      records.add(builder.build());
    }
    return records;
  }

  static DecisionLog randomDecisions(SplittableRandom random, int records) {
    List<Decision> decisions = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      RecordId a = RecordId.of("r" + random.nextInt(records));
      RecordId b = RecordId.of("r" + random.nextInt(records));
      Instant at = Instant.ofEpochSecond(i);
      switch (random.nextInt(4)) {
        case 0:
          decisions.add(new Decision.Split(a, "t", at, ""));
          break;
        case 3:
          // Either way round: a person marked as a bot, or a flagged bot marked as a person.
          decisions.add(new Decision.BotOverride(a, random.nextBoolean(), "t", at, ""));
          break;
        case 1:
          if (!a.equals(b)) {
            decisions.add(new Decision.Merge(a, b, "t", at, ""));
          }
          break;
        default:
          if (!a.equals(b)) {
            decisions.add(new Decision.NeverLink(a, b, "t", at, ""));
          }
          break;
      }
    }
    return DecisionLog.of(decisions);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void resolve_isIndependentOfInputOrder(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<IdentityRecord> records = randomRecords(random);
    DecisionLog decisions = randomDecisions(random, records.size());
    List<IdentityRecord> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(seed));
    Resolver resolver = Resolver.create();

    Resolution one = resolver.resolve(records, decisions);
    Resolution two = resolver.resolve(shuffled, decisions);

    assertThat(two.contributors()).isEqualTo(one.contributors());
    assertThat(two.reviewQueue()).isEqualTo(one.reviewQueue());
    assertThat(two.links()).isEqualTo(one.links());
    assertThat(two.warnings()).isEqualTo(one.warnings());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void resolve_neverJoinsTwoAccountsOfOneToolOrABotWithAPersonAutomatically(long seed) {
    List<IdentityRecord> records = randomRecords(new SplittableRandom(seed));

    Resolution resolution = Resolver.create().resolve(records);

    resolution.contributors().forEach(contributor -> {
      assertThat(contributor.records().stream().map(IdentityRecord::isBot).distinct()).hasSizeLessThanOrEqualTo(1);
      for (Integration integration : INTEGRATIONS) {
        if (integration.type().hasAccountIds()) {
          assertThat(contributor.records().stream()
                  .filter(r -> r.integration().equals(integration))
                  .map(r -> r.accountId().orElseThrow())
                  .distinct())
              .as("%s accounts of %s", integration, contributor)
              .hasSizeLessThanOrEqualTo(1);
        }
      }
    });
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void resolve_keepsIdsWhenFedItsOwnAssignments(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<IdentityRecord> records = randomRecords(random);
    DecisionLog decisions = randomDecisions(random, records.size());
    Resolver resolver = Resolver.create();
    Resolution first = resolver.resolve(records, decisions);

    Resolution again = resolver.resolve(records, decisions, first.assignments());

    assertThat(again.assignments()).isEqualTo(first.assignments());
  }
}
