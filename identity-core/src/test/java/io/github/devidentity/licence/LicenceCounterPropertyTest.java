package io.github.devidentity.licence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import io.github.devidentity.resolve.ReviewItem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded property tests: each case is reproducible from its seed. */
final class LicenceCounterPropertyTest {
  private static final String[] NAMES = {"Ada Lovelace", "Sam Lee", "José Müller", "Li Wei", "Ana Silva"};
  private static final IntegrationType[] TYPES = IntegrationType.values();
  private static final long DAY = 86_400;
  private static final Instant AS_OF = Instant.parse("2026-12-01T00:00:00Z");

  static Stream<Long> seeds() {
    return IntStream.range(0, 300).mapToObj(i -> 0x11CE11CEL + i);
  }

  /** Few names and addresses, so records merge, and several accounts per tool, so review items arise. */
  static List<IdentityRecord> randomRecords(SplittableRandom random) {
    int n = 1 + random.nextInt(30);
    List<IdentityRecord> records = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      IntegrationType type = TYPES[random.nextInt(TYPES.length)];
      String name = NAMES[random.nextInt(NAMES.length)];
      IdentityRecord.Builder builder = IdentityRecord.builder(RecordId.of("r" + i), Integration.of(type))
          .displayName(name)
          .email(name.substring(0, 2).toLowerCase() + random.nextInt(2) + "@example.org")
          .bot(random.nextInt(15) == 0);
      if (type.hasAccountIds()) {
        builder.accountId(Integer.toString(random.nextInt(6)));
      }
      int dates = random.nextInt(4);
      long first = AS_OF.getEpochSecond() - random.nextInt(400) * DAY + random.nextInt(3) * DAY;
      long last = first + random.nextInt(200) * DAY;
      if (dates == 1 || dates == 3) {
        builder.firstSeen(Instant.ofEpochSecond(first));
      }
      if (dates == 2 || dates == 3) {
        builder.lastSeen(Instant.ofEpochSecond(last));
      }
      records.add(builder.build());
    }
    return records;
  }

  /** A random resolution and a policy, with or without a window, drawn from one seed. */
  private static final class Case {
    final Resolution resolution;
    final LicencePolicy policy;

    private Case(Resolution resolution, LicencePolicy policy) {
      this.resolution = resolution;
      this.policy = policy;
    }

    static Case of(long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      Resolution resolution = Resolver.create().resolve(randomRecords(random));
      return new Case(resolution, random.nextBoolean() ? LicencePolicy.allContributors() : window(1 + random.nextInt(200)));
    }
  }

  private static LicencePolicy window(int days) {
    return LicencePolicy.builder().activeWithin(Duration.ofDays(days), AS_OF).build();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void count_partitionsContributorsAndAgreesWithTheRules(long seed) {
    Case counted = Case.of(seed);
    Resolution resolution = counted.resolution;
    LicencePolicy policy = counted.policy;

    LicenceReport report = LicenceCounter.create(policy).count(resolution);

    Set<ContributorId> seen = new HashSet<>();
    for (BillableContributor entry : report.billable()) {
      Contributor contributor = entry.contributor();
      assertThat(seen.add(contributor.id())).isTrue();
      assertThat(expectedExclusion(contributor, policy)).isEmpty();
      assertThat(contributor.records()).contains(entry.record());
      assertThat(entry.record().integration().type().isSourceCodeManagement()).isTrue();
      assertThat(policy.isActive(entry.record())).isTrue();
      assertThat(entry.lastActivity()).isEqualTo(latestScmActivity(contributor));
      if (entry.record().accountId().isEmpty()) {
        assertThat(contributor.records()).noneMatch(r -> r.accountId().isPresent()
            && r.integration().type().isSourceCodeManagement() && policy.isActive(r));
      }
    }
    for (ExclusionReason reason : ExclusionReason.values()) {
      assertThat(report.exclusions().get(reason)).isEqualTo(report.excluded(reason).size());
      for (Contributor contributor : report.excluded(reason)) {
        assertThat(seen.add(contributor.id())).isTrue();
        assertThat(expectedExclusion(contributor, policy)).contains(reason);
      }
    }
    assertThat(seen).hasSize(resolution.contributors().size());
    assertThat(report.contributors()).isEqualTo(resolution.contributors().size());
    assertThat(LicenceCounter.create(policy).count(resolution).billable()).isEqualTo(report.billable());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void duplicates_areTheReviewItemsBetweenCountedContributors(long seed) {
    Case counted = Case.of(seed);
    Resolution resolution = counted.resolution;

    LicenceReport report = LicenceCounter.create(counted.policy).count(resolution);

    List<ReviewItem> expected = new ArrayList<>();
    Map<ContributorId, List<ContributorId>> edges = new HashMap<>();
    for (ReviewItem item : resolution.reviewQueue()) {
      if (report.billable(item.firstContributor()).isPresent() && report.billable(item.secondContributor()).isPresent()) {
        expected.add(item);
        edges.computeIfAbsent(item.firstContributor(), k -> new ArrayList<>()).add(item.secondContributor());
        edges.computeIfAbsent(item.secondContributor(), k -> new ArrayList<>()).add(item.firstContributor());
      }
    }
    assertThat(report.duplicates()).extracting(LicenceDuplicate::item).isEqualTo(expected);
    assertThat(report.countIfDuplicatesMerged()).isEqualTo(components(report, edges));
    assertThat(report.countIfDuplicatesMerged()).isBetween(
        report.count() - report.duplicates().size(), report.count());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void count_neverFallsAsTheWindowGrows(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Resolution resolution = Resolver.create().resolve(randomRecords(random));
    int shorter = 1 + random.nextInt(200);
    int longer = shorter + random.nextInt(200);

    int inShorter = LicenceCounter.create(window(shorter)).count(resolution).count();
    int inLonger = LicenceCounter.create(window(longer)).count(resolution).count();
    int everyone = LicenceCounter.create().count(resolution).count();

    assertThat(inShorter).isLessThanOrEqualTo(inLonger);
    assertThat(inLonger).isLessThanOrEqualTo(everyone);
  }

  /** The rules, written out plainly from the issue, to check the counter against. */
  private static Optional<ExclusionReason> expectedExclusion(Contributor contributor, LicencePolicy policy) {
    if (contributor.isBot()) {
      return Optional.of(ExclusionReason.BOT);
    }
    List<IdentityRecord> scm = contributor.records().stream()
        .filter(r -> r.integration().type().isSourceCodeManagement()).toList();
    if (scm.isEmpty()) {
      return Optional.of(ExclusionReason.NO_SCM_IDENTITY);
    }
    Optional<Instant> start = policy.windowStart();
    if (start.isEmpty()) {
      return Optional.empty();
    }
    boolean undated = false;
    for (IdentityRecord record : scm) {
      Optional<Instant> first = record.firstSeen().isPresent() ? record.firstSeen() : record.lastSeen();
      Optional<Instant> last = record.lastSeen().isPresent() ? record.lastSeen() : record.firstSeen();
      if (first.isEmpty()) {
        undated = true;
      } else if (last.get().compareTo(start.get()) >= 0 && first.get().compareTo(AS_OF) <= 0) {
        return Optional.empty();
      }
    }
    return Optional.of(undated ? ExclusionReason.ACTIVITY_UNKNOWN : ExclusionReason.INACTIVE);
  }

  private static Optional<Instant> latestScmActivity(Contributor contributor) {
    return contributor.records().stream()
        .filter(r -> r.integration().type().isSourceCodeManagement())
        .flatMap(r -> r.lastSeen().or(r::firstSeen).stream())
        .max(Instant::compareTo);
  }

  /** Connected components of the counted contributors joined by the duplicates' edges. */
  private static int components(LicenceReport report, Map<ContributorId, List<ContributorId>> edges) {
    Set<ContributorId> visited = new HashSet<>();
    int components = 0;
    for (BillableContributor entry : report.billable()) {
      if (!visited.add(entry.contributor().id())) {
        continue;
      }
      components++;
      Deque<ContributorId> queue = new ArrayDeque<>(List.of(entry.contributor().id()));
      while (!queue.isEmpty()) {
        for (ContributorId next : edges.getOrDefault(queue.poll(), List.of())) {
          if (visited.add(next)) {
            queue.add(next);
          }
        }
      }
    }
    return components;
  }
}
