package io.github.devidentity.integrations;

import static io.github.devidentity.integrations.GitHubSource.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.devidentity.IdentityException;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.spi.IdentitySink;
import io.github.devidentity.spi.SyncResult;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What Jira Cloud and Jira Data Center read alike: users paged by {@code startAt}/{@code
 * maxResults}, then each project's issues for their assignees and reporters, each user handed over
 * once per sync (again only when a later mention shows the email an earlier one hid).
 */
final class JiraReader {
  private static final DateTimeFormatter JQL_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneOffset.UTC);

  /** How a Jira pages its issue search. */
  enum IssuePaging {
    /** Cloud's {@code /search/jql}: {@code nextPageToken} until {@code isLast}. */
    NEXT_PAGE_TOKEN {
      @Override
      String first(int pageSize) {
        return "&maxResults=" + pageSize;
      }

      @Override
      @Nullable URI next(URI page, JsonNode body) {
        String token = text(body, "nextPageToken");
        return token == null || body.path("isLast").asBoolean(false) ? null
            : StepwiseSync.withParameter(page, "nextPageToken", token);
      }
    },
    /** Data Center's {@code /search}: {@code startAt} until {@code total}. */
    START_AT {
      @Override
      String first(int pageSize) {
        return "&startAt=0&maxResults=" + pageSize;
      }

      @Override
      @Nullable URI next(URI page, JsonNode body) {
        int read = body.path("issues").size();
        long end = body.path("startAt").asLong(0) + read;
        return read == 0 || end >= body.path("total").asLong(0) ? null
            : StepwiseSync.withParameter(page, "startAt", Long.toString(end));
      }
    };

    abstract String first(int pageSize);

    abstract @Nullable URI next(URI page, JsonNode body);
  }

  private final JsonHttp http;
  private final URI base;
  private final String tool;
  private final URI users;
  private final String issues;
  private final IssuePaging paging;
  private final List<String> projects;
  private final int pageSize;
  private final Function<JsonNode, @Nullable IdentityRecord> record;

  /**
   * @param users the first page of users, {@code startAt=0} and {@code maxResults} included
   * @param issues the issue search's path
   * @param record a user's record, or null when the user has no id
   */
  JiraReader(JsonHttp http, URI base, String tool, URI users, String issues, IssuePaging paging, List<String> projects,
      int pageSize, Function<JsonNode, @Nullable IdentityRecord> record) {
    this.http = http;
    this.base = base;
    this.tool = tool;
    this.users = users;
    this.issues = issues;
    this.paging = paging;
    this.projects = List.copyOf(projects);
    this.pageSize = pageSize;
    this.record = record;
  }

  SyncResult sync(@Nullable String cursor, IdentitySink sink) {
    Objects.requireNonNull(sink, "sink");
    Map<String, Boolean> seen = new HashMap<>();
    return StepwiseSync.run(http, tool, cursor, at -> {
      List<StepwiseSync.Step> steps = new ArrayList<>();
      steps.add(new StepwiseSync.Step("the users of " + tool + " at " + base, users, page -> {
        users(page.body()).forEach(user -> emit(sink, seen, user));
        return nextUsers(page.uri(), page.body(), pageSize);
      }));
      for (String project : projects) {
        steps.add(new StepwiseSync.Step("project " + project + "'s issues",
            StepwiseSync.join(base, issues, "jql=" + StepwiseSync.encode(jql(project, at.since()))
                + "&fields=assignee,reporter" + paging.first(pageSize)), page -> {
              people(page.body(), user -> emit(sink, seen, user));
              return paging.next(page.uri(), page.body());
            }));
      }
      return steps;
    }, () -> {});
  }

  private void emit(IdentitySink sink, Map<String, Boolean> seen, JsonNode user) {
    IdentityRecord made = record.apply(user);
    if (made == null || made.accountId().isEmpty()) {
      return;
    }
    String id = made.accountId().get();
    boolean email = !made.emails().isEmpty();
    Boolean shown = seen.get(id);
    if (Boolean.TRUE.equals(shown) || (shown != null && !email)) {
      return;
    }
    seen.put(id, email);
    sink.record(made);
  }

  /** The users of a page: a bare array, or a page bean's {@code values}. */
  static List<JsonNode> users(JsonNode body) {
    JsonNode values = body.isObject() ? body.path("values") : body;
    if (!values.isArray()) {
      throw new IdentityException("expected a JSON array of users (or a page with \"values\"), got " + body.getNodeType());
    }
    List<JsonNode> users = new ArrayList<>();
    values.forEach(users::add);
    return users;
  }

  /**
   * The next page of users: a page bean says {@code isLast}; a bare array is the last page when it
   * holds fewer than {@code maxResults}.
   */
  static @Nullable URI nextUsers(URI page, JsonNode body, int maxResults) {
    int read = users(body).size();
    if (body.isObject() && body.has("isLast")) {
      return body.path("isLast").asBoolean(true) || read == 0 ? null
          : StepwiseSync.nextOffset(page, "startAt", read, read);
    }
    return StepwiseSync.nextOffset(page, "startAt", read, maxResults);
  }

  /**
   * The JQL that finds a project's issues, updated since a day before {@code since} when given:
   * JQL reads times in the user's time zone to the minute, so the day's margin keeps every change.
   */
  static String jql(String project, @Nullable Instant since) {
    String jql = "project = \"" + project.replace("\"", "\\\"") + "\"";
    if (since != null) {
      jql += " AND updated >= \"" + JQL_TIME.format(since.minus(1, ChronoUnit.DAYS)) + "\"";
    }
    return jql + " ORDER BY updated DESC";
  }

  /** Hands each issue's assignee and reporter (when set) to {@code person}. */
  private static void people(JsonNode body, java.util.function.Consumer<JsonNode> person) {
    JsonNode issues = body.path("issues");
    if (!issues.isArray()) {
      throw new IdentityException("expected issues as a JSON array, got " + issues.getNodeType());
    }
    for (JsonNode issue : issues) {
      for (String field : new String[] {"assignee", "reporter"}) {
        JsonNode user = issue.path("fields").path(field);
        if (user.isObject()) {
          person.accept(user);
        }
      }
    }
  }

  /** A project key, trimmed; {@code IllegalArgumentException} when blank. */
  static String projectKey(String key) {
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) {
      throw new IllegalArgumentException("the Jira project key is blank; expected a key such as ENG");
    }
    return key.trim();
  }

  /** What a refusal says to fix: how the tool authenticates, and the permissions the user needs. */
  static String permissions(String auth) {
    return auth + "; the user needs the global permission \"Browse users and groups\" to list users, "
        + "and \"Browse projects\" on each project whose issues are read";
  }
}
