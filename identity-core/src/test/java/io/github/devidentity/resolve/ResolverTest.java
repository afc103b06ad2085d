package io.github.devidentity.resolve;

import static io.github.devidentity.resolve.Records.git;
import static io.github.devidentity.resolve.Records.github;
import static io.github.devidentity.resolve.Records.id;
import static io.github.devidentity.resolve.Records.jira;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.match.CorrelationStrategy;
import io.github.devidentity.match.Evidence;
import io.github.devidentity.match.StrategyChain;
import io.github.devidentity.model.AccountRef;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.normalize.NormalizedRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class ResolverTest {
  private final Resolver resolver = Resolver.create();

  static boolean together(Resolution resolution, String a, String b) {
    return resolution.assignments().get(id(a)).equals(resolution.assignments().get(id(b)));
  }

  @Test
  void resolve_joinsRecordsSharingAnEmailAcrossTools() {
    Resolution resolution = resolver.resolve(List.of(
        git("g1", "Ada Lovelace", "ada@example.org"),
        github("h1", "42", "ada", "Ada L.", "ADA@example.org"),
        jira("j1", "5b10", "Ada", "ada@example.org"),
        git("g2", "Charles Babbage", "charles@example.org")));

    assertThat(together(resolution, "g1", "h1")).isTrue();
    assertThat(together(resolution, "g1", "j1")).isTrue();
    assertThat(together(resolution, "g1", "g2")).isFalse();
    assertThat(resolution.contributors()).hasSize(2);
    Contributor ada = resolution.contributorOf(id("g1")).orElseThrow();
    assertThat(ada.displayName()).isEqualTo("Ada Lovelace");
    assertThat(ada.primaryEmail()).hasValue("ada@example.org");
    assertThat(ada.records()).extracting(IdentityRecord::id).containsExactly(id("g1"), id("h1"), id("j1"));
  }

  @Test
  void resolve_joinsNoreplyCommitToItsGitHubAccount() {
    Resolution resolution = resolver.resolve(List.of(
        github("h1", "583231", "octocat", "The Octocat", null),
        git("g1", "Mona", "583231+octocat@users.noreply.github.com")));

    assertThat(together(resolution, "h1", "g1")).isTrue();
    List<Link> chain = resolution.explain(id("h1"));
    assertThat(chain).hasSize(1);
    assertThat(chain.get(0).evidence()).extracting(Evidence::strategy).containsExactly("same-login", "same-handle");
  }

  @Test
  void resolve_joinsUploadedCloudIdToItsAccount() {
    IdentityRecord upload = git("g1", "Grace Hopper", "grace@example.org").toBuilder()
        .linkedAccount(AccountRef.of(Records.JIRA, "70121:abc")).build();

    Resolution resolution = resolver.resolve(List.of(upload, jira("j1", "70121:abc", "G. H.", null)));

    assertThat(together(resolution, "g1", "j1")).isTrue();
    assertThat(resolution.explain(id("j1")).get(0).toString())
        .isEqualTo("g1 -- j1: same account jira-cloud/70121:abc (same-cloud-id, 0.99)");
  }

  @Test
  void resolve_joinsSameFullNameDespiteAccentsAndOrder() {
    Resolution resolution = resolver.resolve(List.of(
        git("g1", "José Müller", "jose@home.example"),
        git("g2", "Muller, Jose", "jmuller@work.example")));

    assertThat(together(resolution, "g1", "g2")).isTrue();
    assertThat(resolution.explain(id("g2")).get(0).evidence().get(0).explanation())
        .isEqualTo("same full name \"jose muller\"");
  }

  @Test
  void resolve_neverLinksThroughPlaceholders() {
    Resolution resolution = resolver.resolve(List.of(
        git("g1", "unknown", "root@localhost"),
        git("g2", "unknown", "root@localhost"),
        git("g3", "Daniel", "noreply@github.com"),
        git("g4", "Daniel", "noreply@github.com"),
        git("g5", "Alex", "devnull@localhost")));

    assertThat(resolution.contributors()).hasSize(5);
    assertThat(resolution.reviewQueue()).isEmpty();
  }

  @Test
  void guard_keepsTwoAccountsOfOneToolApartAndQueuesThem() {
    Resolution resolution = resolver.resolve(List.of(
        github("h1", "1", "octocat", "Octo Cat", "shared@example.org"),
        github("h2", "2", "hubot", "Hu Bot", "shared@example.org"),
        git("g1", "Octo Cat", "shared@example.org")));

    assertThat(together(resolution, "h1", "h2")).isFalse();
    assertThat(together(resolution, "h1", "g1")).isTrue();
    assertThat(resolution.reviewQueue()).hasSize(1);
    ReviewItem item = resolution.reviewQueue().get(0);
    assertThat(item.reason()).isEqualTo("would join two different github.com accounts: octocat (#1) and hubot (#2)");
    assertThat(item.firstContributor()).isNotEqualTo(item.secondContributor());
  }

  @Test
  void guard_keepsBotsAwayFromPeople() {
    IdentityRecord bot = github("b1", "49699333", "dependabot[bot]", "dependabot[bot]", "ci@example.org")
        .toBuilder().bot(true).build();

    Resolution resolution = resolver.resolve(List.of(bot, git("g1", "Ada Lovelace", "ci@example.org"),
        git("g2", "Ada Lovelace", "ada@example.org")));

    assertThat(together(resolution, "b1", "g1")).isFalse();
    assertThat(together(resolution, "g1", "g2")).isTrue();
    assertThat(resolution.contributorOf(id("b1")).orElseThrow().isBot()).isTrue();
    assertThat(resolution.reviewQueue()).singleElement()
        .extracting(ReviewItem::reason).isEqualTo("would join a bot with a person");
  }

  @Test
  void guard_keepsDifferentPeopleApartThroughASharedAddress() {
    Resolution resolution = resolver.resolve(List.of(
        git("g1", "Ada Lovelace", "team@example.org"),
        git("g2", "Grace Hopper", "team@example.org"),
        git("g3", "Ada Lovelace", "ada@example.org")));

    assertThat(together(resolution, "g1", "g2")).isFalse();
    assertThat(together(resolution, "g1", "g3")).isTrue();
    assertThat(resolution.reviewQueue()).singleElement().extracting(ReviewItem::reason)
        .isEqualTo("would join different people's names: \"Ada Lovelace\" and \"Grace Hopper\"");
  }

  @Test
  void guard_trustsANoreplyAddressOverDisplayNames() {
    Resolution resolution = resolver.resolve(List.of(
        git("g1", "Brian Soto", "Iamsoto@users.noreply.github.com"),
        git("g2", "The Dog Lulu", "Iamsoto@users.noreply.github.com")));

    assertThat(together(resolution, "g1", "g2")).isTrue();
  }

  @Test
  void guard_recognisesBotsByTheirName() {
    Resolution resolution = resolver.resolve(List.of(
        git("g1", "dependabot[bot]", "shared@example.org"),
        git("g2", "Ada Lovelace", "shared@example.org")));

    assertThat(together(resolution, "g1", "g2")).isFalse();
    assertThat(resolution.contributorOf(id("g1")).orElseThrow().isBot()).isTrue();
    assertThat(resolution.contributorOf(id("g2")).orElseThrow().isBot()).isFalse();
  }

  @Test
  void botDecision_marksAPersonAsABotAndKeepsItFromPeople() {
    List<IdentityRecord> records = List.of(
        git("g1", "Release Runner", "ci@example.org"),
        git("g2", "Release Runner", "runner@example.org"));
    DecisionLog log = DecisionLog.of(List.of(
        new Decision.BotOverride(id("g1"), true, "alice", Instant.EPOCH, "our release job")));

    Resolution undecided = resolver.resolve(records);
    Resolution resolution = resolver.resolve(records, log);

    assertThat(together(undecided, "g1", "g2")).isTrue();
    Contributor bot = resolution.contributorOf(id("g1")).orElseThrow();
    assertThat(bot.isBot()).isTrue();
    assertThat(bot.botEvidence()).hasValue("marked as a bot by alice");
    assertThat(together(resolution, "g1", "g2")).isFalse();
    assertThat(resolution.contributorOf(id("g2")).orElseThrow().isBot()).isFalse();
  }

  @Test
  void botDecision_marksADetectedBotAsAPerson() {
    List<IdentityRecord> records = List.of(
        git("g1", "renovate", "renovate.jones@example.org"),
        git("g2", "Renovate Jones", "renovate.jones@example.org"));

    Resolution detected = resolver.resolve(records);
    Resolution decided = resolver.resolve(records, DecisionLog.of(List.of(
        new Decision.BotOverride(id("g1"), false, "alice", Instant.EPOCH, "a person, not the app"))));

    assertThat(detected.contributorOf(id("g1")).orElseThrow().botEvidence())
        .hasValue("name \"renovate\" is a well-known automation account");
    assertThat(together(detected, "g1", "g2")).isFalse();
    assertThat(decided.contributorOf(id("g1")).orElseThrow().isBot()).isFalse();
    assertThat(together(decided, "g1", "g2")).isTrue();
  }

  @Test
  void botDecision_laterDecisionWins() {
    List<IdentityRecord> records = List.of(git("g1", "Ada Lovelace", "ada@example.org"));
    DecisionLog log = DecisionLog.of(List.of(
        new Decision.BotOverride(id("g1"), true, "alice", Instant.EPOCH, ""),
        new Decision.BotOverride(id("g1"), false, "bob", Instant.EPOCH.plusSeconds(1), "")));

    assertThat(resolver.resolve(records, log).contributorOf(id("g1")).orElseThrow().isBot()).isFalse();
    assertThat(resolver.resolve(records, DecisionLog.of(log.decisions().subList(0, 1)))
        .contributorOf(id("g1")).orElseThrow().isBot()).isTrue();
  }

  @Test
  void thresholds_sendMiddlingLinksToReviewAndDropWeakOnes() {
    Resolver custom = Resolver.create(ResolverOptions.builder()
        .strategies(StrategyChain.of(new FixedStrategy("same-team", 0.7), new FixedStrategy("same-city", 0.3)))
        .build());

    Resolution resolution = custom.resolve(List.of(
        git("g1", "Ada", "a@example.org").toBuilder().attribute("same-team", "x").attribute("same-city", "y").build(),
        git("g2", "Bea", "b@example.org").toBuilder().attribute("same-team", "x").build(),
        git("g3", "Cyd", "c@example.org").toBuilder().attribute("same-city", "y").build()));

    assertThat(resolution.contributors()).hasSize(3);
    assertThat(resolution.reviewQueue()).singleElement().satisfies(item -> {
      assertThat(item.first()).isEqualTo(id("g1"));
      assertThat(item.second()).isEqualTo(id("g2"));
      assertThat(item.confidence()).isEqualTo(0.7);
      assertThat(item.reason()).isEqualTo("confidence 0.70 is below the auto-merge threshold 0.85");
    });
  }

  @Test
  void candidateBlocks_overTheBoundAreReported() {
    Resolver custom = Resolver.create(ResolverOptions.builder()
        .strategies(StrategyChain.of(new FixedStrategy("same-team", 0.9, CorrelationStrategy.Blocking.CANDIDATES)))
        .maxCandidateBlockSize(2)
        .build());

    Resolution resolution = custom.resolve(List.of(
        git("g1", "A", "a@x.org").toBuilder().attribute("same-team", "x").build(),
        git("g2", "B", "b@x.org").toBuilder().attribute("same-team", "x").build(),
        git("g3", "C", "c@x.org").toBuilder().attribute("same-team", "x").build()));

    assertThat(resolution.contributors()).hasSize(3);
    assertThat(resolution.warnings()).singleElement().satisfies(w -> {
      assertThat(w.kind()).isEqualTo(ResolutionWarning.Kind.LARGE_BLOCK);
      assertThat(w.message()).isEqualTo(
          "strategy same-team: 1 block holds more than 2 records and was not compared; the largest, 3 records, shares the key \"x\"");
    });
  }

  @Test
  void largeClusters_areReported() {
    Resolver custom = Resolver.create(ResolverOptions.builder().clusterSizeBound(2).build());

    Resolution resolution = custom.resolve(List.of(
        git("g1", "A B", "ab@x.org"), git("g2", "A B", "ab@x.org"), git("g3", "A B", "ab@x.org")));

    assertThat(resolution.warnings()).singleElement()
        .extracting(ResolutionWarning::kind).isEqualTo(ResolutionWarning.Kind.LARGE_CLUSTER);
  }

  @Test
  void resolve_rejectsDuplicateRecordIds() {
    assertThatThrownBy(() -> resolver.resolve(List.of(git("g1", "A", "a@x.org"), git("g1", "B", "b@x.org"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("record id g1 appears twice in the input; record ids must be unique");
  }

  @Test
  void explain_followsTheChainFromTheAnchor() {
    Resolution resolution = resolver.resolve(List.of(
        git("g1", "Ada Lovelace", "ada@home.example", "2001-01-01T00:00:00Z"),
        git("g2", "Ada Lovelace", "ada@work.example", "2005-01-01T00:00:00Z"),
        github("h1", "42", "ada", "A", "ada@work.example")));

    Contributor ada = resolution.contributorOf(id("h1")).orElseThrow();
    assertThat(resolution.anchor(ada.id())).isEqualTo(id("g1"));
    assertThat(resolution.explain(id("g1"))).isEmpty();
    assertThat(resolution.explain(id("h1")).stream().map(Link::toString).collect(Collectors.toList()))
        .containsExactly(
            "g1 -- g2: same full name \"ada lovelace\" (same-full-name, 0.90)",
            "g2 -- h1: same email \"ada@work.example\" (same-email, 0.97)");
    assertThat(resolution.explain(ada.id())).hasSize(2);
    assertThatThrownBy(() -> resolution.explain(id("nope")))
        .hasMessage("record nope is not part of this resolution");
  }

  /** Links records that carry the same value in the attribute named like the strategy. */
  static final class FixedStrategy implements CorrelationStrategy {
    private final String name;
    private final double confidence;
    private final Blocking blocking;

    FixedStrategy(String name, double confidence) {
      this(name, confidence, Blocking.EXACT);
    }

    FixedStrategy(String name, double confidence, Blocking blocking) {
      this.name = name;
      this.confidence = confidence;
      this.blocking = blocking;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Blocking blocking() {
      return blocking;
    }

    @Override
    public void blockingKeys(NormalizedRecord record, Consumer<String> keys) {
      String value = record.record().attributes().get(name);
      if (value != null) {
        keys.accept(value);
      }
    }

    @Override
    public Optional<Evidence> score(NormalizedRecord a, NormalizedRecord b, String key) {
      return Optional.of(new Evidence(name, confidence, name + " " + key));
    }
  }

  static RecordId rid(String value) {
    return RecordId.of(value);
  }
}
