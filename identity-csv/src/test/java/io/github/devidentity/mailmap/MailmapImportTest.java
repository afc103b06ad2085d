package io.github.devidentity.mailmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

final class MailmapImportTest {
  private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");
  private static final Integration GIT = Integration.of(IntegrationType.GIT);

  static IdentityRecord git(String id, String name, String email) {
    return IdentityRecord.builder(RecordId.of(id), GIT).displayName(name).email(email).build();
  }

  private static RecordId id(String value) {
    return RecordId.of(value);
  }

  private static Mailmap mailmap(String... lines) {
    return Mailmap.parse(String.join("\n", lines) + "\n", "mailmap.txt");
  }

  @Test
  void of_mergesEveryRecordWithTheOneCarryingTheCanonicalIdentity() {
    Mailmap mailmap = mailmap(
        "Bert Belder <bertbelder@gmail.com> <info@2bs.nl>",
        "Bert Belder <bertbelder@gmail.com> <user@ChrUbuntu.(none)>");
    List<IdentityRecord> records = List.of(
        git("r3", "bert", "USER@chrubuntu.(none)"),
        git("r2", "Bert Belder", "info@2bs.nl"),
        git("r9", "Bert Belder", "bertbelder@gmail.com"),
        git("r4", "Ryan Dahl", "ry@tinyclouds.org"));

    MailmapImport imported = MailmapImport.of(mailmap, records, "auto", AT);

    assertThat(imported.decisions()).containsExactly(
        new Decision.Merge(id("r9"), id("r2"), "auto", AT, "mailmap.txt:1: \"Bert Belder <info@2bs.nl>\" and"
            + " \"Bert Belder <bertbelder@gmail.com>\" both map to \"Bert Belder <bertbelder@gmail.com>\""),
        new Decision.Merge(id("r9"), id("r3"), "auto", AT, "mailmap.txt:2: \"bert <USER@chrubuntu.(none)>\" and"
            + " \"Bert Belder <bertbelder@gmail.com>\" both map to \"Bert Belder <bertbelder@gmail.com>\""));
    assertThat(imported.joined()).containsExactly(
        Map.entry(GitIdentity.of("Bert Belder", "bertbelder@gmail.com"), List.of(id("r9"), id("r2"), id("r3"))));
    assertThat(imported.unusedEntries()).isEmpty();
  }

  @Test
  void of_withoutARecordCarryingTheCanonicalIdentity_anchorsOnTheFirstRecord() {
    Mailmap mailmap = mailmap("Ada Lovelace <ada@example.org> <a@old.example.org>", "Ada Lovelace <ada@example.org> ada <x@example.org>");
    List<IdentityRecord> records = List.of(git("b", "ADA", "x@example.org"), git("a", "Ada", "a@old.example.org"));

    MailmapImport imported = MailmapImport.of(mailmap, records, "alice", AT);

    assertThat(imported.decisions()).singleElement().satisfies(merge -> {
      assertThat(merge.records()).containsExactly(id("a"), id("b"));
      assertThat(merge.note()).isEqualTo("mailmap.txt:1,2: \"ADA <x@example.org>\" and \"Ada <a@old.example.org>\" both"
          + " map to \"Ada Lovelace <ada@example.org>\"");
      assertThat(merge.actor()).isEqualTo("alice");
    });
  }

  @Test
  void of_joinsTwoRecordsOfOneUntouchedIdentityThroughAMappedOne() {
    Mailmap mailmap = mailmap("Bo <bo@example.org> <b@old.example.org>");
    List<IdentityRecord> records = List.of(
        git("1", "Bo", "bo@example.org"),
        IdentityRecord.builder(id("2"), Integration.of(IntegrationType.GIT, "other-repo"))
            .displayName("Bo").email("bo@example.org").build(),
        git("3", "Bo", "b@old.example.org"));

    MailmapImport imported = MailmapImport.of(mailmap, records, "auto", AT);

    assertThat(imported.decisions()).extracting(Decision::records)
        .containsExactly(List.of(id("3"), id("2")), List.of(id("1"), id("3")));
  }

  @Test
  void of_leavesIdentitiesNoLineTouchesToTheResolver() {
    Mailmap mailmap = mailmap("Ada <ada@example.org> <a@old.example.org>");
    List<IdentityRecord> records = List.of(git("1", "Bo", "bo@example.org"), git("2", "Bo", "bo@example.org"));

    assertThat(MailmapImport.of(mailmap, records, "auto", AT).decisions()).isEmpty();
  }

  @Test
  void of_keepsApartIdentitiesThatDifferOnlyInCase_asShortlogDoes() {
    Mailmap mailmap = mailmap("<ada@example.org> <a@old.example.org>");
    List<IdentityRecord> records = List.of(git("1", "ada", "a@old.example.org"), git("2", "Ada", "ada@example.org"));

    assertThat(MailmapImport.of(mailmap, records, "auto", AT).decisions()).isEmpty();
  }

