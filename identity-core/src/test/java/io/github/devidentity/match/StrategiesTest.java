package io.github.devidentity.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.model.AccountRef;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.normalize.NormalizedRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class StrategiesTest {
  private static final Integration GIT = Integration.of(IntegrationType.GIT);
  private static final Integration GITHUB = Integration.of(IntegrationType.GITHUB);
  private static final Integration GHE = Integration.of(IntegrationType.GITHUB_ENTERPRISE, "corp-ghe");
  private static final Integration BITBUCKET = Integration.of(IntegrationType.BITBUCKET_CLOUD);
  private static final Integration JIRA = Integration.of(IntegrationType.JIRA_CLOUD);

  private static List<String> keys(CorrelationStrategy strategy, IdentityRecord record) {
    List<String> keys = new ArrayList<>();
    strategy.blockingKeys(NormalizedRecord.of(record), keys::add);
    return keys;
  }

  private static IdentityRecord.Builder record(String id, Integration integration) {
    return IdentityRecord.builder(RecordId.of(id), integration);
  }

  @Test
  void sameEmail_keysOnLinkableNormalisedAddresses() {
    IdentityRecord record = record("r", GIT)
        .email("Ada@Example.org").email("root@localhost").email("not-an-address").email("").build();

    assertThat(keys(new SameEmailStrategy(), record)).containsExactly("ada@example.org");
  }

  @Test
  void sameEmail_scoresWithExplanation() {
    SameEmailStrategy strategy = new SameEmailStrategy();
    NormalizedRecord a = NormalizedRecord.of(record("a", GIT).email("ada@example.org").build());

    assertThat(strategy.score(a, a, "ada@example.org"))
        .hasValue(new Evidence("same-email", 0.97, "same email \"ada@example.org\""));
    assertThat(strategy.blocking()).isEqualTo(CorrelationStrategy.Blocking.EXACT);
  }

  @Test
  void sameLogin_keysOnOwnLoginAndIdAndNoreplyLogins() {
    IdentityRecord account = record("a", GITHUB).accountId("583231").login("OctoCat").build();
    IdentityRecord commit = record("c", GIT).email("583231+octocat@users.noreply.github.com").build();
    IdentityRecord oldCommit = record("o", GIT).email("octocat@users.noreply.github.com").build();

    SameLoginStrategy strategy = new SameLoginStrategy();
    assertThat(keys(strategy, account)).containsExactly("github.com login octocat", "github.com id 583231");
    assertThat(keys(strategy, commit)).containsExactly("github.com login octocat", "github.com id 583231");
    assertThat(keys(strategy, oldCommit)).containsExactly("github.com login octocat");
  }

  @Test
  void sameLogin_separatesNamespacesAndSkipsNonUniqueLogins() {
    SameLoginStrategy strategy = new SameLoginStrategy();

    assertThat(keys(strategy, record("e", GHE).login("octocat").build()))
        .containsExactly("github-enterprise:corp-ghe login octocat");
    assertThat(keys(strategy, record("b", BITBUCKET).login("octocat").build())).isEmpty();
    assertThat(keys(strategy, record("g", GIT).login("octocat").build())).isEmpty();
  }

  @Test
  void sameCloudId_keysOnOwnAndLinkedAccounts() {
    AccountRef jiraAccount = AccountRef.of(JIRA, "5b10ac8d82e05b22cc7d4ef5");
    IdentityRecord jira = record("j", JIRA).accountId("5b10ac8d82e05b22cc7d4ef5").build();
    IdentityRecord upload = record("u", GIT).email("ada@example.org").linkedAccount(jiraAccount).build();

    SameCloudIdStrategy strategy = new SameCloudIdStrategy();
    assertThat(keys(strategy, jira)).containsExactly("jira-cloud/5b10ac8d82e05b22cc7d4ef5");
    assertThat(keys(strategy, upload)).containsExactly("jira-cloud/5b10ac8d82e05b22cc7d4ef5");
    assertThat(keys(strategy, record("g", GIT).build())).isEmpty();
  }

  @Test
  void sameFullName_keysOnlyOnFullNonPlaceholderNames() {
    SameFullNameStrategy strategy = new SameFullNameStrategy();

    assertThat(keys(strategy, record("a", GIT).displayName("Müller, José").build())).containsExactly("jose muller");
    assertThat(keys(strategy, record("b", GIT).displayName("Daniel").build())).isEmpty();
    assertThat(keys(strategy, record("c", GIT).displayName("Your Name").build())).isEmpty();
    assertThat(keys(strategy, record("d", GIT).build())).isEmpty();
  }

  @Test
  void strategies_rejectConfidenceOutsideRange() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SameEmailStrategy(0))
        .hasMessage("confidence is 0.0; expected a number in (0, 1]");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Evidence("x", 1.5, "y"))
        .hasMessage("confidence is 1.5; expected a number in (0, 1]");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Evidence("x", 0.5, "two\nlines"))
        .hasMessage("explanation \"two\nlines\" must be one non-blank line");
  }
}
