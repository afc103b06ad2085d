package io.github.devidentity.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.match.CorrelationStrategy;
import io.github.devidentity.match.Evidence;
import io.github.devidentity.match.StrategyChain;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.normalize.NormalizedRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The blocker's shortcuts (scoring a pair of profiles once, keys grouped by hash, pairs kept in
 * arrays) change nothing: a resolution equals the one made with every strategy wrapped so that it
 * offers no profile. Records come from small pools of names, spellings and handles, so blocks are
 * large and full of repeated profiles.
 */
final class BlockerEquivalenceTest {
  private static final String[] FIRST = {"John", "Jon", "Johnny", "Jonathan", "Ada", "Adam", "Matt", "Matthew", "Wei", "Zoë"};
  private static final String[] LAST = {"Smith", "Smyth", "Smithe", "Lovelace", "Lovelance", "Müller", "Muller", "Johnson", "Jonson", "Griffing"};
  private static final String[] DOMAINS = {"example.org", "work.example", "localhost", "mbp.local"};
  private static final IntegrationType[] TYPES = {
    IntegrationType.GIT, IntegrationType.GITHUB, IntegrationType.GITLAB, IntegrationType.JIRA_CLOUD, IntegrationType.GIT,
  };

  static Stream<Long> seeds() {
    return IntStream.range(0, 60).mapToObj(i -> 0xB10CL * 131 + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void resolve_isTheSameWithoutProfiles(long seed) {
    List<IdentityRecord> records = records(new SplittableRandom(seed));
    Resolver fast = Resolver.create();
    List<CorrelationStrategy> plain = new ArrayList<>();
    for (CorrelationStrategy strategy : StrategyChain.defaults().strategies()) {
      plain.add(new WithoutProfile(strategy));
    }
    Resolver slow = Resolver.create(ResolverOptions.builder().strategies(StrategyChain.of(plain)).build());

    Resolution expected = slow.resolve(records, DecisionLog.empty());
    Resolution actual = fast.resolve(records, DecisionLog.empty());

    ResolutionSessionTest.assertSame(actual, expected);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void profile_equalProfilesScoreAlikeAgainstEveryRecord(long seed) {
    List<NormalizedRecord> records = new ArrayList<>();
    for (IdentityRecord record : records(new SplittableRandom(seed)).subList(0, 120)) {
      records.add(NormalizedRecord.of(record));
    }
    for (CorrelationStrategy strategy : StrategyChain.defaults().strategies()) {
      for (NormalizedRecord x : records) {
        for (NormalizedRecord y : records) {
          String profile = strategy.profile(x);
          if (x == y || profile == null || !profile.equals(strategy.profile(y))) {
            continue;
          }
          for (NormalizedRecord other : records) {
            for (String key : keys(strategy, other)) {
              assertThat(strategy.score(x, other, key)).as(strategy.name()).isEqualTo(strategy.score(y, other, key));
              assertThat(strategy.score(other, x, key)).as(strategy.name()).isEqualTo(strategy.score(other, y, key));
            }
          }
        }
      }
    }
  }

  private static List<String> keys(CorrelationStrategy strategy, NormalizedRecord record) {
    List<String> keys = new ArrayList<>();
    strategy.blockingKeys(record, keys::add);
    strategy.probeKeys(record, keys::add);
    return keys;
  }

  static List<IdentityRecord> records(SplittableRandom random) {
    int n = 150 + random.nextInt(350);
    List<IdentityRecord> records = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      IntegrationType type = TYPES[random.nextInt(TYPES.length)];
      String first = FIRST[random.nextInt(FIRST.length)];
      String last = LAST[random.nextInt(LAST.length)];
      String f = first.toLowerCase(Locale.ROOT).replace('ë', 'e');
      String l = last.toLowerCase(Locale.ROOT).replace('ü', 'u');
      String handle;
      switch (random.nextInt(6)) {
        case 0:
          handle = f + "." + l;
          break;
        case 1:
          handle = f.charAt(0) + l;
          break;
        case 2:
          handle = f + l.charAt(0) + random.nextInt(3);
          break;
        case 3:
          handle = (f + l).substring(0, Math.min(8, f.length() + l.length()));
          break;
        case 4:
          handle = f;
          break;
        default:
          handle = f + l;
      }
      String name;
      switch (random.nextInt(5)) {
        case 0:
          name = last + ", " + first;
          break;
        case 1:
          name = first + " Q. " + last;
          break;
        case 2:
          name = handle;
          break;
        default:
          name = first + " " + last;
      }
      IdentityRecord.Builder builder = IdentityRecord.builder(RecordId.of(String.format(Locale.ROOT, "r%04d", i)),
              Integration.of(type))
          .displayName(name)
          .email(handle + "@" + DOMAINS[random.nextInt(DOMAINS.length)]);
      if (type != IntegrationType.GIT) {
        builder.accountId(Integer.toString(random.nextInt(40)));
        builder.login(random.nextBoolean() ? handle : f + l.charAt(0));
      }
      records.add(builder.build());
    }
    return records;
  }

  /** A strategy as it is, but for offering no profile, so every pair is scored. */
  private static final class WithoutProfile implements CorrelationStrategy {
    private final CorrelationStrategy strategy;

    WithoutProfile(CorrelationStrategy strategy) {
      this.strategy = strategy;
    }

    @Override
    public String name() {
      return strategy.name();
    }

    @Override
    public Blocking blocking() {
      return strategy.blocking();
    }

    @Override
    public boolean acceptsBlock(List<NormalizedRecord> members, String key) {
      return strategy.acceptsBlock(members, key);
    }

    @Override
    public boolean evidenceDependsOnKey() {
      return strategy.evidenceDependsOnKey();
    }

    @Override
    public @Nullable String silentClass(NormalizedRecord record) {
      return strategy.silentClass(record);
    }

    @Override
    public void probeKeys(NormalizedRecord record, Consumer<String> keys) {
      strategy.probeKeys(record, keys);
    }

    @Override
    public void blockingKeys(NormalizedRecord record, Consumer<String> keys) {
      strategy.blockingKeys(record, keys);
    }

    @Override
    public Optional<Evidence> score(NormalizedRecord a, NormalizedRecord b, String key) {
      return strategy.score(a, b, key);
    }
  }
}