  @Test
  void of_recordWithSeveralEmails_isJoinedOncePerPair() {
    Mailmap mailmap = mailmap("Ada <ada@example.org> <a1@example.org>", "Ada <ada@example.org> <a2@example.org>",
        "Bo <bo@example.org> <b1@example.org>");
    IdentityRecord github = IdentityRecord.builder(id("gh"), Integration.of(IntegrationType.GITHUB))
        .displayName("Ada").email("a1@example.org").email("a2@example.org").email("b1@example.org").build();
    List<IdentityRecord> records = List.of(github, git("g1", "Ada", "ada@example.org"), git("g2", "Bo", "bo@example.org"));

    MailmapImport imported = MailmapImport.of(mailmap, records, "auto", AT);

    assertThat(imported.decisions()).extracting(Decision::records)
        .containsExactly(List.of(id("g1"), id("gh")), List.of(id("g2"), id("gh")));
  }

  @Test
  void of_listsTheEntriesThatMapNoRecord() {
    Mailmap mailmap = mailmap("Ada <ada@example.org> <a@old.example.org>", "Nobody <n@example.org> <n@old.example.org>",
        "Overridden <a@old.example.org>", "Ada <a@old.example.org>");

    MailmapImport imported = MailmapImport.of(mailmap, List.of(git("1", "A", "a@old.example.org")), "auto", AT);

    assertThat(imported.unusedEntries()).extracting(Mailmap.Entry::line).containsExactly(2, 3);
    assertThat(imported).hasToString("MailmapImport[0 merges joining 0 identities; 2 entries unused]");
  }

  @Test
  void of_recordsSharingAnId_areRejected() {
    List<IdentityRecord> records = List.of(git("1", "A", "a@example.org"), git("1", "B", "b@example.org"));

    assertThatThrownBy(() -> MailmapImport.of(mailmap("A <a@example.org>"), records, "auto", AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two records have the id 1; record ids must be unique");
  }

  @Test
  void of_blankActor_isRejectedEvenWithoutDecisions() {
    assertThatThrownBy(() -> MailmapImport.of(mailmap("A <a@example.org>"), List.of(), " ", AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor is blank; give a person's id or \"auto\"");
  }

  @Test
  void of_isIndependentOfRecordOrder() {
    Mailmap mailmap = mailmap("Bert Belder <bertbelder@gmail.com> <info@2bs.nl>", "Bo <bo@example.org> Bo <b@x.org>");
    List<IdentityRecord> records = List.of(git("r3", "Bo", "B@X.org"), git("r2", "Bert", "info@2bs.nl"),
        git("r1", "Bert Belder", "bertbelder@gmail.com"), git("r0", "Bo", "bo@example.org"));

    List<Decision.Merge> forward = MailmapImport.of(mailmap, records, "auto", AT).decisions();
    List<IdentityRecord> reversed = new ArrayList<>(records);
    Collections.reverse(reversed);
    List<Decision.Merge> backward = MailmapImport.of(mailmap, reversed, "auto", AT).decisions();

    assertThat(forward).hasSize(2).isEqualTo(backward);
  }

  /** The maintainers' own mailmaps: every pair a project's mailmap joins ends in one contributor. */
  @Test
  void decisions_onTheSharedProjects_joinEveryPairTheirMailmapJoins() {
    List<String> projects = SharedMailmapData.projects();
    Assumptions.assumeTrue(!projects.isEmpty(), "no shared mailmap data at " + SharedMailmapData.ROOT.toAbsolutePath());

    for (String project : projects) {
      SharedMailmapData data = SharedMailmapData.load(project);
      for (IdentityRecord record : data.records()) {
        GitIdentity identity = GitIdentity.of(record).get(0);
        assertThat(data.mailmap().map(identity)).as("%s %s", project, record)
            .isEqualTo(data.persons().get(data.personOf().get(record.id())));
      }

      MailmapImport imported = MailmapImport.of(data.mailmap(), data.records(), "auto", AT);
      Resolution resolution = Resolver.create().resolve(data.records(), DecisionLog.of(imported.decisions()));

      List<List<RecordId>> groups = data.joinedGroups();
      assertThat(imported.joined()).as(project).hasSameSizeAs(groups);
      for (List<RecordId> group : groups) {
        Set<ContributorId> contributors = group.stream()
            .map(record -> resolution.contributorOf(record).orElseThrow().id()).collect(Collectors.toSet());
        assertThat(contributors).as("%s: the contributors of %s", project, group).hasSize(1);
      }
    }
  }
}
