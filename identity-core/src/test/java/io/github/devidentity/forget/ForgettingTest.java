package io.github.devidentity.forget;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.audit.AuditEvent;
import io.github.devidentity.audit.AuditTrail;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forgetting a person end to end: after it, resolving the filtered records with the purged log
 * gives a resolution without any of the person's records, emails or decisions, the audit trail
 * names nothing of theirs, and a re-sync that brings them back drops them.
 */
final class ForgettingTest {
  private static final Instant T0 = Instant.parse("2026-10-01T09:00:00Z");
  private static final Instant T1 = Instant.parse("2026-10-08T09:00:00Z");
  private static final Instant T2 = Instant.parse("2026-10-15T09:00:00Z");
  private static final Integration GIT = Integration.of(IntegrationType.GIT);
  private static final Integration GITHUB = Integration.of(IntegrationType.GITHUB);
  private static final Integration JIRA = Integration.of(IntegrationType.JIRA_CLOUD);

  /** What no output may show once Ada is forgotten: her record ids, account ids, emails, name, decisions. */
  private static final List<String> ADAS = List.of(
      "ada-gh", "ada-git", "ada-jira", "1815", "5b10", "ada@example.org", "ada.lovelace@work.example",
      "Lovelace", "Ada's Jira account", "not the same person");

  private static final List<IdentityRecord> RECORDS = List.of(
      IdentityRecord.builder(RecordId.of("ada-gh"), GITHUB).accountId("1815").login("ada")
          .displayName("Ada Lovelace").email("ada@example.org").build(),
      IdentityRecord.builder(RecordId.of("ada-git"), GIT).displayName("Ada Lovelace").email("ada@example.org").build(),
      IdentityRecord.builder(RecordId.of("ada-jira"), JIRA).accountId("5b10").displayName("Countess of Lovelace")
          .email("ada.lovelace@work.example").build(),
      IdentityRecord.builder(RecordId.of("grace-git"), GIT).displayName("Grace Hopper").email("grace@example.org").build(),
      IdentityRecord.builder(RecordId.of("grace-jira"), JIRA).accountId("7c").displayName("Grace Hopper")
          .email("grace@example.org").build(),
      IdentityRecord.builder(RecordId.of("bob-git"), GIT).displayName("Bob Smith").email("bob@example.org").build());

  private static final DecisionLog LOG = DecisionLog.of(List.of(
      new Decision.Merge(RecordId.of("ada-git"), RecordId.of("ada-jira"), "bob", T0, "Ada's Jira account"),
      new Decision.NeverLink(RecordId.of("ada-gh"), RecordId.of("grace-git"), "bob", T0, "not the same person"),
      new Decision.NeverLink(RecordId.of("grace-git"), RecordId.of("bob-git"), "alice", T0, "")));

  /** Ada's accounts as a later sync brings them back, under new record ids. */
  private static final List<IdentityRecord> ADA_AGAIN = List.of(
      IdentityRecord.builder(RecordId.of("github-1815"), GITHUB).accountId("1815").login("ada").build(),
      IdentityRecord.builder(RecordId.of("git-abc"), GIT).displayName("A. L.").email("Ada@Example.org").build(),
      IdentityRecord.builder(RecordId.of("jira-5b10"), JIRA).accountId("5b10").build());

  private final Resolver resolver = Resolver.create();

  /** Every text a resolution can show. */
  private static String everything(Resolution resolution) {
    StringBuilder text = new StringBuilder();
    for (Contributor contributor : resolution.contributors()) {
      text.append(contributor).append(contributor.emails()).append(contributor.records())
          .append(contributor.attributes()).append(resolution.explain(contributor.id())).append('\n');
    }
    return text.append(resolution.assignments()).append(resolution.links()).append(resolution.reviewQueue())
        .append(resolution.warnings()).toString();
  }

  private static void assertNothingOfAda(String text) {
    for (String identifier : ADAS) {
      assertThat(text).doesNotContain(identifier);
    }
  }

