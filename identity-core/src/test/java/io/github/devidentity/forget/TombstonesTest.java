package io.github.devidentity.forget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.audit.AuditEvent;
import io.github.devidentity.audit.AuditTrail;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.AccountRef;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class TombstonesTest {
  static final byte[] SALT = "a host's secret salt, 32 bytes..".getBytes(StandardCharsets.UTF_8);
  private static final Instant AT = Instant.parse("2026-10-01T09:00:00Z");
  private static final Integration GITHUB = Integration.of(IntegrationType.GITHUB);
  private static final Integration GITLAB = Integration.of(IntegrationType.GITLAB);
  private static final Integration JIRA = Integration.of(IntegrationType.JIRA_CLOUD);
  private static final Integration GIT = Integration.of(IntegrationType.GIT);

  private static final IdentityRecord ADA = IdentityRecord.builder(RecordId.of("gh-1"), GITHUB)
      .accountId("1815").login("Ada").displayName("Ada Lovelace").email("ada@example.org")
      .email("noreply@github.com").build();

  private final Tombstones empty = Tombstones.create(SALT);

  private static IdentityRecord record(String id, Integration integration) {
    return IdentityRecord.builder(RecordId.of(id), integration).build();
  }

  @Test
  void create_rejectsAShortSalt() {
    assertThatThrownBy(() -> Tombstones.create(new byte[15]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the salt is 15 bytes; expected at least 16, such as the 32 of Tombstones.newSalt()");
  }

  @Test
  void newSalt_isLongEnoughAndNotRepeated() {
    byte[] salt = Tombstones.newSalt();

    assertThat(salt).hasSize(32);
    assertThat(Arrays.equals(salt, Tombstones.newSalt())).isFalse();
    assertThat(Tombstones.create(salt).tombstones()).isEmpty();
  }

  @Test
  void tombstone_ofRecords_hashesEachIdentifierButNoPlaceholderEmail() {
    Tombstone tombstone = empty.tombstone(List.of(ADA), AT);

    assertThat(tombstone.hashes()).extracting(Tombstone.Hash::kind).containsExactlyInAnyOrder(
        Tombstone.Kind.RECORD_ID, Tombstone.Kind.ACCOUNT_ID, Tombstone.Kind.LOGIN, Tombstone.Kind.EMAIL);
    assertThat(tombstone.forgottenAt()).isEqualTo(AT);
    assertThat(tombstone.id()).matches("t-[0-9a-f]{16}");
  }

  @Test
  void tombstone_holdsNoRawValue() {
    String text = empty.tombstone(List.of(ADA), AT).toString().toLowerCase();

    for (String raw : List.of("gh-1", "1815", "ada", "lovelace", "example.org")) {
      assertThat(text).doesNotContain(raw);
    }
  }

  @Test
  void tombstone_ofAContributor_alsoHashesItsId() {
    Contributor contributor = Contributor.builder(ContributorId.of("c-ada")).record(ADA).build();

    Tombstone tombstone = empty.tombstone(contributor, AT);

    assertThat(tombstone.hashes()).extracting(Tombstone.Hash::kind).contains(Tombstone.Kind.CONTRIBUTOR_ID).hasSize(5);
  }

  @Test
  void tombstone_isTheSameForTheSameInputAndSaltOnly() {
    Tombstone tombstone = empty.tombstone(List.of(ADA), AT);
    byte[] otherSalt = SALT.clone();
    otherSalt[0]++;

    assertThat(empty.tombstone(List.of(ADA), AT)).isEqualTo(tombstone);
    assertThat(empty.tombstone(List.of(ADA), AT.plusSeconds(1)).id()).isNotEqualTo(tombstone.id());
    Tombstone salted = Tombstones.create(otherSalt).tombstone(List.of(ADA), AT);
    assertThat(salted.hashes()).doesNotContainAnyElementsOf(tombstone.hashes());
  }

  @Test
  void tombstone_rejectsNoRecords() {
    assertThatThrownBy(() -> empty.tombstone(List.of(), AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no records given; name the records of the person to forget");
  }

  @Test
  void filter_dropsTheRecordsOfAForgottenPersonAndSaysWhichTombstoneCaughtEach() {
    Tombstone tombstone = empty.tombstone(List.of(ADA), AT);
    Tombstones tombstones = empty.with(tombstone);
    IdentityRecord sameId = record("gh-1", GIT);
    IdentityRecord sameAccount = record("gh-99", GITHUB).toBuilder().accountId("1815").build();
    IdentityRecord sameLogin = record("gh-98", GITHUB).toBuilder().login("ADA").build();
    IdentityRecord sameEmail = IdentityRecord.builder(RecordId.of("git-7"), GIT).email(" <Ada@Example.ORG> ").build();
    IdentityRecord linked = record("git-8", GIT).toBuilder().linkedAccount(AccountRef.of(GITHUB, "1815")).build();
    IdentityRecord other = IdentityRecord.builder(RecordId.of("git-9"), GIT).email("grace@example.org").build();

    FilteredRecords filtered = tombstones.filter(List.of(sameId, other, sameAccount, sameLogin, sameEmail, linked));

    assertThat(filtered.kept()).containsExactly(other);
    assertThat(filtered.dropped()).containsExactly(
        new DroppedRecord(sameId, tombstone.id(), Tombstone.Kind.RECORD_ID),
        new DroppedRecord(sameAccount, tombstone.id(), Tombstone.Kind.ACCOUNT_ID),
        new DroppedRecord(sameLogin, tombstone.id(), Tombstone.Kind.LOGIN),
        new DroppedRecord(sameEmail, tombstone.id(), Tombstone.Kind.EMAIL),
        new DroppedRecord(linked, tombstone.id(), Tombstone.Kind.ACCOUNT_ID));
    assertThat(filtered.dropped().get(1)).hasToString("gh-99 dropped: its account id matches tombstone " + tombstone.id());
  }

  @Test
  void filter_matchesLoginsAndAccountIdsOnlyInTheirIntegration() {
    Tombstones tombstones = empty.with(empty.tombstone(List.of(ADA), AT));
    IdentityRecord gitlabLogin = record("gl-1", GITLAB).toBuilder().login("ada").build();
    IdentityRecord jiraAccount = record("jira-1", JIRA).toBuilder().accountId("1815").build();
    IdentityRecord otherInstance = record("ghe-1", Integration.of(IntegrationType.GITHUB, "acme"))
        .toBuilder().login("ada").accountId("1815").build();

    assertThat(tombstones.filter(List.of(gitlabLogin, jiraAccount, otherInstance)).dropped()).isEmpty();
  }

  @Test
  void filter_keepsRecordsSharingOnlyAPlaceholderEmail() {
    Tombstones tombstones = empty.with(empty.tombstone(List.of(ADA), AT));
    IdentityRecord shared = IdentityRecord.builder(RecordId.of("git-1"), GIT).email("noreply@github.com").build();

    assertThat(tombstones.filter(List.of(shared)).kept()).containsExactly(shared);
  }

  @Test
  void filter_underAnotherSalt_catchesNothing() {
    Tombstone tombstone = empty.tombstone(List.of(ADA), AT);
    byte[] otherSalt = SALT.clone();
    otherSalt[31]++;

    assertThat(Tombstones.of(otherSalt, List.of(tombstone)).filter(List.of(ADA)).kept()).containsExactly(ADA);
  }

  @Test
  void with_aTombstoneItHolds_isTheSameList() {
    Tombstones tombstones = empty.with(empty.tombstone(List.of(ADA), AT));

    assertThat(tombstones.with(tombstones.tombstones().get(0))).isSameAs(tombstones);
  }

  @Test
  void of_rejectsTwoDifferentTombstonesWithOneId() {
    Tombstone ada = empty.tombstone(List.of(ADA), AT);
    Tombstone other = new Tombstone(ada.id(), AT, Set.of(new Tombstone.Hash(Tombstone.Kind.EMAIL, TombstoneTest.HEX)));

    assertThatThrownBy(() -> empty.with(ada).with(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two different tombstones have the id " + ada.id() + "; a tombstone id names one forgotten person");
  }

  @Test
  void purge_removesTheDecisionsNamingAForgottenRecord() {
    Tombstones tombstones = empty.with(empty.tombstone(List.of(ADA), AT));
    Decision merge = new Decision.Merge(RecordId.of("gh-1"), RecordId.of("git-1"), "bob", AT, "Ada Lovelace");
    Decision never = new Decision.NeverLink(RecordId.of("git-2"), RecordId.of("git-3"), "bob", AT, "");
    Decision split = new Decision.Split(RecordId.of("gh-1"), "bob", AT, "");
    DecisionLog clean = DecisionLog.of(List.of(never));

    assertThat(tombstones.purge(DecisionLog.of(List.of(merge, never, split)))).isEqualTo(clean);
    assertThat(tombstones.purge(clean)).isSameAs(clean);
  }

  @Test
  void purge_removesForgottenRecordsAndContributorsFromAssignments() {
    Contributor ada = Contributor.builder(ContributorId.of("c-ada")).record(ADA).build();
    Tombstones tombstones = empty.with(empty.tombstone(ada, AT));
    Map<RecordId, ContributorId> assignments = new LinkedHashMap<>();
    assignments.put(RecordId.of("git-9"), ContributorId.of("c-grace"));
    assignments.put(RecordId.of("gh-1"), ContributorId.of("c-ada"));
    assignments.put(RecordId.of("git-5"), ContributorId.of("c-ada"));
    assignments.put(RecordId.of("git-1"), ContributorId.of("c-bob"));

    assertThat(tombstones.purge(assignments)).containsExactly(
        Map.entry(RecordId.of("git-9"), ContributorId.of("c-grace")), Map.entry(RecordId.of("git-1"), ContributorId.of("c-bob")));
  }

  @Test
  void purge_ofATrail_leavesOneForgottenEventPerTombstoneOnce() {
    Tombstone ada = empty.tombstone(List.of(ADA), AT);
    Tombstone grace = empty.tombstone(List.of(record("git-9", GIT)), AT.plusSeconds(60));
    Tombstones tombstones = empty.with(ada).with(grace);
    AuditTrail trail = AuditTrail.create();
    trail.recordDecisions(List.of(new Decision.Split(RecordId.of("gh-1"), "bob", AT, "")), Map.of());
    trail.recordDecisions(List.of(new Decision.Split(RecordId.of("git-1"), "bob", AT, "")), Map.of());

    assertThat(tombstones.purge(trail, "dpo")).isEqualTo(1);
    assertThat(tombstones.purge(trail, "dpo")).isZero();
    assertThat(trail.events()).extracting(AuditEvent::kind)
        .containsExactly(AuditEvent.Kind.MANUAL_SPLIT, AuditEvent.Kind.FORGOTTEN, AuditEvent.Kind.FORGOTTEN);
    assertThat(trail.events().get(1).source()).isEqualTo(ada.id());
    assertThat(trail.events().get(1).at()).isEqualTo(AT);
    assertThat(trail.events().get(2).source()).isEqualTo(grace.id());
    assertThat(trail.events().get(0).records()).containsExactly(RecordId.of("git-1"));
  }

  @Test
  void salt_isACopyAndNeverShown() {
    Tombstones tombstones = Tombstones.create(SALT);
    tombstones.salt()[0] = 0;

    assertThat(tombstones.salt()).isEqualTo(SALT);
    assertThat(tombstones.with(tombstones.tombstone(List.of(ADA), AT))).hasToString("Tombstones[1 tombstone]");
  }
}
