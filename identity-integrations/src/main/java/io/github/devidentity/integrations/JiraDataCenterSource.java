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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads Jira Data Center or Server (REST v2): its users ({@code /rest/api/2/user/search}, active
 * and inactive, paged by {@code startAt}/{@code maxResults} until a short page or {@code isLast}),
 * and the assignees and reporters of the given projects' issues ({@code /rest/api/2/search}, paged
 * by {@code startAt} against {@code total}). Jira yields records only: no commits.
 *
 * <p>Records are {@code jira-data-center:<host>:<key>}: the user key is the immutable id ({@code
 * JIRAUSER<n>} for users created since Jira 8, often the first username before), the {@code name}
 * is the login (users can be renamed), the email shows unless the instance hides it. Jira Data
 * Center has no bot flag. The user search asks for {@code username=.}, which matches every user;
 * Jira 10 may cap that search at its first results, and the issues' people fill in the rest. A
 * complete sync's cursor holds its start; the next sync reads only issues updated since (a day's
 * margin: JQL times are minutes in the user's time zone).
 *
 * <p>Authentication is a personal access token ({@code Authorization: Bearer}). Its user needs
 * the global permission "Browse users and groups" and "Browse projects" on each project.
 *
 * <pre>{@code
 * JiraDataCenterSource jira = JiraDataCenterSource.builder(URI.create("https://jira.acme.example"),
 *         Secret.fromEnvironment("JIRA_PAT"))
 *     .project("ENG").build();
 * SyncResult result = jira.sync(previousCursor, sink);
 * }</pre>
 */
public final class JiraDataCenterSource implements IdentitySource {
  private final URI base;
  private final Integration integration;
  private final int projects;
  private final JiraReader reader;

  private JiraDataCenterSource(Builder builder) {
    this.base = builder.base;
    this.integration = Integration.of(IntegrationType.JIRA_DATA_CENTER, base.getAuthority());
    this.projects = builder.projects.size();
    int pageSize = builder.settings.pageSize();
    JsonHttp http = new JsonHttp(builder.settings,
        new JsonHttp.Vendor("Jira Data Center at " + base,
            JiraReader.permissions("Jira Data Center takes a personal access token (Profile, Personal Access Tokens)")),
        Map.of("Authorization", builder.bearer), Map.of());
    this.reader = new JiraReader(http, base, "Jira Data Center", StepwiseSync.join(base, "/rest/api/2/user/search",
            "username=.&includeActive=true&includeInactive=true&startAt=0&maxResults=" + pageSize),
        "/rest/api/2/search", JiraReader.IssuePaging.START_AT, builder.projects, pageSize, this::record);
  }

  /**
   * Starts a source reading the instance at this base URL (with its context path, e.g. {@code
   * https://acme.example/jira}) with a personal access token, sent as {@code Authorization:
   * Bearer}.
   *
   * @throws IllegalArgumentException if the base URL has no host
   */
  public static Builder builder(URI base, Secret token) {
    requireNonNull(token, "token");
    return new Builder(StepwiseSync.hosted(base, "Jira Data Center", "https://jira.acme.example"), token);
  }

  @Override
  public Integration integration() {
    return integration;
  }

  @Override
  public SyncResult sync(@Nullable String cursor, IdentitySink sink) {
    return reader.sync(cursor, sink);
  }

  private @Nullable IdentityRecord record(JsonNode user) {
    String key = text(user, "key");
    return key == null ? null : IdentityRecord.builder(RecordId.of(integration + ":" + key), integration)
        .accountId(key)
        .login(text(user, "name"))
        .displayName(text(user, "displayName"))
        .email(text(user, "emailAddress"))
        .build();
  }

  @Override
  public String toString() {
    return "JiraDataCenterSource[" + base + ", " + projects + " projects]";
  }

  /** Builds a {@link JiraDataCenterSource}. */
  public static final class Builder {
    private final URI base;
    private final Secret bearer;
    private final List<String> projects = new ArrayList<>();
    private HttpSettings settings = HttpSettings.defaults();

    private Builder(URI base, Secret token) {
      this.base = base;
      this.bearer = Secret.of("Bearer " + token.reveal());
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
    public JiraDataCenterSource build() {
      return new JiraDataCenterSource(this);
    }
  }
}
