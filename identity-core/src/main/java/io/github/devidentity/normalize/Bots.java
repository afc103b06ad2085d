package io.github.devidentity.normalize;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.devidentity.model.IdentityRecord;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises automation accounts on ingest, and says why.
 *
 * <p>Rules, strongest first:
 *
 * <ul>
 *   <li>The source flagged the account (GitHub {@code type: Bot}, GitLab {@code bot: true}, the
 *       {@code bot} column of a records file).
 *   <li>A login, display name or noreply login ends in {@code [bot]}, as GitHub Apps do ({@code
 *       dependabot[bot]}).
 *   <li>A well-known automation account, matched as a whole login, display name or address (an
 *       address only with no name or the sender's own), never as a part of one: Dependabot, Renovate, GitHub Actions, GitHub's web-flow committer
 *       ({@code GitHub <noreply@github.com>}), Greenkeeper, Snyk, Mergify, Codecov, pre-commit.ci,
 *       ImgBot, All Contributors, semantic-release, Automation for Jira, GitLab's internal bots and
 *       project or group access tokens ({@code project_42_bot_…}), and Azure DevOps build service
 *       identities.
 * </ul>
 *
 * <p>Hosts correct a verdict either way with a {@code MARK_BOT} or {@code MARK_HUMAN} decision.
 */
final class Bots {
  /** Logins and display names of automation, lower-cased. */
  private static final ImmutableSet<String> NAMES = ImmutableSet.of(
      "dependabot", "dependabot-preview", "renovate", "renovate-bot", "renovatebot", "github-actions",
      "web-flow", "greenkeeper", "greenkeeperio-bot", "snyk-bot", "mergify", "codecov", "codecov-io",
      "codecov-commenter", "pre-commit-ci", "imgbot", "imgbotapp", "allcontributors", "all-contributors",
      "semantic-release-bot", "renovate bot", "github actions", "github action", "pyup-bot", "whitesource-bolt-for-github", "automation for jira",
      "alert-bot", "support-bot", "visual-review-bot", "gitlab-bot");

  /**
   * Addresses automation commits or comments with, lower-cased, with what sends from them and the
   * names it signs with. The address alone is not enough: people type {@code noreply@github.com}
   * as a placeholder under their own name.
   */
  private static final ImmutableMap<String, Sender> ADDRESSES = ImmutableMap.<String, Sender>builder()
      .put("noreply@github.com", new Sender("GitHub's web-flow committer", "github", "web-flow"))
      .put("actions@github.com", Sender.GITHUB_ACTIONS)
      .put("action@github.com", Sender.GITHUB_ACTIONS)
      .put("github-actions@github.com", Sender.GITHUB_ACTIONS)
      .put("support@dependabot.com", new Sender("Dependabot", "dependabot", "dependabot-preview"))
      .put("bot@renovateapp.com", new Sender("Renovate", "renovate", "renovate bot", "renovate-bot"))
      .put("snyk-bot@snyk.io", new Sender("Snyk", "snyk", "snyk bot", "snyk-bot"))
      .put("support@greenkeeper.io", new Sender("Greenkeeper", "greenkeeper", "greenkeeper-bot"))
      .build();

  /** An automation sender: what it is and the names it signs with, lower-cased. */
  private static final class Sender {
    static final Sender GITHUB_ACTIONS =
        new Sender("GitHub Actions", "github", "github actions", "github action", "github-actions", "actions-user");

    final String label;
    final ImmutableSet<String> names;

    Sender(String label, String... names) {
      this.label = label;
      this.names = ImmutableSet.copyOf(names);
    }
  }

  /** The Atlassian account id of Automation for Jira, the same on every Jira Cloud site. */
  private static final String JIRA_AUTOMATION_ACCOUNT = "557058:f58131cb-b67d-43c7-b30d-6b58d40bd077";

  /** GitLab project and group access tokens act through bot users named like this. */
  private static final Pattern GITLAB_TOKEN_BOT = Pattern.compile("(project|group)_\\d+_bot(_[0-9a-f]+)?");

  /** Azure DevOps pipelines act as "Project Collection Build Service (org)" or "Proj Build Service (org)". */
  private static final Pattern AZURE_BUILD_SERVICE = Pattern.compile(".*\\bbuild service \\(.+\\)");

  private Bots() {}

  /** Why the record is automation, or empty when nothing says so. */
  static Optional<String> detect(IdentityRecord record, List<EmailAddress> emails,
      List<NormalizedRecord.ProviderLogin> logins) {
    if (record.isBot()) {
      return Optional.of("flagged as a bot by its source");
    }
    Optional<String> login = record.login().flatMap(value -> byName("login", value));
    if (login.isPresent()) {
      return login;
    }
    Optional<String> name = record.displayName().flatMap(value -> byName("name", value));
    if (name.isPresent()) {
      return name;
    }
    for (NormalizedRecord.ProviderLogin provider : logins) {
      if (provider.login() != null) {
        Optional<String> noreply = byName("noreply login", provider.login());
        if (noreply.isPresent()) {
          return noreply;
        }
      }
    }
    // The address counts when no name comes with it, or the sender's own name.
    String signed = record.displayName().map(value -> value.trim().toLowerCase(Locale.ROOT)).orElse("");
    for (EmailAddress email : emails) {
      Sender sender = ADDRESSES.get(email.normalized());
      if (sender != null && (signed.isEmpty() || sender.names.contains(signed))) {
        return Optional.of("address " + email.normalized() + " belongs to " + sender.label);
      }
    }
    if (record.accountId().filter(JIRA_AUTOMATION_ACCOUNT::equals).isPresent()) {
      return Optional.of("account id " + JIRA_AUTOMATION_ACCOUNT + " is Automation for Jira");
    }
    return Optional.empty();
  }

  private static Optional<String> byName(String what, String value) {
    String folded = value.trim().toLowerCase(Locale.ROOT);
    if (folded.endsWith("[bot]")) {
      return Optional.of(what + " \"" + value.trim() + "\" ends in [bot], as GitHub Apps do");
    }
    if (NAMES.contains(folded)) {
      return Optional.of(what + " \"" + value.trim() + "\" is a well-known automation account");
    }
    if (folded.contains("_bot") && GITLAB_TOKEN_BOT.matcher(folded).matches()) {
      return Optional.of(what + " \"" + value.trim() + "\" is a GitLab access-token bot");
    }
    if (folded.contains("build service") && AZURE_BUILD_SERVICE.matcher(folded).matches()) {
      return Optional.of(what + " \"" + value.trim() + "\" is an Azure DevOps build service identity");
    }
    return Optional.empty();
  }
}
