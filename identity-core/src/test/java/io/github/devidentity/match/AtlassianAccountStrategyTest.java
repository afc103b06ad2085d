package io.github.devidentity.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Atlassian account id Jira Cloud and Bitbucket Cloud share. */
final class AtlassianAccountStrategyTest {
  private static final String ID = "557058:f58131cb-b67d-43c7-b30d-6b58d40bd077";

  private static IdentityRecord account(String record, IntegrationType type, String accountId, String name) {
    return IdentityRecord.builder(RecordId.of(record), Integration.of(type)).accountId(accountId).displayName(name)
        .build();
  }

  @Test
  void resolve_joinsJiraCloudAndBitbucketCloudAccountsWithOneAtlassianId() {
    Resolution resolution = Resolver.create().resolve(List.of(
        account("jira-1", IntegrationType.JIRA_CLOUD, ID, "Ada Lovelace"),
        account("bb-1", IntegrationType.BITBUCKET_CLOUD, ID, "adal")));

    assertThat(resolution.contributors()).singleElement();
    assertThat(resolution.links()).singleElement().satisfies(link -> assertThat(link.evidence().get(0).explanation())
        .isEqualTo("the same Atlassian account " + ID + " in bitbucket-cloud and jira-cloud"));
  }

  @Test
  void blockingKeys_onlyForTheAtlassianCloudTools() {
    AtlassianAccountStrategy strategy = new AtlassianAccountStrategy();

    assertThat(keys(strategy, account("dc", IntegrationType.JIRA_DATA_CENTER, ID, "Ada"))).isEmpty();
    assertThat(keys(strategy, account("gl", IntegrationType.GITLAB, ID, "Ada"))).isEmpty();
    assertThat(keys(strategy, account("bb", IntegrationType.BITBUCKET_CLOUD, "{b1b3c0d4-uuid}", "Ada"))).isEmpty();
    assertThat(keys(strategy, account("jira", IntegrationType.JIRA_CLOUD, ID, "Ada"))).containsExactly(ID);
  }

  @Test
  void score_leavesTwoAccountsOfOneToolToTheCloudIdStrategy() {
    AtlassianAccountStrategy strategy = new AtlassianAccountStrategy();

    assertThat(strategy.score(
        io.github.devidentity.normalize.NormalizedRecord.of(account("a", IntegrationType.JIRA_CLOUD, ID, "Ada")),
        io.github.devidentity.normalize.NormalizedRecord.of(account("b", IntegrationType.JIRA_CLOUD, ID, "Ada")), ID))
        .isEmpty();
  }

  private static List<String> keys(CorrelationStrategy strategy, IdentityRecord record) {
    List<String> keys = new java.util.ArrayList<>();
    strategy.blockingKeys(io.github.devidentity.normalize.NormalizedRecord.of(record), keys::add);
    return keys;
  }
}
