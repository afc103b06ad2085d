package io.github.devidentity.csv;

import static io.github.devidentity.csv.ContributorsCsvTest.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.csv.ContributorsImport.Mode;
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
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class ContributorsImportTest {
  private static final Integration GIT = Integration.of(IntegrationType.GIT);
  private static final Integration GITHUB = Integration.of(IntegrationType.GITHUB);
  private static final Integration JIRA = Integration.of(IntegrationType.JIRA_CLOUD);
  private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
  private static final String HEADER = "Full_Name,Email,Integration: git,Integration: github,Integration: jira-cloud";

  private static final List<IdentityRecord> RECORDS = List.of(
      record("gh-ada", GITHUB, "1815", "Ada Lovelace", "ada@example.org"),
      record("git-ada", GIT, null, "Ada Lovelace", "ada@example.org"),
      record("gh-bob", GITHUB, "42", "Bob Smith", "bob@example.org"),
      record("git-bob", GIT, null, "Bob Smith", "bob@example.org"),
      record("jira-grace", JIRA, "5b10", "Grace Hopper", "grace@example.org"),
      record("git-grace", GIT, null, "Grace Hopper", "grace@example.org"));

  private final Resolver resolver = Resolver.create();
  private final Resolution resolution = resolver.resolve(RECORDS);

  private static IdentityRecord record(String id, Integration integration, String accountId, String name,
      String... emails) {
    return IdentityRecord.builder(RecordId.of(id), integration).accountId(accountId).displayName(name)
        .emails(List.of(emails)).build();
  }

  private ContributorId id(String record) {
    return resolution.contributorOf(RecordId.of(record)).orElseThrow().id();
  }

  private static String file(String... rows) {
    return HEADER + "\n" + String.join("\n", rows) + "\n";
  }

  private ContributorsImport plan(String text, Mode mode) {
    ContributorsSheet sheet = read(text);
    assertThat(sheet.report().problems()).isEmpty();
    return sheet.plan(resolution, DecisionLog.empty(), mode);
  }

  /** The groups of records of a resolution, as sorted sets of ids. */
  private static Set<String> groups(Resolution resolution) {
    Set<String> groups = new TreeSet<>();
    for (Contributor contributor : resolution.contributors()) {
      groups.add(contributor.records().stream().map(r -> r.id().value()).sorted().collect(Collectors.joining(",")));
    }
    return groups;
  }

  private Resolution apply(ContributorsImport plan) {
    DecisionLog log = DecisionLog.empty().append(plan.decisions("alice", AT));
    return resolver.resolve(RECORDS, log, resolution.assignments());
  }

  @Test
  void plan_cancelsEarlierDecisionsTheFileContradicts() {
    DecisionLog earlier = DecisionLog.of(List.of(
        new Decision.Merge(RecordId.of("gh-ada"), RecordId.of("gh-bob"), "bob", AT, "looked alike"),
        new Decision.NeverLink(RecordId.of("jira-grace"), RecordId.of("git-grace"), "bob", AT, "two Graces")));
    Resolution merged = resolver.resolve(RECORDS, earlier);
    assertThat(groups(merged)).containsExactly("gh-ada,gh-bob,git-ada,git-bob", "git-grace", "jira-grace");
    ContributorsSheet sheet = read(file(
        "Ada Lovelace,ada@example.org,ada@example.org,1815,",
        "Bob Smith,bob@example.org,bob@example.org,42,",
        "Grace Hopper,grace@example.org,grace@example.org,,5b10"));

    ContributorsImport plan = sheet.plan(merged, earlier, Mode.UPDATE);
    DecisionLog log = earlier.append(plan.decisions("alice", AT));

    assertThat(plan.decisions("alice", AT)).extracting(Decision::describe).contains(
        "alice merged git-grace and jira-grace: contributors.csv (update): line 4 (grace@example.org) is one person",
        "alice never links gh-ada and gh-bob: contributors.csv (update): line 2 (ada@example.org) and line 3 "
            + "(bob@example.org) are different people");
    Resolution after = resolver.resolve(RECORDS, log, merged.assignments());
    assertThat(groups(after)).containsExactly("gh-ada,git-ada", "gh-bob,git-bob", "git-grace,jira-grace");
    assertThat(after.warnings()).isEmpty();
  }

  @Test
  void fixture_resolvesIntoThreePeople() {
    assertThat(groups(resolution)).containsExactly("gh-ada,git-ada", "gh-bob,git-bob", "git-grace,jira-grace");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void planOfTheExport_changesNothing(Mode mode) {
    StringWriter out = new StringWriter();
    ContributorsCsv.write(resolution.contributors(), out);

    ContributorsImport plan = plan(out.toString(), mode);

    assertThat(plan.diff().isEmpty()).isTrue();
    assertThat(plan.diff().toText())
        .isEqualTo("0 added, 0 changed, 0 removed, 0 records moved, 0 accounts unmatched\n");
    assertThat(plan.decisions("alice", AT)).isEmpty();
  }

  @Test
  void update_movingAnAccount_isADiffAndDecisionsThatHold() {
    ContributorsImport plan = plan(file(
        "Ada Lovelace,ada@example.org,ada@example.org,1815,",
        "Ada Lovelace,ada@example.org,,42,",
        "Bob Smith,bob@example.org,bob@example.org,,"), Mode.UPDATE);

    assertThat(plan.diff().toText()).isEqualTo(String.join("\n",
        "0 added, 2 changed, 0 removed, 1 record moved, 0 accounts unmatched",
        "changed " + first(id("gh-ada"), id("gh-bob")),
        "changed " + second(id("gh-ada"), id("gh-bob")),
        "moved gh-bob (github/42): " + id("gh-bob") + " -> " + id("gh-ada") + " (line 2, ada@example.org)",
        ""));
    assertThat(plan.decisions("alice", AT)).extracting(Decision::describe).containsExactly(
        "alice merged gh-ada and gh-bob: contributors.csv (update): line 2 (ada@example.org) is one person",
        "alice merged gh-ada and git-ada: contributors.csv (update): line 2 (ada@example.org) is one person",
        "alice never links gh-ada and git-bob: contributors.csv (update): line 2 (ada@example.org) and line 4 "
            + "(bob@example.org) are different people");
    assertThat(groups(apply(plan))).containsExactly("gh-ada,gh-bob,git-ada", "git-bob", "git-grace,jira-grace");
  }

  /** The changed line of Ada's and Bob's contributors, in id order. */
  private String first(ContributorId ada, ContributorId bob) {
    return ada.compareTo(bob) < 0 ? ada + " (line 2): gains gh-bob" : bob + " (line 4): loses gh-bob";
  }

  private String second(ContributorId ada, ContributorId bob) {
    return ada.compareTo(bob) < 0 ? bob + " (line 4): loses gh-bob" : ada + " (line 2): gains gh-bob";
  }

  @Test
  void update_joiningTwoPeople_removesOneAndMergesAll() {
    ContributorsImport plan = plan(file(
        "Ada Lovelace,ada@example.org,ada@example.org,1815,",
        "Ada Lovelace,ada@example.org,bob@example.org,42,"), Mode.UPDATE);

    assertThat(plan.diff().removed()).singleElement().hasToString("removed " + id("gh-bob")
        + " Bob Smith <bob@example.org>: the file gives its records to line 2 (ada@example.org, " + id("gh-ada") + ")");
    assertThat(plan.diff().changed()).singleElement()
        .hasToString("changed " + id("gh-ada") + " (line 2): gains gh-bob, git-bob");
    assertThat(plan.diff().moved()).extracting(ContributorsDiff.Move::record)
        .containsExactly(RecordId.of("gh-bob"), RecordId.of("git-bob"));
    assertThat(groups(apply(plan))).containsExactly("gh-ada,gh-bob,git-ada,git-bob", "git-grace,jira-grace");
  }

  @Test
  void update_separatingAnAccount_addsAPersonAndSplits() {
    ContributorsImport plan = plan(file(
        "Ada Lovelace,ada@example.org,,1815,",
        "Ada Twin,twin@example.org,ada@example.org,,"), Mode.UPDATE);

    assertThat(plan.diff().added()).singleElement()
        .hasToString("added line 3: Ada Twin <twin@example.org>: 1 record (git-ada)");
    assertThat(plan.diff().changed()).singleElement()
        .hasToString("changed " + id("gh-ada") + " (line 2): loses git-ada");
    assertThat(plan.diff().moved()).singleElement()
        .hasToString("moved git-ada (git/ada@example.org): " + id("git-ada") + " -> new contributor (line 3, "
            + "twin@example.org)");
    assertThat(groups(apply(plan))).containsExactly("gh-ada", "gh-bob,git-bob", "git-ada", "git-grace,jira-grace");
  }

  @Test
  void replace_removesWhoIsNotInTheFileBySeparatingTheirRecords() {
    ContributorsImport plan = plan(file(
        "Ada Lovelace,ada@example.org,ada@example.org,1815,",
        "Bob Smith,bob@example.org,bob@example.org,42,"), Mode.REPLACE);

    assertThat(plan.diff().removed()).singleElement().hasToString("removed " + id("jira-grace")
        + " Grace Hopper <grace@example.org>: not in the file; its 2 records are separated, one contributor each");
    assertThat(plan.decisions("alice", AT)).extracting(Decision::describe).containsExactly(
        "alice never links git-grace and jira-grace: contributors.csv (replace): record git-grace (not in the file) "
            + "and record jira-grace (not in the file) are different people");
    assertThat(groups(apply(plan))).containsExactly("gh-ada,git-ada", "gh-bob,git-bob", "git-grace", "jira-grace");
  }

  @Test
  void replace_separatesTheRecordsTheFileDoesNotNameFromItsPeople() {
    ContributorsImport plan = plan(file(
        "Ada Lovelace,ada@example.org,,1815,",
        "Bob Smith,bob@example.org,bob@example.org,42,",
        "Grace Hopper,grace@example.org,grace@example.org,,5b10"), Mode.REPLACE);

    assertThat(plan.diff().changed()).singleElement()
        .hasToString("changed " + id("gh-ada") + " (line 2): loses git-ada");
    assertThat(groups(apply(plan))).containsExactly("gh-ada", "gh-bob,git-bob", "git-ada", "git-grace,jira-grace");
  }

  @Test
  void update_leavesWhoIsNotInTheFileAndUnnamedRecordsWhereTheyAre() {
    ContributorsImport plan = plan(file("Ada Lovelace,ada@example.org,,1815,"), Mode.UPDATE);

    assertThat(plan.diff().isEmpty()).isTrue();
    assertThat(plan.decisionCount()).isZero();
  }

  @Test
  void update_namesAndAttributes_areChangesButNoDecisions() {
    ContributorsImport plan = plan("Full_Name,Email,Team,Integration: github\n"
        + "Ada King,ada@example.org,Core,1815\n"
        + "Bob Smith,bob@example.org,,\n", Mode.UPDATE);

    assertThat(plan.diff().changed()).extracting(Object::toString).containsExactlyInAnyOrder(
        "changed " + id("gh-ada") + " (line 2): Full_Name \"Ada Lovelace\" -> \"Ada King\"; Team \"\" -> \"Core\"");
    assertThat(plan.decisionCount()).isZero();
  }

  @Test
  void overlay_putsTheFilesNamesAndAttributesOnTheResolution() {
    ContributorsSheet sheet = read("Full_Name,Email,Team,Integration: github\n"
        + "Ada King,ada@example.org,Core,1815\n"
        + "Robert Smith,bob@example.org,Payments,\n");

    List<Contributor> overlaid = sheet.overlay(resolution);

    Map<ContributorId, Contributor> byId = overlaid.stream().collect(Collectors.toMap(Contributor::id, c -> c));
    assertThat(byId.get(id("gh-ada")).displayName()).isEqualTo("Ada King");
    assertThat(byId.get(id("gh-ada")).attributes()).isEqualTo(Map.of("Team", "Core"));
    assertThat(byId.get(id("gh-ada")).records()).isEqualTo(resolution.contributorOf(RecordId.of("gh-ada"))
        .orElseThrow().records());
    assertThat(byId.get(id("gh-bob")).displayName()).isEqualTo("Robert Smith");
    assertThat(byId.get(id("git-grace"))).isEqualTo(resolution.contributorOf(RecordId.of("git-grace")).orElseThrow());
  }

  @Test
  void plan_listsAccountsThatNameNoRecord() {
    ContributorsImport plan = plan(file("Ada Lovelace,ada@example.org,ada@example.org,1815,9999"), Mode.UPDATE);

    assertThat(plan.diff().unmatched()).singleElement()
        .hasToString("unmatched line 2 (ada@example.org): jira-cloud/9999 names no record");
  }

  @Test
  void plan_aRecordClaimedByTwoPeopleThroughTwoAddresses_isAnErrorAndBlocksTheDecisions() {
    List<IdentityRecord> records = new ArrayList<>(RECORDS);
    records.add(record("git-both", GIT, null, "Ann", "ann@example.org", "team@example.org"));
    Resolution withBoth = resolver.resolve(records);
    ContributorsSheet sheet = read(file(
        "Ann,ann@example.org,ann@example.org,,",
        "Tom,tom@example.org,team@example.org,,"));

    ContributorsImport plan = sheet.plan(withBoth, DecisionLog.empty(), Mode.UPDATE);

    assertThat(plan.report().toText()).isEqualTo("line 3: ERROR ACCOUNT_CLAIMED_TWICE: git/team@example.org names "
        + "record git-both, which line 2 (ann@example.org) names by git/ann@example.org; a record belongs to one "
        + "person: keep one of the two\n");
    assertThatThrownBy(() -> plan.decisions("alice", AT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("contributors.csv: 1 error, 0 warnings; fix the file before applying it");
  }

  @Test
  void plan_ofAFileWithErrors_isRefused() {
    ContributorsSheet sheet = read(file("Ada Lovelace,,ada@example.org,1815,"));

    assertThatThrownBy(() -> sheet.plan(resolution, DecisionLog.empty(), Mode.UPDATE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("contributors.csv: 1 error, 0 warnings; fix the file before using it");
  }

  @Test
  void mode_parsesIgnoringCase() {
    assertThat(Mode.parse(" Replace ")).isEqualTo(Mode.REPLACE);
    assertThatThrownBy(() -> Mode.parse("merge"))
        .hasMessage("\"merge\" is not an import mode; expected update or replace");
  }

  @Test
  void diffJson_holdsEveryPart() {
    ContributorsImport plan = plan(file(
        "Ada Lovelace,ada@example.org,,1815,",
        "Ada Twin,twin@example.org,ada@example.org,,7"), Mode.UPDATE);

    assertThat(plan.diff().toJson()).isEqualTo("{\"added\":[{\"line\":3,\"fullName\":\"Ada Twin\",\"email\":"
        + "\"twin@example.org\",\"records\":[\"git-ada\"]}],\"changed\":[{\"contributor\":\"" + id("gh-ada")
        + "\",\"line\":2,\"fullName\":\"Ada Lovelace\",\"email\":\"ada@example.org\",\"fields\":[],\"gained\":[],"
        + "\"lost\":[\"git-ada\"]}],\"removed\":[],\"moved\":[{\"record\":\"git-ada\",\"account\":"
        + "\"git/ada@example.org\",\"from\":\"" + id("git-ada") + "\",\"to\":null,\"line\":3,\"email\":"
        + "\"twin@example.org\"}],\"unmatched\":[{\"line\":3,\"email\":\"twin@example.org\",\"integration\":"
        + "\"jira-cloud\",\"account\":\"7\"}]}");
  }
}
