package io.github.devidentity.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.devidentity.org.OrgProblem.Code;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Random manager graphs, checked against brute force; seeded so a failure reproduces. */
final class OrganisationPropertyTest {
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  static Stream<Long> seeds() {
    return LongStream.range(0, 300).boxed();
  }

  private static String email(int i) {
    return "dev" + i + "@example.org";
  }

  /** Manager index per developer: -1 none; any index, itself included, may make cycles. */
  private static int[] managers(SplittableRandom random, int n, boolean acyclic) {
    int[] managers = new int[n];
    for (int i = 0; i < n; i++) {
      if (acyclic) {
        managers[i] = i == 0 || random.nextInt(6) == 0 ? -1 : random.nextInt(i);
      } else {
        managers[i] = random.nextInt(4) == 0 ? -1 : random.nextInt(n);
      }
    }
    return managers;
  }

  private static List<Developer> developers(SplittableRandom random, int[] managers) {
    List<Developer> developers = new ArrayList<>();
    for (int i = 0; i < managers.length; i++) {
      Developer.Builder builder = Developer.builder(email(i))
          .managerEmail(managers[i] < 0 ? null : email(managers[i]).toUpperCase(java.util.Locale.ROOT));
      if (random.nextInt(3) == 0) {
        builder.team("T" + random.nextInt(3));
      }
      developers.add(builder.build());
    }
    return developers;
  }

  /** The cycles of the manager graph by brute force, each as its sorted members. */
  private static Set<Set<String>> cycles(int[] managers) {
    Set<Set<String>> cycles = new HashSet<>();
    for (int i = 0; i < managers.length; i++) {
      Set<String> members = new TreeSet<>();
      int current = i;
      for (int step = 0; step < managers.length && current >= 0; step++) {
        current = managers[current];
        if (current == i) {
          int member = i;
          do {
            members.add(email(member));
            member = managers[member];
          } while (member != i);
          cycles.add(members);
          break;
        }
      }
    }
    return cycles;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void build_reportsEachCycleOnceWithMembersInManagerOrder(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] managers = managers(random, 1 + random.nextInt(12), false);
    Set<Set<String>> expected = cycles(managers);
    Organisation.Builder builder = Organisation.builder().developers(developers(random, managers));

    if (expected.isEmpty()) {
      assertThat(builder.build().developers()).hasSize(managers.length);
      return;
    }
    List<OrgProblem> problems =
        catchThrowableOfType(InvalidOrganisationException.class, builder::build).problems();
    assertThat(problems).allMatch(p -> p.code() == Code.MANAGER_CYCLE);
    Set<Set<String>> reported = new HashSet<>();
    for (OrgProblem problem : problems) {
      List<String> members = problem.emails();
      assertThat(members.get(0)).isEqualTo(Collections.min(members));
      assertThat(email(problem.index())).isEqualTo(members.get(0));
      for (int k = 0; k < members.size(); k++) {
        int index = Integer.parseInt(members.get(k).replaceAll("\\D", ""));
        assertThat(email(managers[index])).isEqualTo(members.get((k + 1) % members.size()));
      }
      reported.add(new TreeSet<>(members));
    }
    assertThat(problems).hasSameSizeAs(reported);
    assertThat(reported).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void build_acyclicTree_givesPathsToRootsAndIsIndependentOfInputOrder(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] managers = managers(random, 1 + random.nextInt(15), true);
    List<Developer> developers = developers(random, managers);
    List<Developer> shuffled = new ArrayList<>(developers);
    Collections.shuffle(shuffled, new Random(seed));

    Organisation org = Organisation.builder().developers(developers).build();
    Organisation again = Organisation.builder().developers(shuffled).build();

    assertThat(again.developers()).isEqualTo(org.developers());
    assertThat(again.teams()).isEqualTo(org.teams());
    assertThat(again.memberships()).isEqualTo(org.memberships());
    int inTeams = 0;
    for (Team team : org.teams()) {
      assertThat(again.members(team, DAY)).isEqualTo(org.members(team, DAY));
      inTeams += org.members(team, DAY).size();
    }
    int expectedInTeams = 0;
    for (int i = 0; i < managers.length; i++) {
      Developer developer = developers.get(i);
      List<Developer> path = org.pathToRoot(developer.email());
      assertThat(path.get(0)).isEqualTo(developer);
      assertThat(path.get(path.size() - 1).managerEmail()).isEmpty();
      assertThat(org.roots()).contains(path.get(path.size() - 1));
      for (int k = 1; k < path.size(); k++) {
        assertThat(path.get(k - 1).managerEmail()).hasValue(path.get(k).email());
      }
      // Everyone but an unnamed root is in exactly as many teams as the rule says.
      @Nullable String manager = developer.managerEmail().orElse(null);
      int expected = !developer.teams().isEmpty() ? developer.teams().size() : manager == null ? 0 : 1;
      assertThat(org.teamsOf(developer.email(), DAY)).hasSize(expected);
      expectedInTeams += expected;
    }
    assertThat(inTeams).isEqualTo(expectedInTeams);
  }
}
