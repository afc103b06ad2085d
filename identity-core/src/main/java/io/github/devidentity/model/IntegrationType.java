package io.github.devidentity.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of tool an identity can be observed in.
 *
 * <p>Each type knows whether it is a source-code-management tool (licence counting bills only
 * those) and whether its accounts carry a stable account id (a "cloud id"): two different ids in
 * one such integration are two different accounts, which the resolver uses as a guard.
 */
public enum IntegrationType {
  /** Plain git history: name and email only, no accounts. */
  GIT(true, false),
  /** github.com. */
  GITHUB(true, true),
  /** GitHub Enterprise Server. */
  GITHUB_ENTERPRISE(true, true),
  /** GitLab, cloud or self-managed. */
  GITLAB(true, true),
  /** Bitbucket Cloud. */
  BITBUCKET_CLOUD(true, true),
  /** Bitbucket Server or Data Center. */
  BITBUCKET_SERVER(true, true),
  /** Azure DevOps (repos, boards). */
  AZURE_DEVOPS(true, true),
  /** Jira Cloud. */
  JIRA_CLOUD(false, true),
  /** Jira Data Center or Server. */
  JIRA_DATA_CENTER(false, true),
  /** Harness Code. */
  HARNESS_CODE(true, true),
  /** Anything a host wires in itself. */
  CUSTOM(false, true);

  private final boolean sourceCodeManagement;
  private final boolean accountIds;

  IntegrationType(boolean sourceCodeManagement, boolean accountIds) {
    this.sourceCodeManagement = sourceCodeManagement;
    this.accountIds = accountIds;
  }

  /** Whether this is a source-code-management tool, the kind that licence counting bills. */
  public boolean isSourceCodeManagement() {
    return sourceCodeManagement;
  }

  /** Whether accounts of this type have a stable id that distinguishes two people. */
  public boolean hasAccountIds() {
    return accountIds;
  }

  /**
   * Parses a type name, ignoring case, {@code -} and {@code _}: {@code github}, {@code
   * jira_cloud}, {@code Bitbucket-Cloud}. Also accepts the short forms {@code jira-dc}, {@code
   * bitbucket-dc}, {@code ado}, {@code harness} and {@code ghe}.
   *
   * @throws IllegalArgumentException if the name is no known type; the message lists them
   */
  public static IntegrationType parse(String name) {
    String key = squash(name);
    for (IntegrationType type : values()) {
      if (squash(type.name()).equals(key)) {
        return type;
      }
    }
    switch (key) {
      case "jiradc":
      case "jiraserver":
        return JIRA_DATA_CENTER;
      case "bitbucketdc":
      case "bitbucketdatacenter":
        return BITBUCKET_SERVER;
      case "ado":
      case "azure":
        return AZURE_DEVOPS;
      case "harness":
        return HARNESS_CODE;
      case "ghe":
        return GITHUB_ENTERPRISE;
      default:
        throw new IllegalArgumentException(
            "\"" + name + "\" is not an integration type; expected one of " + knownNames());
    }
  }

  /** The known type names in the lower-case, dash-separated form users type. */
  public static String knownNames() {
    return Arrays.stream(values()).map(IntegrationType::displayName).collect(Collectors.joining(", "));
  }

  /** The lower-case, dash-separated form of the name, e.g. {@code bitbucket-cloud}. */
  public String displayName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String squash(String name) {
    return name.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
  }
}
