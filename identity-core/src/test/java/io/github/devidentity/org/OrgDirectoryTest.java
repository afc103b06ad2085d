package io.github.devidentity.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class OrgDirectoryTest {
  private static final LocalDate JAN = LocalDate.of(2024, 1, 15);
  private static final LocalDate JUNE = LocalDate.of(2024, 6, 15);
  private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");

  private static IdentityRecord git(String id, String name, String email) {
    return IdentityRecord.builder(RecordId.of(id), Integration.of(IntegrationType.GIT))
        .displayName(name).email(email).build();
  }

  private static IdentityRecord bot(String id, String name) {
    return IdentityRecord.builder(RecordId.of(id), Integration.of(IntegrationType.GITHUB))
        .accountId(id).login(name).displayName(name).bot(true).build();
  }

  /** grace leads; ada moved from Core to Payments on 1 March 2024; bob is in Core throughout. */
  private static Organisation organisation() {
    return Organisation.builder()
        .developer(Developer.builder("grace@example.org").fullName("Grace Hopper").build())
        .developer(Developer.builder("ada@example.org").managerEmail("grace@example.org").build())
        .developer(Developer.builder("bob@example.org").managerEmail("grace@example.org").team("Core").build())
        .developer(Developer.builder("carol@example.org").managerEmail("grace@example.org").team("Core").build())
        .membership(new Membership("ada@example.org", "Core", null, LocalDate.of(2024, 3, 1)))
        .membership(new Membership("ada@example.org", "Payments", LocalDate.of(2024, 3, 1), null))
        .build();
  }

  private static Resolution resolve(List<IdentityRecord> records, Decision... decisions) {
    return Resolver.create().resolve(records, DecisionLog.of(List.of(decisions)), Map.of());
  }

  private static ContributorId idOf(Resolution resolution, String record) {
    return resolution.contributorOf(RecordId.of(record)).orElseThrow().id();
  }

  private static List<String> emails(List<Developer> developers) {
    return developers.stream().map(Developer::email).toList();
  }

  @Test
  void contributorOf_matchesTheContributorHoldingTheEmailInAnyCase() {
    Resolution resolution = resolve(List.of(
        git("a1", "Ada Lovelace", "ADA@Example.org"), git("g1", "Grace Hopper", "grace@example.org")));
    OrgDirectory directory = OrgDirectory.of(organisation(), resolution);

    assertThat(directory.contributorOf("ada@example.org")).map(Contributor::id).hasValue(idOf(resolution, "a1"));
    assertThat(directory.developerOf(idOf(resolution, "a1"))).map(Developer::email).hasValue("ada@example.org");
    assertThat(directory.contributorOf("bob@example.org")).isEmpty();
  }

  @Test
  void contributorsOf_followsTeamMembershipAtTheDate() {
    Resolution resolution = resolve(List.of(git("a1", "Ada Lovelace", "ada@example.org"),
        git("b1", "Bob", "bob@example.org")));
    OrgDirectory directory = OrgDirectory.of(organisation(), resolution);

    assertThat(directory.contributorsOf(Team.named("Core"), JAN)).extracting(Contributor::id)
        .containsExactly(idOf(resolution, "a1"), idOf(resolution, "b1"));
    assertThat(directory.contributorsOf(Team.named("Core"), JUNE)).extracting(Contributor::id)
        .containsExactly(idOf(resolution, "b1"));
    assertThat(directory.contributorsOf(Team.named("Payments"), JUNE)).extracting(Contributor::id)
        .containsExactly(idOf(resolution, "a1"));
  }

  @Test
  void teamsOf_contributor_isTheTeamsOfItsDeveloperAtTheDate() {
    Resolution resolution = resolve(List.of(git("a1", "Ada Lovelace", "ada@example.org"),
        git("x1", "Xavier", "xavier@example.org")));
    OrgDirectory directory = OrgDirectory.of(organisation(), resolution);

    assertThat(directory.teamsOf(idOf(resolution, "a1"), JAN)).containsExactly(Team.named("Core"));
    assertThat(directory.teamsOf(idOf(resolution, "a1"), JUNE)).containsExactly(Team.named("Payments"));
    assertThat(directory.teamsOf(idOf(resolution, "x1"), JUNE)).isEmpty();
  }

  @Test
  void unknownIds_areRejected() {
    OrgDirectory directory = OrgDirectory.of(organisation(), resolve(List.of()));

    assertThatThrownBy(() -> directory.teamsOf(ContributorId.of("c404"), JAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no contributor c404 in the resolution");
    assertThatThrownBy(() -> directory.developerOf(ContributorId.of("c404")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> directory.contributorOf("zed@example.org"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no developer has the email \"zed@example.org\"");
  }

  @Test
  void unmatchedDevelopers_areThoseWhoseEmailNoContributorHolds() {
    OrgDirectory directory = OrgDirectory.of(organisation(),
        resolve(List.of(git("a1", "Ada Lovelace", "ada@example.org"))));

    assertThat(emails(directory.unmatchedDevelopers()))
        .containsExactly("bob@example.org", "carol@example.org", "grace@example.org");
  }

  @Test
  void danglingContributors_arePeopleWithoutDeveloperButNotBots() {
    Resolution resolution = resolve(List.of(git("a1", "Ada Lovelace", "ada@example.org"),
        git("x1", "Xavier", "xavier@example.org"), bot("r1", "renovate[bot]")));
    OrgDirectory directory = OrgDirectory.of(organisation(), resolution);

    assertThat(directory.danglingContributors()).extracting(Contributor::id)
        .containsExactly(idOf(resolution, "x1"));
  }

  @Test
  void ambiguousMatch_developerEmailHeldBySeveralContributors_isReportedNotGuessed() {
    Resolution resolution = resolve(List.of(git("a1", "Ada Lovelace", "ada@example.org"),
        git("a2", "Ada Byron", "ada@example.org")),
        new Decision.NeverLink(RecordId.of("a1"), RecordId.of("a2"), "alice", AT, "two people"));
    OrgDirectory directory = OrgDirectory.of(organisation(), resolution);

    assertThat(directory.contributorOf("ada@example.org")).isEmpty();
    assertThat(directory.unmatchedDevelopers()).extracting(Developer::email).doesNotContain("ada@example.org");
    assertThat(directory.danglingContributors()).isEmpty();
    assertThat(directory.ambiguousMatches()).singleElement().satisfies(match -> {
      assertThat(emails(match.developers())).containsExactly("ada@example.org");
      assertThat(match.contributors()).extracting(Contributor::id)
          .containsExactlyInAnyOrder(idOf(resolution, "a1"), idOf(resolution, "a2"));
      assertThat(match.describe()).startsWith("ada@example.org is held by 2 contributors (")
          .endsWith("); merge them if they are one person");
    });
  }

  @Test
  void ambiguousMatch_contributorHoldingSeveralDevelopersEmails_isReportedNotGuessed() {
    Resolution resolution = resolve(List.of(git("b1", "Bob", "bob@example.org"),
        git("c1", "Carol", "carol@example.org")),
        new Decision.Merge(RecordId.of("b1"), RecordId.of("c1"), "alice", AT, "shared laptop"));
    OrgDirectory directory = OrgDirectory.of(organisation(), resolution);
    ContributorId merged = idOf(resolution, "b1");

    assertThat(directory.developerOf(merged)).isEmpty();
    assertThat(directory.teamsOf(merged, JAN)).isEmpty();
    assertThat(directory.contributorsOf(Team.named("Core"), JAN)).isEmpty();
    assertThat(directory.ambiguousMatches()).singleElement().satisfies(match -> {
      assertThat(emails(match.developers())).containsExactly("bob@example.org", "carol@example.org");
      assertThat(match.describe()).isEqualTo("2 developers (bob@example.org, carol@example.org) are held "
          + "by one contributor (" + merged + "); split the records of different people, or remove a "
          + "duplicate developer");
    });
  }
}
