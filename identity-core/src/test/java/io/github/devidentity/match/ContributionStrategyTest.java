package io.github.devidentity.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import io.github.devidentity.resolve.ResolverOptions;
import io.github.devidentity.spi.ContributionFact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Account-to-email links inferred from the commits of an account's pull requests. */
final class ContributionStrategyTest {
  private static final Integration GITLAB = Integration.of(IntegrationType.GITLAB);
  private static final Integration GIT = Integration.of(IntegrationType.GIT);

  /** {@code count} commits by {@code email} in pull requests opened by {@code account}. */
  private static List<ContributionFact> commits(String account, String email, int count, String prefix) {
    List<ContributionFact> facts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      facts.add(new ContributionFact(GITLAB, account, null, ContributionFact.Kind.PULL_REQUEST_COMMIT,
          "api!" + i + "@" + prefix + i, "Someone", email, null));
    }
    return facts;
  }

  private static List<ContributionFact> all(List<List<ContributionFact>> parts) {
    List<ContributionFact> facts = new ArrayList<>();
    parts.forEach(facts::addAll);
    return facts;
  }

  @Test
  void of_linksAnAccountToTheAddressItMostlyCommitsWith() {
    ContributionStrategy strategy = ContributionStrategy.of(all(List.of(
        commits("42", "Ada@Example.org", 8, "a"), commits("42", "grace@example.org", 1, "g"))));

    assertThat(strategy.links()).extracting(ContributionStrategy.InferredLink::email,
            ContributionStrategy.InferredLink::commits, ContributionStrategy.InferredLink::confidence)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ada@example.org", 8, 0.9));
    assertThat(strategy.links().get(0).explain()).isEqualTo("account gitlab/42 made 8 of its 9 commits (89%) "
        + "as ada@example.org; 8 of the 8 commits with that address in gitlab (100%) are its");
  }

  @Test
  void of_refusesAnAddressSeveralAccountsCommitWith() {
    ContributionStrategy strategy = ContributionStrategy.of(all(List.of(
        commits("1", "team@example.org", 5, "a"), commits("2", "team@example.org", 5, "b"))));

    // Half of the address's commits each: weak, for review, never merged automatically.
    assertThat(strategy.links()).extracting(ContributionStrategy.InferredLink::confidence).containsExactly(0.7, 0.7);
  }

  @Test
  void of_letsOnePersonsAccountsInTwoToolsShareAnAddress() {
    List<ContributionFact> facts = new ArrayList<>(commits("42", "ada@example.org", 5, "a"));
    for (int i = 0; i < 5; i++) {
      facts.add(new ContributionFact(Integration.of(IntegrationType.BITBUCKET_CLOUD), "{ada}", null,
          ContributionFact.Kind.PULL_REQUEST_COMMIT, "web!" + i + "@b" + i, "Ada", "ada@example.org", null));
    }

    assertThat(ContributionStrategy.of(facts).links()).extracting(ContributionStrategy.InferredLink::confidence)
        .containsExactly(0.9, 0.9);
  }

  @Test
  void of_needsEnoughCommitsForAStrongLink() {
    ContributionStrategy strategy = ContributionStrategy.of(commits("42", "ada@example.org", 2, "a"));

    assertThat(strategy.links()).singleElement().satisfies(link -> assertThat(link.confidence()).isEqualTo(0.7));
  }

  @Test
  void of_countsACommitOnceHoweverManyFactsNameIt() {
    List<ContributionFact> facts = new ArrayList<>(commits("42", "ada@example.org", 2, "a"));
    facts.add(new ContributionFact(GITLAB, "42", null, ContributionFact.Kind.COMMIT, "a0", "Ada", "ada@example.org", null));
    facts.add(new ContributionFact(GITLAB, "42", null, ContributionFact.Kind.PULL_REQUEST_COMMIT, "web!7@a1", "Ada",
        "ada@example.org", null));

    assertThat(ContributionStrategy.of(facts).links()).singleElement()
        .satisfies(link -> assertThat(link.commits()).isEqualTo(2));
  }

  @Test
  void of_ignoresPlaceholderAddresses() {
    assertThat(ContributionStrategy.of(commits("42", "root@localhost", 9, "a")).links()).isEmpty();
  }

  @Test
  void thresholds_areValidated() {
    assertThatThrownBy(() -> ContributionStrategy.Thresholds.of(0, 0.5, 0.8, 0.9, 0.7))
        .hasMessage("minCommits is 0; expected 1 or more");
    assertThatThrownBy(() -> ContributionStrategy.Thresholds.of(3, 1.5, 0.8, 0.9, 0.7))
        .hasMessage("a share or confidence is 1.5; expected more than 0, at most 1");
    assertThatThrownBy(() -> ContributionStrategy.Thresholds.of(3, 0.5, 0.8, 0.6, 0.7))
        .hasMessage("weakConfidence 0.7 is above strongConfidence 0.6");
  }

  @Test
  void resolve_mergesAnAccountWithoutEmailIntoTheGitIdentityItCommitsAs() {
    IdentityRecord account = IdentityRecord.builder(RecordId.of("gl-42"), GITLAB).accountId("42").login("adal").build();
    IdentityRecord git = IdentityRecord.builder(RecordId.of("git-1"), GIT).displayName("Ada Lovelace")
        .email("ada@example.org").build();
    ContributionStrategy strategy = ContributionStrategy.of(commits("42", "ada@example.org", 5, "a"));
    Resolver resolver = Resolver.create(ResolverOptions.builder()
        .strategies(StrategyChain.defaults().with(strategy)).build());

    Resolution without = Resolver.create().resolve(List.of(account, git));
    Resolution with = resolver.resolve(List.of(account, git));

    assertThat(without.contributors()).hasSize(2);
    assertThat(with.contributors()).singleElement();
    assertThat(with.links()).singleElement().satisfies(link -> assertThat(link.evidence().get(0).explanation())
        .startsWith("account gitlab/42 made 5 of its 5 commits (100%) as ada@example.org"));
  }
}
