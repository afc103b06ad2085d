package io.github.devidentity.licence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.AccountRef;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class LicenceCounterTest {
  private static final Instant AS_OF = Instant.parse("2026-12-01T00:00:00Z");
  private static final LicencePolicy LAST_90_DAYS =
      LicencePolicy.builder().activeWithin(Duration.ofDays(90), AS_OF).build();

  private static IdentityRecord.Builder record(String id, IntegrationType type) {
    return IdentityRecord.builder(RecordId.of(id), Integration.of(type));
  }

  private static IdentityRecord git(String id, String name, String email) {
    return record(id, IntegrationType.GIT).displayName(name).email(email).build();
  }

  private static IdentityRecord github(String id, String account, String name, String email) {
    return record(id, IntegrationType.GITHUB).accountId(account).login(name.toLowerCase().replace(' ', '-'))
        .displayName(name).email(email).build();
  }

  private static IdentityRecord jira(String id, String account, String name, String email) {
    return record(id, IntegrationType.JIRA_CLOUD).accountId(account).displayName(name).email(email).build();
  }

  private static IdentityRecord seen(IdentityRecord record, @Nullable String first, @Nullable String last) {
    return record.toBuilder().firstSeen(first == null ? null : Instant.parse(first))
        .lastSeen(last == null ? null : Instant.parse(last)).build();
  }

  private static LicenceReport count(LicencePolicy policy, IdentityRecord... records) {
    return LicenceCounter.create(policy).count(Resolver.create().resolve(List.of(records)));
  }

  private static LicenceReport count(IdentityRecord... records) {
    return count(LicencePolicy.allContributors(), records);
  }

  private static Map<ExclusionReason, Integer> exclusions(int bots, int noScm, int inactive, int unknown) {
    return Map.of(ExclusionReason.BOT, bots, ExclusionReason.NO_SCM_IDENTITY, noScm,
        ExclusionReason.INACTIVE, inactive, ExclusionReason.ACTIVITY_UNKNOWN, unknown);
  }

  @ParameterizedTest
  @EnumSource(value = IntegrationType.class, names = {"GIT", "GITHUB", "GITHUB_ENTERPRISE", "GITLAB",
      "BITBUCKET_CLOUD", "BITBUCKET_SERVER", "AZURE_DEVOPS", "HARNESS_CODE"})
  void count_oneScmRecord_isOneUnitBilledOnIt(IntegrationType type) {
    IdentityRecord record = record("r1", type).accountId(type.hasAccountIds() ? "42" : null)
        .displayName("Ada Lovelace").email("ada@example.org").build();

    LicenceReport report = count(record);

    assertThat(report.count()).isEqualTo(1);
    assertThat(report.billable()).singleElement().satisfies(entry -> {
      assertThat(entry.record()).isEqualTo(record);
      assertThat(entry.account()).isEqualTo(record.account());
      assertThat(entry.reason()).startsWith("holds " + type.displayName());
    });
    assertThat(report.exclusions()).isEqualTo(exclusions(0, 0, 0, 0));
  }

  @ParameterizedTest
  @EnumSource(value = IntegrationType.class, names = {"JIRA_CLOUD", "JIRA_DATA_CENTER", "CUSTOM"})
  void count_onlyNonScmRecords_isLeftOutWithNoScmIdentity(IntegrationType type) {
    LicenceReport report = count(record("r1", type).accountId("5b10").displayName("Ada Lovelace").build());

    assertThat(report.count()).isZero();
    assertThat(report.exclusions()).isEqualTo(exclusions(0, 1, 0, 0));
    assertThat(report.excluded(ExclusionReason.NO_SCM_IDENTITY)).singleElement()
        .extracting(Contributor::displayName).isEqualTo("Ada Lovelace");
  }

  @Test
  void count_bot_neverCounts() {
    LicenceReport report = count(
        record("b1", IntegrationType.GITHUB).accountId("49699333").login("dependabot[bot]").build(),
        record("b2", IntegrationType.GIT).displayName("CI").email("ci@example.org").bot(true).build(),
        git("g1", "Ada Lovelace", "ada@example.org"));

    assertThat(report.count()).isEqualTo(1);
    assertThat(report.exclusions()).isEqualTo(exclusions(2, 0, 0, 0));
    assertThat(report.excluded(ExclusionReason.BOT)).allMatch(Contributor::isBot).hasSize(2);
  }

  @Test
  void count_personAcrossTools_isOneUnitBilledOnTheAccount() {
    LicenceReport report = count(
        git("g1", "Ada Lovelace", "ada@example.org"),
        github("h1", "101", "Ada Lovelace", "ada@example.org"),
        jira("j1", "5b10", "Ada Lovelace", "ada@example.org"));

    assertThat(report.count()).isEqualTo(1);
    assertThat(report.contributors()).isEqualTo(1);
    BillableContributor ada = report.billable().get(0);
    assertThat(ada.record().id()).isEqualTo(RecordId.of("h1"));
    assertThat(ada.account()).contains(AccountRef.of(Integration.of(IntegrationType.GITHUB), "101"));
    assertThat(ada.reason()).isEqualTo("holds github/101 @ada-lovelace");
    assertThat(report.billable(ada.contributor().id())).contains(ada);
  }

  @Test
  void billable_prefersAnAccountThenTheLatestActivityThenTheSmallestId() {
    IdentityRecord oldAccount = seen(github("h2", "102", "Ada Lovelace", "ada@example.org"),
        null, "2026-01-01T00:00:00Z");
    IdentityRecord newAccount = seen(record("l1", IntegrationType.GITLAB).accountId("7").login("ada")
        .displayName("Ada Lovelace").email("ada@example.org").build(), null, "2026-06-01T00:00:00Z");
    IdentityRecord newest = seen(git("g1", "Ada Lovelace", "ada@example.org"), null, "2026-11-01T00:00:00Z");

    BillableContributor byAccount = count(oldAccount, newAccount, newest).billable().get(0);
    BillableContributor byId = count(
        git("g2", "Ada Lovelace", "ada@example.org"), git("g1", "Ada Lovelace", "ADA@example.org")).billable().get(0);

    assertThat(byAccount.record().id()).isEqualTo(RecordId.of("l1"));
    assertThat(byAccount.lastActivity()).contains(Instant.parse("2026-11-01T00:00:00Z"));
    assertThat(byId.record().id()).isEqualTo(RecordId.of("g1"));
    assertThat(byId.account()).isEmpty();
    assertThat(byId.reason()).isEqualTo("holds git \"Ada Lovelace\" <ADA@example.org>");
  }

  @Test
  void window_countsActiveScmRecordsOnly() {
    LicenceReport report = count(LAST_90_DAYS,
        seen(git("a1", "Ada Lovelace", "ada@example.org"), "2025-01-01T00:00:00Z", "2026-11-20T09:00:00Z"),
        seen(git("b1", "Bob Byte", "bob@example.org"), "2025-01-01T00:00:00Z", "2026-05-01T00:00:00Z"),
        git("c1", "Cy Null", "cy@example.org"));

    assertThat(report.billable()).singleElement().satisfies(entry -> {
      assertThat(entry.contributor().displayName()).isEqualTo("Ada Lovelace");
      assertThat(entry.reason()).isEqualTo("git \"Ada Lovelace\" <ada@example.org> seen 2025-01-01T00:00:00Z"
          + " to 2026-11-20T09:00:00Z, within the 90 days up to 2026-12-01T00:00:00Z");
    });
    assertThat(report.exclusions()).isEqualTo(exclusions(0, 0, 1, 1));
    assertThat(report.excluded(ExclusionReason.INACTIVE)).extracting(Contributor::displayName).containsExactly("Bob Byte");
    assertThat(report.excluded(ExclusionReason.ACTIVITY_UNKNOWN)).extracting(Contributor::displayName)
        .containsExactly("Cy Null");
  }

  @Test
  void window_ignoresActivityOutsideSourceCodeManagement() {
    LicenceReport report = count(LAST_90_DAYS,
        seen(github("h1", "101", "Ada Lovelace", "ada@example.org"), null, "2026-01-01T00:00:00Z"),
        seen(jira("j1", "5b10", "Ada Lovelace", "ada@example.org"), null, "2026-11-30T00:00:00Z"));

    assertThat(report.contributors()).isEqualTo(1);
    assertThat(report.count()).isZero();
    assertThat(report.exclusions()).isEqualTo(exclusions(0, 0, 1, 0));
  }

  @Test
  void window_billsTheActiveRecordEvenWhenAnotherIsNewerOutsideIt() {
    LicencePolicy sinceAugust = LicencePolicy.builder()
        .activeWithin(Duration.ofDays(30), Instant.parse("2026-09-01T00:00:00Z")).build();

    LicenceReport report = count(sinceAugust,
        seen(github("h1", "101", "Ada Lovelace", "ada@example.org"), "2026-10-01T00:00:00Z", "2026-11-01T00:00:00Z"),
        seen(git("g1", "Ada Lovelace", "ada@example.org"), "2026-01-01T00:00:00Z", "2026-08-15T00:00:00Z"));

    assertThat(report.billable()).singleElement().satisfies(entry -> {
      assertThat(entry.record().id()).isEqualTo(RecordId.of("g1"));
      assertThat(entry.lastActivity()).contains(Instant.parse("2026-11-01T00:00:00Z"));
    });
  }

  @Test
  void window_undatedRecordBesideAnInactiveOne_isActivityUnknown() {
    LicenceReport report = count(LAST_90_DAYS,
        seen(github("h1", "101", "Ada Lovelace", "ada@example.org"), null, "2026-01-01T00:00:00Z"),
        git("g1", "Ada Lovelace", "ada@example.org"));

    assertThat(report.count()).isZero();
    assertThat(report.exclusions()).isEqualTo(exclusions(0, 0, 0, 1));
  }

  @Test
  void window_includesBothEnds() {
    Instant start = AS_OF.minus(Duration.ofDays(90));

    LicenceReport report = count(LAST_90_DAYS,
        seen(git("a1", "Ada Lovelace", "ada@example.org"), null, start.toString()),
        seen(git("b1", "Bob Byte", "bob@example.org"), AS_OF.toString(), null),
        seen(git("c1", "Cy Early", "cy@example.org"), null, start.minusSeconds(1).toString()),
        seen(git("d1", "Di Late", "di@example.org"), AS_OF.plusSeconds(1).toString(), null),
        seen(git("e1", "Ed Long", "ed@example.org"), "2020-01-01T00:00:00Z", "2027-01-01T00:00:00Z"));

    assertThat(report.billable()).extracting(entry -> entry.contributor().displayName())
        .containsExactlyInAnyOrder("Ada Lovelace", "Bob Byte", "Ed Long");
    assertThat(report.excluded(ExclusionReason.INACTIVE)).extracting(Contributor::displayName)
        .containsExactlyInAnyOrder("Cy Early", "Di Late");
    assertThat(report.billable()).filteredOn(entry -> entry.contributor().displayName().equals("Bob Byte"))
        .singleElement().extracting(BillableContributor::reason).asString().contains("seen 2026-12-01T00:00:00Z, within");
  }

  @Test
  void duplicates_twoCountedAccountsInReview_wouldLowerTheCount() {
    LicenceReport report = count(
        github("h1", "101", "Sam Lee", "sam@example.org"),
        github("h2", "202", "Sam Lee", "sam@example.org"),
        git("g1", "Bob Byte", "bob@example.org"));

    assertThat(report.count()).isEqualTo(3);
    assertThat(report.duplicates()).singleElement().satisfies(duplicate -> {
      assertThat(duplicate.first().record().id()).isEqualTo(RecordId.of("h1"));
      assertThat(duplicate.second().record().id()).isEqualTo(RecordId.of("h2"));
      assertThat(duplicate.confidence()).isEqualTo(duplicate.item().confidence());
      assertThat(duplicate.toString()).contains("(github/101 @sam-lee) ~ ", "(github/202 @sam-lee)");
    });
    assertThat(report.countIfDuplicatesMerged()).isEqualTo(2);
    assertThat(report.toString()).isEqualTo("3 licence units of 3 contributors (bot 0, no_scm_identity 0,"
        + " inactive 0, activity_unknown 0 left out); 1 duplicate, 2 if merged");
  }

  @Test
  void duplicates_chainOfItems_mergesIntoOneUnit() {
    Resolution resolution = Resolver.create().resolve(List.of(
        github("h1", "101", "Sam Lee", "sam@example.org"),
        github("h2", "202", "Sam Lee", "sam@example.org"),
        github("h3", "303", "Sam Lee", "sam@example.org")));

    LicenceReport report = LicenceCounter.create().count(resolution);

    assertThat(report.count()).isEqualTo(3);
    assertThat(report.duplicates()).hasSizeGreaterThanOrEqualTo(2).hasSize(resolution.reviewQueue().size());
    assertThat(report.countIfDuplicatesMerged()).isEqualTo(1);
  }

  @Test
  void duplicates_reviewItemWithAnUncountedSide_isNotADuplicate() {
    LicenceReport report = count(LAST_90_DAYS,
        seen(github("h1", "101", "Sam Lee", "sam@example.org"), null, "2026-11-01T00:00:00Z"),
        seen(github("h2", "202", "Sam Lee", "sam@example.org"), null, "2024-01-01T00:00:00Z"));

    assertThat(report.count()).isEqualTo(1);
    assertThat(report.exclusions()).isEqualTo(exclusions(0, 0, 1, 0));
    assertThat(report.duplicates()).isEmpty();
    assertThat(report.countIfDuplicatesMerged()).isEqualTo(1);
  }

  @Test
  void duplicates_acceptedReview_isOneUnitAndNoLongerADuplicate() {
    List<IdentityRecord> records = List.of(
        github("h1", "101", "Sam Lee", "sam@example.org"),
        github("h2", "202", "Sam Lee", "sam@example.org"));
    Resolution before = Resolver.create().resolve(records);
    Decision accept = before.reviewQueue().get(0).accept("alice", AS_OF, "one person, two accounts");

    Resolution after = Resolver.create().resolve(records, DecisionLog.empty().append(List.of(accept)), Map.of());
    LicenceReport report = LicenceCounter.create().count(after);

    assertThat(LicenceCounter.create().count(before).countIfDuplicatesMerged()).isEqualTo(report.count());
    assertThat(report.count()).isEqualTo(1);
    assertThat(report.duplicates()).isEmpty();
  }

  @Test
  void count_emptyResolution_isZero() {
    LicenceReport report = LicenceCounter.create(LAST_90_DAYS).count(Resolver.create().resolve(List.of()));

    assertThat(report.count()).isZero();
    assertThat(report.contributors()).isZero();
    assertThat(report.exclusions()).isEqualTo(exclusions(0, 0, 0, 0));
    assertThat(report.policy()).isEqualTo(LAST_90_DAYS);
    assertThat(report.billable(ContributorId.of("c1"))).isEmpty();
  }
}
