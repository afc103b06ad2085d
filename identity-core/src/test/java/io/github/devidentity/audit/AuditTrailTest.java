package io.github.devidentity.audit;

import static io.github.devidentity.audit.People.ADA_GIT;
import static io.github.devidentity.audit.People.ADA_GITHUB;
import static io.github.devidentity.audit.People.ALL;
import static io.github.devidentity.audit.People.GRACE_GIT;
import static io.github.devidentity.audit.People.GRACE_JIRA;
import static io.github.devidentity.audit.People.MARIA_NEW;
import static io.github.devidentity.audit.People.MARIA_OLD;
import static io.github.devidentity.audit.People.T0;
import static io.github.devidentity.audit.People.T1;
import static io.github.devidentity.audit.People.T2;
import static io.github.devidentity.audit.People.id;
import static io.github.devidentity.audit.People.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class AuditTrailTest {
  private final Resolver resolver = Resolver.create();
  private final AuditTrail trail = AuditTrail.create();

  private static List<AuditEvent.Kind> kinds(List<AuditEvent> events) {
    return events.stream().map(AuditEvent::kind).toList();
  }

  @Test
  void recordDecisions_makesOneEventPerDecisionWithWhoWhenWhyAndPreviousContributors() {
    Resolution first = resolver.resolve(ALL);
    Decision merge = new Decision.Merge(MARIA_OLD.id(), MARIA_NEW.id(), "bob", T1, "she changed her name");
    Decision split = new Decision.Split(ADA_GITHUB.id(), "alice", T1, "");
    Decision never = new Decision.NeverLink(ADA_GIT.id(), GRACE_GIT.id(), "alice", T1, "two people");
    Decision accept = new Decision.AcceptReview(ADA_GIT.id(), MARIA_OLD.id(), "carol", T2, "ok");
    Decision reject = new Decision.RejectReview(GRACE_GIT.id(), MARIA_NEW.id(), "carol", T2, "no");

    List<AuditEvent> events = trail.recordDecisions(List.of(merge, split, never, accept, reject), first.assignments());

    assertThat(kinds(events)).containsExactly(AuditEvent.Kind.MANUAL_MERGE, AuditEvent.Kind.MANUAL_SPLIT,
        AuditEvent.Kind.NEVER_LINK, AuditEvent.Kind.REVIEW_ACCEPTED, AuditEvent.Kind.REVIEW_REJECTED);
    assertThat(events).extracting(AuditEvent::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
    AuditEvent event = events.get(0);
    assertThat(event.actor()).isEqualTo("bob");
    assertThat(event.at()).isEqualTo(T1);
    assertThat(event.why()).isEqualTo("she changed her name");
    assertThat(event.records()).containsExactly(MARIA_OLD.id(), MARIA_NEW.id());
    assertThat(event.decisions()).containsExactly(merge);
    assertThat(event.previous()).containsExactly(
        Map.entry(MARIA_NEW.id(), of(first, MARIA_NEW)), Map.entry(MARIA_OLD.id(), of(first, MARIA_OLD)));
    assertThat(event.contributors()).containsExactlyInAnyOrder(of(first, MARIA_OLD), of(first, MARIA_NEW));
    assertThat(events.get(1).previous()).containsExactly(Map.entry(ADA_GITHUB.id(), of(first, ADA_GIT)));
  }

  @Test
  void recordDecisions_recordsNoPreviousContributorForUnknownRecords() {
    Decision merge = new Decision.Merge(id("new-1"), id("new-2"), "bob", T1, "");

    AuditEvent event = trail.recordDecisions(List.of(merge), Map.of()).get(0);

    assertThat(event.previous()).isEmpty();
    assertThat(event.contributors()).isEmpty();
    assertThat(event.records()).containsExactly(id("new-1"), id("new-2"));
  }

  @ParameterizedTest
  @CsvSource({
    "MERGE, MANUAL_MERGE",
    "SPLIT, MANUAL_SPLIT",
    "NEVER_LINK, NEVER_LINK",
    "ACCEPT_REVIEW, REVIEW_ACCEPTED",
    "REJECT_REVIEW, REVIEW_REJECTED",
    "MARK_BOT, BOT_OVERRIDE",
    "MARK_HUMAN, BOT_OVERRIDE",
    "SOME_LATER_KIND, OTHER_DECISION",
  })
  void kindOf_mapsDecisionKindsByName(String decisionKind, AuditEvent.Kind expected) {
    assertThat(AuditTrail.kindOf(decisionKind)).isEqualTo(expected);
  }

  @Test
  void kindOf_coversEveryDecisionKindOfThisVersion() {
    for (Decision.Kind kind : Decision.Kind.values()) {
      assertThat(AuditTrail.kindOf(kind.name())).as(kind.name()).isNotEqualTo(AuditEvent.Kind.OTHER_DECISION);
    }
  }

  @Test
  void decisions_isTheDecisionLogTheEventsCarry() {
    Decision merge = new Decision.Merge(MARIA_OLD.id(), MARIA_NEW.id(), "bob", T1, "");
    Decision never = new Decision.NeverLink(ADA_GIT.id(), GRACE_GIT.id(), "auto", T2, "from HR");
    Decision split = new Decision.Split(ADA_GITHUB.id(), "alice", T2, "");
    trail.recordDecisions(List.of(merge), Map.of());
    trail.recordResolution(resolver.resolve(ALL), T1);
    trail.recordImport("hr.csv", "alice", T2, "", List.of(never, split), Map.of());

    assertThat(trail.decisions()).isEqualTo(DecisionLog.of(List.of(merge, never, split)));
  }

  @Test
  void recordResolution_first_reportsEachAutomaticLinkWithItsEvidence() {
    Resolution first = resolver.resolve(ALL);

    List<AuditEvent> events = trail.recordResolution(first, T0);

    assertThat(kinds(events)).containsOnly(AuditEvent.Kind.AUTOMATIC_LINK).hasSize(2);
    AuditEvent ada = events.stream().filter(e -> e.records().contains(ADA_GIT.id())).findFirst().orElseThrow();
    assertThat(ada.actor()).isEqualTo("auto");
    assertThat(ada.at()).isEqualTo(T0);
    assertThat(ada.records()).containsExactlyInAnyOrder(ADA_GIT.id(), ADA_GITHUB.id());
    assertThat(ada.contributors()).containsExactly(of(first, ADA_GIT));
    assertThat(ada.previous()).isEmpty();
    assertThat(ada.why()).contains("same email \"ada@example.org\" (same-email, 0.97)");
  }

  @Test
  void recordResolution_ofAnUnchangedResolution_recordsNothing() {
    Resolution first = resolver.resolve(ALL);
    Resolution again = resolver.resolve(ALL, DecisionLog.empty(), first.assignments());

    assertThat(trail.recordResolution(first, again, T1)).isEmpty();
  }

  @Test
  void recordResolution_aRecordJoining_isOneLinkWithTheContributorItJoined() {
    Resolution first = resolver.resolve(ALL);
    IdentityRecord adaJira = IdentityRecord.builder(id("ada-jira"), GRACE_JIRA.integration())
        .accountId("7a").displayName("Ada Lovelace").email("ada@example.org").build();
    List<IdentityRecord> more = new ArrayList<>(ALL);
    more.add(adaJira);
    Resolution next = resolver.resolve(more, DecisionLog.empty(), first.assignments());

    List<AuditEvent> events = trail.recordResolution(first, next, T1);

    assertThat(events).hasSize(1);
    AuditEvent event = events.get(0);
    assertThat(event.kind()).isEqualTo(AuditEvent.Kind.AUTOMATIC_LINK);
    assertThat(event.records()).contains(adaJira.id());
    RecordId other = event.records().get(0).equals(adaJira.id()) ? event.records().get(1) : event.records().get(0);
    assertThat(event.previous()).containsExactly(Map.entry(other, of(first, ADA_GIT)));
    assertThat(event.contributors()).containsExactly(of(first, ADA_GIT));
  }

  @Test
  void recordResolution_aManualMerge_isTheDecisionsEventOnly() {
    Resolution first = resolver.resolve(ALL);
    Decision merge = new Decision.Merge(MARIA_OLD.id(), MARIA_NEW.id(), "bob", T1, "she changed her name");
    trail.recordDecisions(List.of(merge), first.assignments());
    Resolution next = resolver.resolve(ALL, DecisionLog.of(List.of(merge)), first.assignments());

    assertThat(of(next, MARIA_OLD)).isEqualTo(of(next, MARIA_NEW));
    assertThat(trail.recordResolution(first, next, T1)).isEmpty();
    assertThat(kinds(trail.events())).containsExactly(AuditEvent.Kind.MANUAL_MERGE);
  }

  @Test
  void recordResolution_aSplit_reportsTheLinkThatNoLongerHoldsWithItsOldEvidence() {
    Resolution first = resolver.resolve(ALL);
    Decision split = new Decision.Split(GRACE_JIRA.id(), "alice", T1, "a shared Jira login");
    Resolution next = resolver.resolve(ALL, DecisionLog.of(List.of(split)), first.assignments());

    List<AuditEvent> events = trail.recordResolution(first, next, T1);

    assertThat(events).hasSize(1);
    AuditEvent event = events.get(0);
    assertThat(event.kind()).isEqualTo(AuditEvent.Kind.AUTOMATIC_UNLINK);
    assertThat(event.records()).containsExactlyInAnyOrder(GRACE_GIT.id(), GRACE_JIRA.id());
    assertThat(event.previous()).containsOnly(
        Map.entry(GRACE_GIT.id(), of(first, GRACE_GIT)), Map.entry(GRACE_JIRA.id(), of(first, GRACE_GIT)));
    assertThat(event.contributors()).containsExactlyInAnyOrder(of(next, GRACE_GIT), of(next, GRACE_JIRA));
    assertThat(event.why()).startsWith("no longer linked: same email \"grace@example.org\"");
  }

  @Test
  void recordResolution_recordsThatHeldAContributorTogetherLeave_reportsItsPartsApart() {
    IdentityRecord a = People.git("a", "Jo Bloggs", "jo@example.org");
    IdentityRecord b = People.git("b", "Jo Bloggs", "jo@example.org").toBuilder().email("jb@work.example").build();
    IdentityRecord c = People.git("c", "Joanne Bloggs", "jb@work.example");
    // b shares an email with a and another with c; without b, a and c share nothing.
    Resolution first = resolver.resolve(List.of(a, b, c));
    assertThat(of(first, a)).isEqualTo(of(first, c));
    Resolution next = resolver.resolve(List.of(a, c), DecisionLog.empty(), first.assignments());

    List<AuditEvent> events = trail.recordResolution(first, next, T1);

    assertThat(events).hasSize(1);
    assertThat(events.get(0).kind()).isEqualTo(AuditEvent.Kind.AUTOMATIC_UNLINK);
    assertThat(events.get(0).records()).containsExactly(a.id(), c.id());
    assertThat(events.get(0).why()).isEqualTo("no longer linked: the records that joined them left the input");
  }

  @Test
  void recordImport_carriesTheFileTheDecisionsAndTheirRecords() {
    Resolution first = resolver.resolve(ALL);
    Decision merge = new Decision.Merge(MARIA_OLD.id(), MARIA_NEW.id(), "auto", T1, "");
    Decision never = new Decision.NeverLink(ADA_GIT.id(), GRACE_GIT.id(), "auto", T1, "");

    AuditEvent event = trail.recordImport(" hr-2026-10.csv ", "alice", T2, "monthly HR export",
        List.of(merge, never), first.assignments());

    assertThat(event.kind()).isEqualTo(AuditEvent.Kind.CSV_IMPORT);
    assertThat(event.source()).isEqualTo("hr-2026-10.csv");
    assertThat(event.actor()).isEqualTo("alice");
    assertThat(event.why()).isEqualTo("monthly HR export");
    assertThat(event.decisions()).containsExactly(merge, never);
    assertThat(event.records()).containsExactly(MARIA_OLD.id(), MARIA_NEW.id(), ADA_GIT.id(), GRACE_GIT.id());
    assertThat(event.previous()).hasSize(4).containsEntry(ADA_GIT.id(), of(first, ADA_GIT));
  }

  @Test
  void recordImport_rejectsABlankFileName() {
    assertThatThrownBy(() -> trail.recordImport(" ", "alice", T2, "", List.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("file is blank; give its name");
  }

  @Test
  void recordUpload_carriesTheUploadItsRecordsAndTheirContributors() {
    Resolution first = resolver.resolve(ALL);

    AuditEvent event = trail.recordUpload("cloud-ids.csv", "alice", T2, "Jira cloud ids from the admin console",
        List.of(GRACE_GIT.id(), id("not-resolved")), first.assignments());

    assertThat(event.kind()).isEqualTo(AuditEvent.Kind.CLOUD_ID_UPLOAD);
    assertThat(event.source()).isEqualTo("cloud-ids.csv");
    assertThat(event.records()).containsExactly(GRACE_GIT.id(), id("not-resolved"));
    assertThat(event.previous()).containsExactly(Map.entry(GRACE_GIT.id(), of(first, GRACE_GIT)));
    assertThat(event.contributors()).containsExactly(of(first, GRACE_GIT));
    assertThat(event.decisions()).isEmpty();
  }

  @Test
  void recordUpload_rejectsABlankActor() {
    assertThatThrownBy(() -> trail.recordUpload("ids.csv", "  ", T2, "", List.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor is blank; give a person's id or \"auto\"");
  }

  @Test
  void append_numbersTheHostsEventsAfterTheLast() {
    trail.recordDecisions(List.of(new Decision.Split(ADA_GIT.id(), "alice", T0, "")), Map.of());

    AuditEvent event = trail.append(AuditEvent.builder(AuditEvent.Kind.CLOUD_ID_UPLOAD, "ops", T1).sequence(99));

    assertThat(event.sequence()).isEqualTo(2);
    assertThat(trail.events()).extracting(AuditEvent::sequence).containsExactly(1L, 2L);
    assertThat(trail.size()).isEqualTo(2);
  }

  @Test
  void of_restoresATrailAndNumbersNewEventsAfterIt() {
    AuditEvent stored = AuditEvent.builder(AuditEvent.Kind.MANUAL_SPLIT, "alice", T0).sequence(41)
        .records(List.of(ADA_GIT.id())).build();
    AuditTrail restored = AuditTrail.of(List.of(stored));

    AuditEvent next = restored.append(AuditEvent.builder(AuditEvent.Kind.FORGOTTEN, "dpo", T1));

    assertThat(next.sequence()).isEqualTo(42);
    assertThat(restored.events()).containsExactly(stored, next);
  }

  @Test
  void of_rejectsEventsOutOfSequence() {
    AuditEvent second = AuditEvent.builder(AuditEvent.Kind.MANUAL_SPLIT, "alice", T0).sequence(2).build();
    AuditEvent first = second.toBuilder().sequence(1).build();

    assertThatThrownBy(() -> AuditTrail.of(List.of(second, first)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event 1 comes after event 2; events must be in increasing sequence");
  }

  /** Resolve, merge Maria by hand, re-resolve with a new record of hers: the trail of a story. */
  private Resolution story() {
    Resolution first = resolver.resolve(ALL);
    trail.recordResolution(first, T0);
    Decision merge = new Decision.Merge(MARIA_OLD.id(), MARIA_NEW.id(), "bob", T1, "she changed her name");
    trail.recordDecisions(List.of(merge), first.assignments());
    IdentityRecord mariaJira = IdentityRecord.builder(id("maria-jira"), GRACE_JIRA.integration())
        .accountId("9c").displayName("Maria Lindqvist").email("m.lindqvist@example.org").build();
    List<IdentityRecord> more = new ArrayList<>(ALL);
    more.add(mariaJira);
    Resolution next = resolver.resolve(more, DecisionLog.of(List.of(merge)), first.assignments());
    trail.recordResolution(first, next, T2);
    return next;
  }

  @Test
  void page_givesAContributorsEventsNewestFirst() {
    Resolution next = story();
    ContributorId maria = of(next, MARIA_OLD);

    AuditPage page = trail.page(maria, 10);

    assertThat(kinds(page.events())).containsExactly(AuditEvent.Kind.AUTOMATIC_LINK, AuditEvent.Kind.MANUAL_MERGE);
    assertThat(page.events().get(0).records()).contains(id("maria-jira"));
    assertThat(page.nextCursor()).isEmpty();
  }

  @Test
  void page_followsTheRecordsOfAContributorWhoseIdWentAway() {
    Resolution first = resolver.resolve(ALL);
    ContributorId oldId = of(first, MARIA_OLD);
    ContributorId newId = of(first, MARIA_NEW);
    Resolution next = story();
    ContributorId survivor = of(next, MARIA_NEW);
    ContributorId gone = survivor.equals(oldId) ? newId : oldId;

    assertThat(next.contributor(gone)).isEmpty();
    // The merge event names both ids; the later link names only records the survivor now holds.
    assertThat(trail.page(survivor, 10).events()).hasSize(2);
    assertThat(trail.page(gone, 10).events()).extracting(AuditEvent::kind).containsExactly(AuditEvent.Kind.MANUAL_MERGE);
  }

  @Test
  void page_leavesOutOtherContributorsEvents() {
    Resolution next = story();

    List<AuditEvent> grace = trail.page(of(next, GRACE_GIT), 10).events();

    assertThat(grace).hasSize(1);
    assertThat(grace.get(0).records()).containsExactlyInAnyOrder(GRACE_GIT.id(), GRACE_JIRA.id());
  }

  @Test
  void page_walksEveryEventPageByPage() {
    ContributorId ada = ContributorId.of("c-ada");
    for (int i = 0; i < 7; i++) {
      trail.append(AuditEvent.builder(AuditEvent.Kind.CLOUD_ID_UPLOAD, "ops", T0).contributors(List.of(ada)));
      trail.append(AuditEvent.builder(AuditEvent.Kind.CLOUD_ID_UPLOAD, "ops", T0)
          .contributors(List.of(ContributorId.of("c-other"))));
    }

    List<Long> seen = new ArrayList<>();
    AuditPage page = trail.page(ada, 3);
    seen.addAll(page.events().stream().map(AuditEvent::sequence).toList());
    int pages = 1;
    while (page.nextCursor().isPresent()) {
      page = trail.page(ada, page.nextCursor().get(), 3);
      seen.addAll(page.events().stream().map(AuditEvent::sequence).toList());
      pages++;
    }

    assertThat(seen).containsExactly(13L, 11L, 9L, 7L, 5L, 3L, 1L);
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void page_aFullLastPage_hasNoNextCursor() {
    ContributorId ada = ContributorId.of("c-ada");
    for (int i = 0; i < 2; i++) {
      trail.append(AuditEvent.builder(AuditEvent.Kind.CLOUD_ID_UPLOAD, "ops", T0).contributors(List.of(ada)));
    }

    assertThat(trail.page(ada, 2).nextCursor()).isEmpty();
    assertThat(trail.page(ada, 1).nextCursor()).isPresent();
  }

  @Test
  void page_eventsAppendedBetweenPages_doNotDisturbTheNextPage() {
    ContributorId ada = ContributorId.of("c-ada");
    for (int i = 0; i < 4; i++) {
      trail.append(AuditEvent.builder(AuditEvent.Kind.CLOUD_ID_UPLOAD, "ops", T0).contributors(List.of(ada)));
    }
    AuditPage first = trail.page(ada, 2);
    trail.append(AuditEvent.builder(AuditEvent.Kind.CLOUD_ID_UPLOAD, "ops", T1).contributors(List.of(ada)));

    AuditPage second = trail.page(ada, first.nextCursor().orElseThrow(), 2);

    assertThat(second.events()).extracting(AuditEvent::sequence).containsExactly(2L, 1L);
    assertThat(trail.page(ada, "", 1).events()).extracting(AuditEvent::sequence).containsExactly(5L);
  }

  @ParameterizedTest
  @CsvSource({"0", "-1", "1001"})
  void page_rejectsALimitOutOfRange(int limit) {
    assertThatThrownBy(() -> trail.page(ContributorId.of("c1"), limit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit is " + limit + "; expected a page size from 1 to 1000");
  }

  @ParameterizedTest
  @CsvSource({
    // not base64
    "'***'",
    // base64 of "hello"
    "aGVsbG8",
    // base64 of "audit:x:c1"
    "YXVkaXQ6eDpjMQ",
    // base64 of "audit:0:c1"
    "YXVkaXQ6MDpjMQ",
  })
  void page_rejectsACursorItDidNotGive(String cursor) {
    assertThatThrownBy(() -> trail.page(ContributorId.of("c1"), cursor, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cursor \"" + cursor + "\" cannot be used: it is not a cursor this trail gave out; pass the "
            + "next cursor of this contributor's previous page, or none for the first page");
  }

  @Test
  void page_rejectsTheCursorOfAnotherContributor() {
    ContributorId ada = ContributorId.of("c-ada");
    for (int i = 0; i < 2; i++) {
      trail.append(AuditEvent.builder(AuditEvent.Kind.CLOUD_ID_UPLOAD, "ops", T0).contributors(List.of(ada)));
    }
    String cursor = trail.page(ada, 1).nextCursor().orElseThrow();

    assertThatThrownBy(() -> trail.page(ContributorId.of("c-bob"), cursor, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("it was given for contributor c-ada, not c-bob");
  }

  @Test
  void forget_removesTheEventsAboutThePersonAndLeavesOneForgottenEvent() {
    Resolution next = story();
    ContributorId maria = of(next, MARIA_OLD);
    Set<RecordId> hers = Set.of(MARIA_OLD.id(), MARIA_NEW.id(), id("maria-jira"));
    int before = trail.size();

    int changed = trail.forget(hers::contains, maria::equals, "t-1", "dpo", T2);

    assertThat(changed).isEqualTo(2);
    assertThat(trail.size()).isEqualTo(before - 2 + 1);
    AuditEvent marker = trail.events().get(trail.size() - 1);
    assertThat(marker.kind()).isEqualTo(AuditEvent.Kind.FORGOTTEN);
    assertThat(marker.source()).isEqualTo("t-1");
    assertThat(marker.actor()).isEqualTo("dpo");
    assertThat(marker.records()).isEmpty();
    assertThat(marker.contributors()).isEmpty();
    assertThat(marker.why()).isEmpty();
    assertThat(trail.events()).allSatisfy(event -> {
      assertThat(event.records()).doesNotContainAnyElementsOf(hers);
      assertThat(event.names(maria)).isFalse();
    });
    assertThat(trail.page(maria, 10).events()).isEmpty();
    assertThat(trail.decisions().isEmpty()).isTrue();
  }

  @Test
  void forget_again_changesNothingAndAddsNoSecondMarker() {
    story();
    trail.forget(r -> r.value().startsWith("maria"), c -> false, "t-1", "dpo", T2);
    List<AuditEvent> once = trail.events();

    assertThat(trail.forget(r -> r.value().startsWith("maria"), c -> false, "t-1", "dpo", T2)).isZero();
    assertThat(trail.events()).isEqualTo(once);
  }

  @Test
  void forget_redactsAnImportThatConcernsOthersToo() {
    Resolution first = resolver.resolve(ALL);
    Decision merge = new Decision.Merge(MARIA_OLD.id(), MARIA_NEW.id(), "auto", T1, "");
    Decision never = new Decision.NeverLink(ADA_GIT.id(), GRACE_GIT.id(), "auto", T1, "");
    AuditEvent imported = trail.recordImport("hr.csv", "alice", T1, "", List.of(merge, never), first.assignments());

    trail.forget(r -> r.value().startsWith("maria"), c -> c.equals(of(first, MARIA_OLD)), "t-1", "dpo", T2);

    AuditEvent redacted = trail.events().get(0);
    assertThat(redacted.sequence()).isEqualTo(imported.sequence());
    assertThat(redacted.source()).isEqualTo("hr.csv");
    assertThat(redacted.decisions()).containsExactly(never);
    assertThat(redacted.records()).containsExactly(ADA_GIT.id(), GRACE_GIT.id());
    assertThat(redacted.previous()).containsOnlyKeys(ADA_GIT.id(), GRACE_GIT.id());
    assertThat(redacted.contributors()).containsExactlyInAnyOrder(of(first, ADA_GIT), of(first, GRACE_GIT));
  }

  @Test
  void forget_removesAnImportAboutThePersonAlone() {
    Decision merge = new Decision.Merge(MARIA_OLD.id(), MARIA_NEW.id(), "auto", T1, "");
    trail.recordImport("hr.csv", "alice", T1, "", List.of(merge), Map.of());

    assertThat(trail.forget(r -> r.value().startsWith("maria"), c -> false, "t-1", "dpo", T2)).isEqualTo(1);
    assertThat(kinds(trail.events())).containsExactly(AuditEvent.Kind.FORGOTTEN);
  }

  @Test
  void toString_countsEvents() {
    trail.append(AuditEvent.builder(AuditEvent.Kind.CLOUD_ID_UPLOAD, "ops", T0));

    assertThat(trail).hasToString("AuditTrail[1 event]");
  }
}