  @Test
  void forgetting_leavesNoRecordEmailOrDecisionOfThePersonInTheResolution() {
    Resolution first = resolver.resolve(RECORDS, LOG);
    Contributor ada = first.contributorOf(RecordId.of("ada-gh")).orElseThrow();
    assertThat(ada.records()).hasSize(3);
    assertThat(everything(first)).contains("ada@example.org", "Ada's Jira account");

    Tombstones tombstones = Tombstones.create(TombstonesTest.SALT);
    tombstones = tombstones.with(tombstones.tombstone(ada, T1));
    FilteredRecords filtered = tombstones.filter(RECORDS);
    DecisionLog log = tombstones.purge(LOG);
    Resolution next = resolver.resolve(filtered.kept(), log, tombstones.purge(first.assignments()));

    assertThat(filtered.dropped()).extracting(dropped -> dropped.record().id().value())
        .containsExactly("ada-gh", "ada-git", "ada-jira");
    assertThat(log.decisions()).containsExactly(LOG.decisions().get(2));
    assertThat(next.contributors()).hasSize(2);
    assertThat(next.warnings()).isEmpty();
    assertNothingOfAda(everything(next));
    assertThat(next.assignments()).isEqualTo(first.assignments().entrySet().stream()
        .filter(entry -> !entry.getKey().value().startsWith("ada"))
        .collect(java.util.stream.Collectors.toMap(e -> e.getKey(), e -> e.getValue())));
  }

  @Test
  void forgetting_withoutPurgingTheLog_wouldStillNameThePersonsRecords() {
    Resolution first = resolver.resolve(RECORDS, LOG);
    Tombstones tombstones = Tombstones.create(TombstonesTest.SALT);
    tombstones = tombstones.with(tombstones.tombstone(first.contributorOf(RecordId.of("ada-gh")).orElseThrow(), T1));

    Resolution unpurged = resolver.resolve(tombstones.filter(RECORDS).kept(), LOG);

    assertThat(everything(unpurged)).contains("ada-gh");
  }

  @Test
  void forgetting_leavesOnlyAForgottenEventOfThePersonInTheAuditTrail() {
    AuditTrail trail = AuditTrail.create();
    Resolution first = resolver.resolve(RECORDS, LOG);
    trail.recordDecisions(LOG.decisions(), java.util.Map.of());
    trail.recordResolution(first, T0);
    Tombstones tombstones = Tombstones.create(TombstonesTest.SALT);
    Tombstone tombstone = tombstones.tombstone(first.contributorOf(RecordId.of("ada-gh")).orElseThrow(), T1);
    tombstones = tombstones.with(tombstone);
    assertThat(trail.events().toString()).contains("ada-gh", "Ada's Jira account");

    tombstones.purge(trail, "dpo");
    Resolution next = resolver.resolve(tombstones.filter(RECORDS).kept(), tombstones.purge(LOG),
        tombstones.purge(first.assignments()));
    trail.recordResolution(first, next, T1);

    assertNothingOfAda(trail.events().toString());
    assertThat(trail.events()).filteredOn(event -> event.kind() == AuditEvent.Kind.FORGOTTEN)
        .singleElement().satisfies(event -> assertThat(event.source()).isEqualTo(tombstone.id()));
    assertThat(trail.decisions()).isEqualTo(tombstones.purge(LOG));
    assertThat(trail.page(first.contributorOf(RecordId.of("ada-gh")).orElseThrow().id(), 10).events()).isEmpty();
  }

  @Test
  void forgetting_aResyncBringingThePersonBack_dropsThemAndSaysWhy() {
    Resolution first = resolver.resolve(RECORDS, LOG);
    Tombstones made = Tombstones.create(TombstonesTest.SALT);
    Tombstone tombstone = made.tombstone(first.contributorOf(RecordId.of("ada-gh")).orElseThrow(), T1);
    // As after an export and an import: the list and the salt, kept apart.
    Tombstones tombstones = Tombstones.of(TombstonesTest.SALT.clone(), List.copyOf(made.with(tombstone).tombstones()));
    List<IdentityRecord> resync = new ArrayList<>(RECORDS);
    resync.addAll(ADA_AGAIN);

    FilteredRecords filtered = tombstones.filter(resync);
    Resolution next = resolver.resolve(filtered.kept(), tombstones.purge(LOG), tombstones.purge(first.assignments()));

    assertThat(filtered.dropped()).hasSize(6).allSatisfy(dropped -> assertThat(dropped.tombstone()).isEqualTo(tombstone.id()));
    assertThat(filtered.dropped()).extracting(DroppedRecord::caughtBy).endsWith(
        Tombstone.Kind.ACCOUNT_ID, Tombstone.Kind.EMAIL, Tombstone.Kind.ACCOUNT_ID);
    assertNothingOfAda(everything(next));
    assertThat(everything(next)).doesNotContain("github-1815", "git-abc", "jira-5b10");
    assertThat(next.contributors()).extracting(Contributor::displayName).containsExactlyInAnyOrder("Grace Hopper", "Bob Smith");
  }
}
