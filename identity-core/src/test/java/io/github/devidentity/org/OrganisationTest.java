package io.github.devidentity.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.devidentity.org.OrgProblem.Code;
import io.github.devidentity.org.OrgProblem.Origin;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class OrganisationTest {
  private static final LocalDate JAN = LocalDate.of(2024, 1, 15);
  private static final LocalDate MARCH = LocalDate.of(2024, 3, 1);
  private static final LocalDate JUNE = LocalDate.of(2024, 6, 15);

  private static Developer dev(String email, String manager, String... teams) {
    return Developer.builder(email).managerEmail(manager).teams(List.of(teams)).build();
  }

  private static List<String> emails(List<Developer> developers) {
    return developers.stream().map(Developer::email).toList();
  }

  private static List<OrgProblem> problems(Organisation.Builder builder) {
    return catchThrowableOfType(InvalidOrganisationException.class, builder::build).problems();
  }

  /** grace -> (alan -> (ada, bob), carol); dave reports to grace too, in a named team. */
  private static Organisation sample() {
    return Organisation.builder()
        .developer(dev("Grace@Example.org", null))
        .developer(dev("alan@example.org", "grace@example.org"))
        .developer(dev("ada@example.org", "alan@example.org"))
        .developer(dev("bob@example.org", "ALAN@example.org"))
        .developer(dev("carol@example.org", "grace@example.org"))
        .developer(dev("dave@example.org", "grace@example.org", "Platform"))
        .build();
  }

  @Test
  void build_sortsDevelopersByNormalisedEmail() {
    Organisation org = sample();

    assertThat(emails(org.developers())).containsExactly("ada@example.org", "alan@example.org",
        "bob@example.org", "carol@example.org", "dave@example.org", "grace@example.org");
    assertThat(org.developer(" GRACE@example.ORG ")).map(Developer::email).hasValue("grace@example.org");
    assertThat(org.developer("nobody@example.org")).isEmpty();
  }

  @Test
  void roots_areDevelopersWithoutManager() {
    Organisation org = Organisation.builder()
        .developer(dev("b@example.org", null))
        .developer(dev("a@example.org", null))
        .developer(dev("c@example.org", "a@example.org"))
        .build();

    assertThat(emails(org.roots())).containsExactly("a@example.org", "b@example.org");
  }

  @Test
  void reports_areDirectReportsSortedAndEmptyForLeaf() {
    Organisation org = sample();

    assertThat(emails(org.reports("grace@example.org")))
        .containsExactly("alan@example.org", "carol@example.org", "dave@example.org");
    assertThat(emails(org.reports("alan@example.org"))).containsExactly("ada@example.org", "bob@example.org");
    assertThat(org.reports("ada@example.org")).isEmpty();
  }

  @Test
  void pathToRoot_goesFromDeveloperUpToRoot() {
    Organisation org = sample();

    assertThat(emails(org.pathToRoot("Ada@example.org")))
        .containsExactly("ada@example.org", "alan@example.org", "grace@example.org");
    assertThat(emails(org.pathToRoot("grace@example.org"))).containsExactly("grace@example.org");
  }

  @Test
  void pathToRoot_unknownDeveloper_isRejected() {
    assertThatThrownBy(() -> sample().pathToRoot("zed@example.org"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no developer has the email \"zed@example.org\"; expected one of the organisation's developers");
  }

  @Test
  void teams_areNamedTeamsThenTeamsLedByManagersOfUnnamedReports() {
    Organisation org = sample();

    assertThat(org.teams()).containsExactly(
        Team.named("Platform"), Team.ledBy("alan@example.org"), Team.ledBy("grace@example.org"));
  }

  @Test
  void members_ofLedTeam_areReportsWithoutNamedTeamAndNotTheManager() {
    Organisation org = sample();

    assertThat(emails(org.members(Team.ledBy("grace@example.org"), JAN)))
        .containsExactly("alan@example.org", "carol@example.org");
    assertThat(emails(org.members(Team.ledBy("alan@example.org"), JAN)))
        .containsExactly("ada@example.org", "bob@example.org");
    assertThat(emails(org.members(Team.named("Platform"), JAN))).containsExactly("dave@example.org");
    assertThat(org.members(Team.named("Nobody's"), JAN)).isEmpty();
  }

  @Test
  void teamsOf_developerWithoutNamedTeam_isTheTeamTheirManagerLeads() {
    Organisation org = sample();

    assertThat(org.teamsOf("ada@example.org", JAN)).containsExactly(Team.ledBy("alan@example.org"));
    assertThat(org.teamsOf("alan@example.org", JAN)).containsExactly(Team.ledBy("grace@example.org"));
    assertThat(org.teamsOf("dave@example.org", JAN)).containsExactly(Team.named("Platform"));
  }

  @Test
  void teamsOf_rootWithoutNamedTeam_isNoTeam() {
    assertThat(sample().teamsOf("grace@example.org", JAN)).isEmpty();
  }

  @Test
  void teamsOf_followsDatedMembershipsAcrossATeamChange() {
    Organisation org = Organisation.builder()
        .developer(dev("grace@example.org", null))
        .developer(dev("ada@example.org", "grace@example.org"))
        .membership(new Membership("ada@example.org", "Core", null, MARCH))
        .membership(new Membership("ada@example.org", "Payments", MARCH, null))
        .build();

    assertThat(org.teamsOf("ada@example.org", JAN)).containsExactly(Team.named("Core"));
    assertThat(org.teamsOf("ada@example.org", MARCH.minusDays(1))).containsExactly(Team.named("Core"));
    assertThat(org.teamsOf("ada@example.org", MARCH)).containsExactly(Team.named("Payments"));
    assertThat(emails(org.members(Team.named("Core"), JAN))).containsExactly("ada@example.org");
    assertThat(org.members(Team.named("Core"), JUNE)).isEmpty();
    assertThat(emails(org.members(Team.named("Payments"), JUNE))).containsExactly("ada@example.org");
  }

  @Test
  void teamsOf_dayNoMembershipCovers_isNoTeamNotTheManagersTeam() {
    Organisation org = Organisation.builder()
        .developer(dev("grace@example.org", null))
        .developer(dev("ada@example.org", "grace@example.org"))
        .membership(new Membership("ada@example.org", "Core", MARCH, null))
        .build();

    assertThat(org.teamsOf("ada@example.org", JAN)).isEmpty();
    assertThat(org.teams()).containsExactly(Team.named("Core"));
  }

  @Test
  void teamsOf_sharedDeveloper_isInEveryTeam() {
    Organisation org = Organisation.builder()
        .developer(dev("ada@example.org", null, "Payments", "Core"))
        .build();

    assertThat(org.teamsOf("ada@example.org", JAN)).containsExactly(Team.named("Core"), Team.named("Payments"));
    assertThat(emails(org.members(Team.named("Core"), JAN))).containsExactly("ada@example.org");
    assertThat(emails(org.members(Team.named("Payments"), JAN))).containsExactly("ada@example.org");
  }

  @Test
  void memberships_teamValuesAreUndatedUnlessExplicitMembershipsOfThatTeamGiveDates() {
    Organisation org = Organisation.builder()
        .developer(dev("ada@example.org", null, "Payments", "Core"))
        .membership(new Membership("ada@example.org", "Payments", MARCH, null))
        .build();

    assertThat(org.memberships()).containsExactly(
        new Membership("ada@example.org", "Core", null, null),
        new Membership("ada@example.org", "Payments", MARCH, null));
    assertThat(org.teamsOf("ada@example.org", JAN)).containsExactly(Team.named("Core"));
    assertThat(org.teamsOf("ada@example.org", JUNE)).containsExactly(Team.named("Core"), Team.named("Payments"));
  }

  @Test
  void build_emptyEmail_isInvalidEmail() {
    List<OrgProblem> problems = problems(Organisation.builder().developer(dev("  ", null)));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(Code.INVALID_EMAIL);
      assertThat(p.origin()).isEqualTo(Origin.DEVELOPER);
      assertThat(p.index()).isZero();
      assertThat(p.message()).isEqualTo(
          "the email is empty; every developer needs the work email that identifies them");
    });
  }

  @Test
  void build_malformedEmail_isInvalidEmail() {
    List<OrgProblem> problems = problems(Organisation.builder()
        .developer(dev("grace@example.org", null))
        .developer(dev("ada(at)example.org", "grace@example.org")));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(Code.INVALID_EMAIL);
      assertThat(p.index()).isEqualTo(1);
      assertThat(p.emails()).containsExactly("ada(at)example.org");
      assertThat(p.message()).isEqualTo(
          "\"ada(at)example.org\" is not an email address; expected one such as ada@example.org");
    });
  }

  @Test
  void build_sameEmailInAnyCase_isDuplicateEmailOnEveryOccurrence() {
    List<OrgProblem> problems = problems(Organisation.builder()
        .developer(dev("ada@example.org", null))
        .developer(dev("bob@example.org", null))
        .developer(dev("ADA@example.org", null)));

    assertThat(problems).extracting(OrgProblem::code, OrgProblem::index)
        .containsExactly(tuple(Code.DUPLICATE_EMAIL, 0),
            tuple(Code.DUPLICATE_EMAIL, 2));
    assertThat(problems.get(0).message())
        .isEqualTo("\"ada@example.org\" is the email of 2 developers; keep one entry per person");
  }

  @Test
  void build_unparseableManagerEmail_isInvalidManagerEmail() {
    List<OrgProblem> problems = problems(Organisation.builder().developer(dev("ada@example.org", "grace")));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(Code.INVALID_MANAGER_EMAIL);
      assertThat(p.emails()).containsExactly("ada@example.org");
      assertThat(p.message()).startsWith(
          "the manager email \"grace\" of \"ada@example.org\" is not an email address;");
    });
  }

  @Test
  void build_managerMissingAmongDevelopers_isUnknownManager() {
    List<OrgProblem> problems = problems(Organisation.builder()
        .developer(dev("ada@example.org", "Grace@Example.org")));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(Code.UNKNOWN_MANAGER);
      assertThat(p.message()).isEqualTo("the manager \"grace@example.org\" of \"ada@example.org\" is not "
          + "among the developers; add them, or correct the manager email");
    });
  }

  @Test
  void build_ownManager_isCycleOfOne() {
    List<OrgProblem> problems = problems(Organisation.builder()
        .developer(dev("ada@example.org", "ADA@example.org")));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(Code.MANAGER_CYCLE);
      assertThat(p.emails()).containsExactly("ada@example.org");
      assertThat(p.message()).startsWith("\"ada@example.org\" is their own manager;");
    });
  }

  @Test
  void build_cycle_isReportedOnceFromSmallestEmailInManagerOrder() {
    List<OrgProblem> problems = problems(Organisation.builder()
        .developer(dev("carol@example.org", "alan@example.org"))
        .developer(dev("bob@example.org", "carol@example.org"))
        .developer(dev("alan@example.org", "bob@example.org"))
        // Leads into the cycle without being part of it.
        .developer(dev("dave@example.org", "carol@example.org")));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(Code.MANAGER_CYCLE);
      assertThat(p.index()).isEqualTo(2);
      assertThat(p.emails()).containsExactly("alan@example.org", "bob@example.org", "carol@example.org");
      assertThat(p.message()).isEqualTo("the managers go round in a cycle: alan@example.org -> "
          + "bob@example.org -> carol@example.org -> alan@example.org; correct one of their manager emails");
    });
  }

  @Test
  void build_membershipOfUnknownDeveloper_isUnknownDeveloper() {
    List<OrgProblem> problems = problems(Organisation.builder()
        .developer(dev("ada@example.org", null))
        .membership(new Membership("ada@example.org", "Core", null, null))
        .membership(new Membership("zed@example.org", "Core", MARCH, null)));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(Code.UNKNOWN_DEVELOPER);
      assertThat(p.origin()).isEqualTo(Origin.MEMBERSHIP);
      assertThat(p.index()).isEqualTo(1);
      assertThat(p.message()).isEqualTo("the membership zed@example.org in Core since 2024-03-01, "
          + "open-ended names \"zed@example.org\", who is not among the developers; add them, or correct the email");
    });
  }

  @Test
  void build_membershipEndingBeforeOrOnItsStart_isInvalidPeriod() {
    List<OrgProblem> problems = problems(Organisation.builder()
        .developer(dev("ada@example.org", null))
        .membership(new Membership("ada@example.org", "Core", MARCH, JAN))
        .membership(new Membership("ada@example.org", "Payments", MARCH, MARCH))
        .membership(new Membership("ada@example.org", "Infra", MARCH, MARCH.plusDays(1))));

    assertThat(problems).extracting(OrgProblem::code, OrgProblem::index).containsExactly(
        tuple(Code.INVALID_PERIOD, 0),
        tuple(Code.INVALID_PERIOD, 1));
    assertThat(problems.get(0).message()).isEqualTo("the membership ada@example.org in Core since "
        + "2024-03-01 until 2024-01-15 holds no day: it ends on or before the day it starts; the end is "
        + "the first day no longer a member");
  }

  @Test
  void build_overlappingPeriodsOfOneDeveloperInOneTeam_isOverlappingMembershipOnTheLaterOne() {
    List<OrgProblem> problems = problems(Organisation.builder()
        .developer(dev("ada@example.org", null))
        .developer(dev("bob@example.org", null))
        .membership(new Membership("ada@example.org", "Core", null, JUNE))
        .membership(new Membership("ada@example.org", "Core", MARCH, null))
        // Adjacent periods, another team, another developer: no overlap.
        .membership(new Membership("bob@example.org", "Core", null, MARCH))
        .membership(new Membership("bob@example.org", "Core", MARCH, null))
        .membership(new Membership("ada@example.org", "Payments", MARCH, null)));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(Code.OVERLAPPING_MEMBERSHIP);
      assertThat(p.index()).isEqualTo(1);
      assertThat(p.message()).isEqualTo("the membership ada@example.org in Core since 2024-03-01, "
          + "open-ended overlaps the earlier since always until 2024-06-15 of the same developer in the "
          + "same team; merge them or make one end where the other starts");
    });
  }

  @Test
  void build_reportsEveryProblemAtOnceInPositionOrder() {
    InvalidOrganisationException e = catchThrowableOfType(InvalidOrganisationException.class, () -> Organisation.builder()
        .developer(dev("ada@example.org", "nobody@example.org"))
        .developer(dev("not-an-email", null))
        .developer(dev("bob@example.org", "bob@example.org"))
        .developer(dev("carol@example.org", "@"))
        .membership(new Membership("zed@example.org", "Core", JUNE, MARCH))
        .build());

    assertThat(e.problems()).extracting(OrgProblem::origin, OrgProblem::index, OrgProblem::code)
        .containsExactly(
            tuple(Origin.DEVELOPER, 0, Code.UNKNOWN_MANAGER),
            tuple(Origin.DEVELOPER, 1, Code.INVALID_EMAIL),
            tuple(Origin.DEVELOPER, 2, Code.MANAGER_CYCLE),
            tuple(Origin.DEVELOPER, 3, Code.INVALID_MANAGER_EMAIL),
            tuple(Origin.MEMBERSHIP, 0, Code.UNKNOWN_DEVELOPER),
            tuple(Origin.MEMBERSHIP, 0, Code.INVALID_PERIOD));
    assertThat(e).hasMessageStartingWith("the organisation has 6 problems: UNKNOWN_MANAGER: the manager "
        + "\"nobody@example.org\" of \"ada@example.org\"").hasMessageEndingWith("; and 5 more");
  }

  @Test
  void build_empty_isEmptyOrganisation() {
    Organisation org = Organisation.builder().build();

    assertThat(org.developers()).isEmpty();
    assertThat(org.teams()).isEmpty();
    assertThat(org.roots()).isEmpty();
  }
}
