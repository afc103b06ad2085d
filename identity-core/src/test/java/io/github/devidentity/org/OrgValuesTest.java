package io.github.devidentity.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class OrgValuesTest {
  private static final LocalDate DAY0 = LocalDate.of(2024, 1, 1);

  @Test
  void developer_normalisesEmailsAndTreatsBlankValuesAsAbsent() {
    Developer ada = Developer.builder(" <Ada@Example.ORG> ")
        .managerEmail("  ")
        .fullName(" Ada Lovelace ")
        .role("")
        .subRole(null)
        .department(" R&D ")
        .site("London")
        .teams(List.of(" Payments ", "Core", "Payments"))
        .build();

    assertThat(ada.email()).isEqualTo("ada@example.org");
    assertThat(ada.managerEmail()).isEmpty();
    assertThat(ada.fullName()).hasValue("Ada Lovelace");
    assertThat(ada.role()).isEmpty();
    assertThat(ada.subRole()).isEmpty();
    assertThat(ada.department()).hasValue("R&D");
    assertThat(ada.site()).hasValue("London");
    assertThat(ada.teams()).containsExactly("Core", "Payments");
    assertThat(ada).hasToString("Ada Lovelace <ada@example.org>");
    assertThat(Developer.builder("B@x.org").managerEmail("Grace@X.org").build().managerEmail())
        .hasValue("grace@x.org");
  }

  @Test
  void developer_toBuilder_keepsEveryValue() {
    Developer ada = Developer.builder("ada@example.org").managerEmail("g@example.org").fullName("Ada")
        .role("Engineer").subRole("Backend").department("R&D").site("London").team("Core").build();

    assertThat(ada.toBuilder().build()).isEqualTo(ada);
    assertThat(ada.toBuilder().role("Manager").build()).isNotEqualTo(ada);
  }

  @Test
  void developer_blankTeam_isRejected() {
    assertThatThrownBy(() -> Developer.builder("ada@example.org").team(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("team name is blank; give the name the organisation uses");
  }

  @Test
  void values_equalityFollowsNormalisedValues() {
    new EqualsTester()
        .addEqualityGroup(Developer.builder("ada@example.org").build(), Developer.builder("ADA@example.org ").build())
        .addEqualityGroup(Developer.builder("ada@example.org").team("Core").build())
        .addEqualityGroup(Developer.builder("ada@example.org").managerEmail("g@example.org").build(),
            Developer.builder("ada@example.org").managerEmail("G@example.org").build())
        .addEqualityGroup(new Membership("Ada@example.org", " Core ", null, null),
            new Membership("ada@example.org", "Core", null, null))
        .addEqualityGroup(new Membership("ada@example.org", "Core", DAY0, null))
        .addEqualityGroup(Team.named("Core"), Team.named(" Core "))
        .addEqualityGroup(Team.named("core"))
        .addEqualityGroup(Team.ledBy("g@example.org"), Team.ledBy("G@Example.org"))
        .testEquals();
  }

  @Test
  void values_rejectNulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(LocalDate.class, DAY0);
    tester.testAllPublicStaticMethods(Developer.class);
    tester.testAllPublicInstanceMethods(Developer.builder("ada@example.org"));
    tester.testAllPublicStaticMethods(Team.class);
    tester.testAllPublicInstanceMethods(new Membership("ada@example.org", "Core", null, null));
    tester.testAllPublicInstanceMethods(Organisation.builder());
  }

  @Test
  void team_sortsNamedFirstByNameThenLedByManager() {
    List<Team> teams = new ArrayList<>(List.of(Team.ledBy("b@x.org"), Team.named("Payments"),
        Team.ledBy("a@x.org"), Team.named("Core")));
    teams.sort(null);

    assertThat(teams).containsExactly(Team.named("Core"), Team.named("Payments"), Team.ledBy("a@x.org"),
        Team.ledBy("b@x.org"));
    assertThat(Team.ledBy("a@x.org").describe()).isEqualTo("reports of a@x.org");
  }

  @Test
  void membership_fromIsInclusiveAndToIsExclusive() {
    Membership march = new Membership("ada@example.org", "Core", LocalDate.of(2024, 3, 1),
        LocalDate.of(2024, 4, 1));

    assertThat(march.isActiveOn(LocalDate.of(2024, 2, 29))).isFalse();
    assertThat(march.isActiveOn(LocalDate.of(2024, 3, 1))).isTrue();
    assertThat(march.isActiveOn(LocalDate.of(2024, 3, 31))).isTrue();
    assertThat(march.isActiveOn(LocalDate.of(2024, 4, 1))).isFalse();
    assertThat(new Membership("ada@example.org", "Core", null, null).isActiveOn(LocalDate.MIN)).isTrue();
    assertThat(march.start()).hasValue(LocalDate.of(2024, 3, 1));
    assertThat(new Membership("ada@example.org", "Core", null, null).end()).isEmpty();
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 300).boxed();
  }

  /** Overlap is exactly "some day is in both periods", checked day by day over a small range. */
  @ParameterizedTest
  @MethodSource("seeds")
  void membership_overlapsIffSomeDayIsInBoth(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Membership a = randomPeriod(random);
    Membership b = randomPeriod(random);
    boolean shareDay = IntStream.range(-2, 14).mapToObj(DAY0::plusDays)
        .anyMatch(day -> a.isActiveOn(day) && b.isActiveOn(day));

    assertThat(a.overlaps(b)).as("%s / %s", a, b).isEqualTo(shareDay);
    assertThat(b.overlaps(a)).isEqualTo(shareDay);
  }

  private static Membership randomPeriod(SplittableRandom random) {
    @Nullable LocalDate from = random.nextInt(4) == 0 ? null : DAY0.plusDays(random.nextInt(10));
    @Nullable LocalDate to = null;
    if (random.nextInt(4) != 0) {
      // Only non-empty periods: empty ones are rejected when an organisation is built.
      to = (from == null ? DAY0 : from).plusDays(1 + random.nextInt(5));
    }
    return new Membership("ada@example.org", "Core", from, to);
  }
}
