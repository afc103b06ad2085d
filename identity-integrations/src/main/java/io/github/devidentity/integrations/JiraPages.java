package io.github.devidentity.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.devidentity.IdentityException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** What Jira Cloud and Jira Data Center page alike: user lists by {@code startAt}, issues' people. */
final class JiraPages {
  private static final DateTimeFormatter JQL_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneOffset.UTC);

  private JiraPages() {}

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
  static void people(JsonNode body, Consumer<JsonNode> person) {
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

  /**
   * Whether a user mention is worth a record: the first of its id in a sync, or a later one that
   * shows the email the earlier ones hid. Remembers it in {@code seen} (id to whether an email was
   * shown).
   */
  static boolean worthEmitting(java.util.Map<String, Boolean> seen, String id, @Nullable String email) {
    Boolean shown = seen.get(id);
    if (Boolean.TRUE.equals(shown) || (shown != null && email == null)) {
      return false;
    }
    seen.put(id, email != null);
    return true;
  }

  /** A project key, trimmed; {@code IllegalArgumentException} when blank. */
  static String projectKey(String key) {
    java.util.Objects.requireNonNull(key, "key");
    if (key.isBlank()) {
      throw new IllegalArgumentException("the Jira project key is blank; expected a key such as ENG");
    }
    return key.trim();
  }

  /** How Jira answers the token's user's missing permissions, for refusal messages. */
  static String permissions(String auth) {
    return auth + "; the user needs the global permission \"Browse users and groups\" to list users, "
        + "and \"Browse projects\" on each project whose issues are read";
  }
}
