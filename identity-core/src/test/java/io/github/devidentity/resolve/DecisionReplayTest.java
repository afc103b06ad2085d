package io.github.devidentity.resolve;

import static io.github.devidentity.resolve.Records.git;
import static io.github.devidentity.resolve.Records.id;
import static io.github.devidentity.resolve.ResolverTest.together;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.decision.DecisionStore;
import io.github.devidentity.model.IdentityRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class DecisionReplayTest {
  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
  private final Resolver resolver = Resolver.create();

  private static final List<IdentityRecord> RECORDS = List.of(
      git("a1", "Ada Lovelace", "ada@example.org"),
      git("a2", "Ada Lovelace", "ada@work.example"),
      git("b1", "Bea Smith", "bea@example.org"),
      git("c1", "Cyd", "cyd@example.org"));

  @Test
  void merge_joinsWhatNoStrategyLinksAndSaysWho() {
    Resolution resolution = resolver.resolve(RECORDS,
        DecisionLog.empty().append(new Decision.Merge(id("b1"), id("c1"), "alice", T, "Cyd is Bea's nickname")));

    assertThat(together(resolution, "b1", "c1")).isTrue();
    Link link = resolution.explain(id("c1")).get(0);
    assertThat(link.manual()).isTrue();
    assertThat(link.evidence().get(0).explanation()).isEqualTo("alice merged b1 and c1: Cyd is Bea's nickname");
  }

  @Test
  void neverLink_keepsAutomaticallyLinkedRecordsApart() {
    Resolution resolution = resolver.resolve(RECORDS,
        DecisionLog.empty().append(new Decision.NeverLink(id("a1"), id("a2"), "alice", T, "namesakes")));

    assertThat(together(resolution, "a1", "a2")).isFalse();
    assertThat(resolution.reviewQueue()).isEmpty();
  }

  @Test
  void split_detachesARecordForGood() {
    List<IdentityRecord> records = new ArrayList<>(RECORDS);
    records.add(git("a3", "Ada Lovelace", "ada@example.org"));

    Resolution resolution = resolver.resolve(records,
        DecisionLog.empty().append(new Decision.Split(id("a1"), "alice", T, "")));

    assertThat(together(resolution, "a1", "a2")).isFalse();
    assertThat(together(resolution, "a1", "a3")).isFalse();
    assertThat(together(resolution, "a2", "a3")).isTrue();
    assertThat(resolution.contributorOf(id("a1")).orElseThrow().records()).hasSize(1);
  }

  @Test
  void laterDecisions_overrideEarlierOnes() {
    DecisionLog log = DecisionLog.empty().append(
        new Decision.NeverLink(id("a1"), id("a2"), "alice", T, ""),
        new Decision.Merge(id("a2"), id("a1"), "bob", T.plusSeconds(60), "checked with HR"));
    assertThat(together(resolver.resolve(RECORDS, log), "a1", "a2")).isTrue();

    DecisionLog reversed = log.append(new Decision.NeverLink(id("a1"), id("a2"), "carol", T.plusSeconds(120), ""));
    assertThat(together(resolver.resolve(RECORDS, reversed), "a1", "a2")).isFalse();

    DecisionLog merged = DecisionLog.empty().append(
        new Decision.Merge(id("a1"), id("c1"), "alice", T, ""),
        new Decision.Split(id("c1"), "bob", T.plusSeconds(1), ""));
    assertThat(together(resolver.resolve(RECORDS, merged), "a1", "c1")).isFalse();
  }

  @Test
  void reviewDecisions_actAsMergeAndNeverLink() {
    List<IdentityRecord> records = List.of(
        Records.github("h1", "1", "octocat", "Octo Cat", "shared@example.org"),
        Records.github("h2", "2", "hubot", "Hu Bot", "shared@example.org"));
    DecisionStore store = DecisionStore.inMemory();
    Resolution first = resolver.resolve(records, store.load());
    ReviewItem item = first.reviewQueue().get(0);

    store.append(List.of(item.accept("alice", T, "same person, two logins")));
    Resolution accepted = resolver.resolve(records, store.load());
    assertThat(together(accepted, "h1", "h2")).isTrue();
    assertThat(accepted.reviewQueue()).isEmpty();

    store.append(List.of(item.reject("bob", T.plusSeconds(1), "")));
    Resolution rejected = resolver.resolve(records, store.load());
    assertThat(together(rejected, "h1", "h2")).isFalse();
    assertThat(rejected.reviewQueue()).isEmpty();
  }

  @Test
  void decisions_surviveAResyncWithMoreData() {
    DecisionLog log = DecisionLog.empty().append(
        new Decision.NeverLink(id("a1"), id("a2"), "alice", T, "namesakes"),
        new Decision.Merge(id("b1"), id("c1"), "alice", T, ""));
    List<IdentityRecord> more = new ArrayList<>(RECORDS);
    more.add(git("a4", "Ada Lovelace", "ada@example.org"));
    more.add(git("c2", "Cyd", "cyd@example.org"));

    Resolution resolution = resolver.resolve(more, log);

    assertThat(together(resolution, "a1", "a2")).isFalse();
    assertThat(together(resolution, "a1", "a4")).isTrue();
    assertThat(together(resolution, "b1", "c2")).isTrue();
  }

  @Test
  void decisionsAboutUnknownRecords_areReportedNotDropped() {
    Resolution resolution = resolver.resolve(RECORDS,
        DecisionLog.empty().append(new Decision.Merge(id("a1"), id("gone"), "alice", T, "")));

    assertThat(resolution.warnings()).singleElement().satisfies(w -> {
      assertThat(w.kind()).isEqualTo(ResolutionWarning.Kind.UNKNOWN_RECORD);
      assertThat(w.message()).isEqualTo(
          "a decision names record gone, which is not in the input; the decision stays in the log, unapplied");
    });
  }

  @Test
  void mergesAcrossANeverLink_areReportedAsConflict() {
    DecisionLog log = DecisionLog.empty().append(
        new Decision.Merge(id("b1"), id("c1"), "alice", T, ""),
        new Decision.NeverLink(id("a1"), id("c1"), "bob", T, ""),
        new Decision.Merge(id("a1"), id("b1"), "carol", T, ""));

    Resolution resolution = resolver.resolve(RECORDS, log);

    assertThat(together(resolution, "a1", "c1")).isTrue();
    assertThat(resolution.warnings()).extracting(ResolutionWarning::kind)
        .containsExactly(ResolutionWarning.Kind.DECISION_CONFLICT);
  }
}
