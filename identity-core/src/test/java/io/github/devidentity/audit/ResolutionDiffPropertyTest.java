package io.github.devidentity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Link;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property tests of the difference between two resolutions of a changing organisation:
 * records arrive and leave, emails change, decisions merge and split. Each case reproduces from
 * its seed.
 */
final class ResolutionDiffPropertyTest {
  private static final String[] NAMES = {"Ada Lovelace", "Grace Hopper", "Maria Garcia", "Jo Bloggs", "Li Wei", "Ana Silva"};
  private static final Integration[] INTEGRATIONS = {
    Integration.of(IntegrationType.GIT), Integration.of(IntegrationType.GITHUB), Integration.of(IntegrationType.JIRA_CLOUD),
  };
  private static final Instant AT = Instant.parse("2026-10-01T09:00:00Z");

  static Stream<Long> seeds() {
    return IntStream.range(0, 200).mapToObj(i -> 0xA0D1L * 17 + i);
  }

  private static IdentityRecord record(SplittableRandom random, int index) {
    int person = random.nextInt(NAMES.length);
    Integration integration = INTEGRATIONS[random.nextInt(INTEGRATIONS.length)];
    IdentityRecord.Builder builder = IdentityRecord.builder(RecordId.of("r" + index), integration)
        .displayName(NAMES[person])
        .email("p" + person + "." + random.nextInt(3) + "@example.org");
    if (integration.type() != IntegrationType.GIT) {
      builder.accountId(Integer.toString(random.nextInt(8))).login("p" + person);
    }
    return builder.build();
  }

  private static DecisionLog decisions(SplittableRandom random, List<IdentityRecord> records) {
    List<Decision> decisions = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      RecordId a = records.get(random.nextInt(records.size())).id();
      RecordId b = records.get(random.nextInt(records.size())).id();
      if (random.nextBoolean()) {
        decisions.add(new Decision.Split(a, "alice", AT, ""));
      } else if (!a.equals(b)) {
        decisions.add(new Decision.Merge(a, b, "alice", AT, ""));
      }
    }
    return DecisionLog.of(decisions);
  }

  /** Two resolutions of one organisation, the second after records came, went and changed. */
  private static Resolution[] history(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 3 + random.nextInt(25);
    List<IdentityRecord> before = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      before.add(record(random, i));
    }
    List<IdentityRecord> after = new ArrayList<>();
    for (IdentityRecord record : before) {
      int change = random.nextInt(10);
      if (change == 0) {
        continue;
      }
      after.add(change == 1 ? record.toBuilder().emails(List.of("moved" + random.nextInt(3) + "@example.org")).build() : record);
    }
    for (int i = random.nextInt(5); i > 0; i--) {
      after.add(record(random, n + i));
    }
    if (after.isEmpty()) {
      after.add(record(random, n + 9));
    }
    Resolver resolver = Resolver.create();
    Resolution first = resolver.resolve(before, decisions(random, before));
    Resolution second = resolver.resolve(after, decisions(random, after), first.assignments());
    return new Resolution[] {first, second};
  }

  /** One history and what the trail records of it. */
  private record Case(
      Map<RecordId, ContributorId> before, Map<RecordId, ContributorId> after, List<Link> links, List<AuditEvent> events) {

    static Case of(long seed) {
      Resolution[] history = history(seed);
      return new Case(history[0].assignments(), history[1].assignments(), history[1].links(),
          AuditTrail.create().recordResolution(history[0], history[1], AT));
    }

    List<AuditEvent> events(AuditEvent.Kind kind) {
      return events.stream().filter(event -> event.kind() == kind).toList();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void links_joinOnlyRecordsThatWereApart(long seed) {
    Case history = Case.of(seed);

    for (AuditEvent event : history.events(AuditEvent.Kind.AUTOMATIC_LINK)) {
      RecordId a = event.records().get(0);
      RecordId b = event.records().get(1);
      assertThat(history.after().get(a)).isNotNull().isEqualTo(history.after().get(b));
      ContributorId was = history.before().get(a);
      assertThat(was != null && was.equals(history.before().get(b))).isFalse();
      assertThat(event.contributors()).containsExactly(history.after().get(a));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void unlinks_separateOnlyRecordsThatWereTogether(long seed) {
    Case history = Case.of(seed);

    assertThat(history.events(AuditEvent.Kind.AUTOMATIC_LINK).size()
        + history.events(AuditEvent.Kind.AUTOMATIC_UNLINK).size()).isEqualTo(history.events().size());
    for (AuditEvent event : history.events(AuditEvent.Kind.AUTOMATIC_UNLINK)) {
      RecordId a = event.records().get(0);
      RecordId b = event.records().get(1);
      assertThat(history.before().get(a)).isNotNull().isEqualTo(history.before().get(b));
      assertThat(history.after().get(a)).isNotNull().isNotEqualTo(history.after().get(b));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void links_andManualLinks_explainEveryContributorNow(long seed) {
    Case history = Case.of(seed);
    // Records together before and now start out joined; events and manual links must join the rest.
    Groups groups = new Groups();
    history.after().forEach((record, now) -> groups.join(record.value(), key(history.before().get(record), now, record)));
    for (Link link : history.links()) {
      if (link.manual()) {
        groups.join(link.first().value(), link.second().value());
      }
    }
    for (AuditEvent event : history.events(AuditEvent.Kind.AUTOMATIC_LINK)) {
      groups.join(event.records().get(0).value(), event.records().get(1).value());
    }

    Map<ContributorId, String> root = new HashMap<>();
    history.after().forEach((record, now) ->
        assertThat(groups.find(record.value())).isEqualTo(root.computeIfAbsent(now, k -> groups.find(record.value()))));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void unlinks_explainEveryContributorThatCameApart(long seed) {
    Case history = Case.of(seed);
    Groups groups = new Groups();
    for (AuditEvent event : history.events(AuditEvent.Kind.AUTOMATIC_UNLINK)) {
      groups.join("now " + history.after().get(event.records().get(0)), "now " + history.after().get(event.records().get(1)));
    }

    Map<ContributorId, String> root = new HashMap<>();
    history.before().forEach((record, was) -> {
      ContributorId now = history.after().get(record);
      if (now != null) {
        assertThat(groups.find("now " + now)).isEqualTo(root.computeIfAbsent(was, k -> groups.find("now " + now)));
      }
    });
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void recordResolution_isDeterministic(long seed) {
    assertThat(Case.of(seed).events()).isEqualTo(Case.of(seed).events());
  }

  /** The cases above are worth running: many histories both join and separate records. */
  @Test
  void histories_bothLinkAndUnlink() {
    long linking = seeds().filter(seed -> !Case.of(seed).events(AuditEvent.Kind.AUTOMATIC_LINK).isEmpty()).count();
    long unlinking = seeds().filter(seed -> !Case.of(seed).events(AuditEvent.Kind.AUTOMATIC_UNLINK).isEmpty()).count();
    assertThat(linking).isGreaterThan(50);
    assertThat(unlinking).isGreaterThan(50);
  }

  private static String key(ContributorId was, ContributorId now, RecordId record) {
    return (was == null ? "new " + record : "was " + was) + " now " + now;
  }

  /** Disjoint sets of strings. */
  private static final class Groups {
    private final Map<String, String> parent = new HashMap<>();

    String find(String value) {
      String root = value;
      while (parent.containsKey(root)) {
        root = parent.get(root);
      }
      return root;
    }

    void join(String a, String b) {
      String rootA = find(a);
      String rootB = find(b);
      if (!Objects.equals(rootA, rootB)) {
        parent.put(rootB, rootA);
      }
    }
  }
}
