package io.github.devidentity.integrations;

import static io.github.devidentity.integrations.GitHubSource.text;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.spi.IdentitySink;
import io.github.devidentity.spi.IdentitySource;
import io.github.devidentity.spi.SyncResult;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Jira Cloud site (platform REST v3): every user ({@code /rest/api/3/users/search}, paged
 * by {@code startAt}/{@code maxResults}), and the assignees and reporters of the given projects'
 * issues ({@code /rest/api/3/search/jql}, paged by {@code nextPageToken}). Jira yields records
 * only: no commits.
 *
 * <p>Records are {@code jira-cloud:<accountId>}: the Atlassian account id is one across every
 * Atlassian site and Bitbucket Cloud, so the integration is {@code jira-cloud} whatever the site.
 * Login stays empty ({@code key} and {@code name} are always blank since Atlassian's privacy
 * change), the display name is as Jira shows it, the email only when the user's privacy settings
 * show it, and {@code accountType: app} marks a bot. A complete sync's cursor holds its start; the
 * next sync reads only issues updated since (a day's margin: JQL times are minutes in the user's
 * time zone).
 *
 * <p>Authentication is Basic with the account's email and an API token. The account needs the
 * global permission "Browse users and groups" to list users, and "Browse projects" on each project.
 *
 * <pre>{@code
 * JiraCloudSource jira = JiraCloudSource.builder(URI.create("https://acme.atlassian.net"),
 *         "sync@acme.example", Secret.fromEnvironment("JIRA_API_TOKEN"))
 *     .project("ENG").build();
 * SyncResult result = jira.sync(previousCursor, sink);
 * }</pre>
 */
public final class JiraCloudSource implements IdentitySource {
  private static final Integration JIRA_CLOUD = Integration.of(IntegrationType.JIRA_CLOUD);

  private final URI site;
  private final int projects;
  private final JiraReader reader;

  private JiraCloudSource(Builder builder) {
    this.site = builder.site;
    this.projects = builder.projects.size();
    int pageSize = builder.settings.pageSize();
    JsonHttp http = new JsonHttp(builder.settings,
        new JsonHttp.Vendor("Jira Cloud at " + site,
            JiraReader.permissions("Jira Cloud takes Basic authentication with the account's email and an API token")),
        Map.of("Authorization", builder.basic), Map.of());
    this.reader = new JiraReader(http, site, "Jira Cloud",
        StepwiseSync.join(site, "/rest/api/3/users/search", "startAt=0&maxResults=" + pageSize), "/rest/api/3/search/jql",
        JiraReader.IssuePaging.NEXT_PAGE_TOKEN, builder.projects, pageSize, JiraCloudSource::record);
  }

  /**
   * Starts a source reading the site (e.g. {@code https://acme.atlassian.net}) as the account with
   * this email, authenticated by its API token: {@code Authorization: Basic base64(email:token)}.
   *
   * @throws IllegalArgumentException if the email is blank
   */
  public static Builder builder(URI site, String email, Secret apiToken) {
    requireNonNull(site, "site");
    requireNonNull(email, "email");
    requireNonNull(apiToken, "apiToken");
    if (email.isBlank()) {
      throw new IllegalArgumentException("the Jira Cloud account email is blank; expected the email the API token belongs to");
    }
    return new Builder(site, email.trim(), apiToken);
  }

  @Override
  public Integration integration() {
    return JIRA_CLOUD;
  }

  @Override
  public SyncResult sync(@Nullable String cursor, IdentitySink sink) {
    return reader.sync(cursor, sink);
  }

  private static @Nullable IdentityRecord record(JsonNode user) {
    String id = text(user, "accountId");
    return id == null ? null : IdentityRecord.builder(RecordId.of(JIRA_CLOUD + ":" + id), JIRA_CLOUD)
        .accountId(id)
        .displayName(text(user, "displayName"))
        .email(text(user, "emailAddress"))
        .bot("app".equals(text(user, "accountType")))
        .build();
  }

  @Override
  public String toString() {
    return "JiraCloudSource[" + site + ", " + projects + " projects]";
  }

  /** Builds a {@link JiraCloudSource}. */
  public static final class Builder {
    private final URI site;
    private final Secret basic;
    private final List<String> projects = new ArrayList<>();
    private HttpSettings settings = HttpSettings.defaults();

    private Builder(URI site, String email, Secret apiToken) {
      this.site = site;
      this.basic = Secret.of("Basic " + Base64.getEncoder()
          .encodeToString((email + ":" + apiToken.reveal()).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A project whose issues' assignees and reporters to read.
     *
     * @throws IllegalArgumentException if the key is blank
     */
    public Builder project(String key) {
      projects.add(JiraReader.projectKey(key));
      return this;
    }

    /** Time-outs, retries, rate-limit waits and page size. */
    public Builder settings(HttpSettings settings) {
      this.settings = requireNonNull(settings, "settings");
      return this;
    }

    /** Builds the source; with no project it reads the users only. */
    public JiraCloudSource build() {
      return new JiraCloudSource(this);
    }
  }
}
