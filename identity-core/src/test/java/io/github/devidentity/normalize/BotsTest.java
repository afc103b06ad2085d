package io.github.devidentity.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Bot detection on ingest: each rule, and names that only look like one. */
final class BotsTest {

  private static IdentityRecord.Builder record(IntegrationType type) {
    return IdentityRecord.builder(RecordId.of("r1"), Integration.of(type));
  }

  private static Optional<String> why(IdentityRecord record) {
    return NormalizedRecord.of(record).botEvidence();
  }

  @Test
  void detect_trustsTheSourceFlag() {
    IdentityRecord flagged = record(IntegrationType.GITLAB).login("deploy-keeper").accountId("7").bot(true).build();

    assertThat(why(flagged)).hasValue("flagged as a bot by its source");
    assertThat(NormalizedRecord.of(flagged).isBot()).isTrue();
  }

  @Test
  void detect_recognisesGitHubAppsByTheirSuffix() {
    assertThat(why(record(IntegrationType.GITHUB).login("dependabot[bot]").accountId("49699333").build()))
        .hasValue("login \"dependabot[bot]\" ends in [bot], as GitHub Apps do");
    assertThat(why(record(IntegrationType.GIT).email("49699333+dependabot[bot]@users.noreply.github.com").build()))
        .hasValue("noreply login \"dependabot[bot]\" ends in [bot], as GitHub Apps do");
  }

  @ParameterizedTest
  @CsvSource({
      "renovate, name \"renovate\" is a well-known automation account",
      "GitHub Actions, name \"GitHub Actions\" is a well-known automation account",
      "github-actions, name \"github-actions\" is a well-known automation account",
      "Automation for Jira, name \"Automation for Jira\" is a well-known automation account",
      "Project Collection Build Service (contoso), name \"Project Collection Build Service (contoso)\" is an Azure DevOps build service identity",
      "Fabrikam Build Service (contoso), name \"Fabrikam Build Service (contoso)\" is an Azure DevOps build service identity",
      "project_42_bot_9f3a1c, name \"project_42_bot_9f3a1c\" is a GitLab access-token bot",
      "group_7_bot, name \"group_7_bot\" is a GitLab access-token bot",
  })
  void detect_knowsWellKnownAutomationNames(String name, String expected) {
    Optional<String> found = why(record(IntegrationType.GIT).displayName(name).email("x@example.org").build());

    if (expected == null) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).hasValue(expected);
    }
  }

  @Test
  void detect_knowsAutomationAddressesAndAccounts() {
    assertThat(why(record(IntegrationType.GIT).displayName("GitHub").email("noreply@github.com").build()))
        .hasValue("address noreply@github.com belongs to GitHub's web-flow committer");
    assertThat(why(record(IntegrationType.GITHUB).login("web-flow").accountId("19864447").build()))
        .hasValue("login \"web-flow\" is a well-known automation account");
    assertThat(why(record(IntegrationType.JIRA_CLOUD).accountId("557058:f58131cb-b67d-43c7-b30d-6b58d40bd077")
        .displayName("Automation").build()))
        .hasValue("account id 557058:f58131cb-b67d-43c7-b30d-6b58d40bd077 is Automation for Jira");
  }

  @ParameterizedTest
  @CsvSource({
      "Zoë Popufirt, noreply@github.com",
      "christopher, noreply@github.com",
      "Renovate Jones, renovate.jones@example.org",
      "Abbot Smith, abbot@example.org",
      "Jenkins Smith, jenkins@example.org",
      "project_42_bottle, p@example.org",
      "Bob Builder, build-service@example.org",
  })
  void detect_leavesPeopleWhoseNamesOnlyLookLikeBots(String name, String email) {
    assertThat(why(record(IntegrationType.GIT).displayName(name).email(email).build())).isEmpty();
  }

  @Test
  void withBotDecision_overridesDetectionEitherWay() {
    NormalizedRecord bot = NormalizedRecord.of(record(IntegrationType.GIT).displayName("renovate").build());
    NormalizedRecord person = NormalizedRecord.of(record(IntegrationType.GIT).displayName("Ada Lovelace").build());

    assertThat(bot.withBotDecision(false, "alice").isBot()).isFalse();
    assertThat(person.withBotDecision(true, "alice").botEvidence()).hasValue("marked as a bot by alice");
    assertThat(person.withBotDecision(true, "alice").fullName()).isEqualTo(person.fullName());
  }
}
