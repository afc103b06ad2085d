package io.github.devidentity.integrations;

import static io.github.devidentity.integrations.FixtureServer.resource;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.spi.SyncResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * JiraCloudSource against a loopback server serving Atlassian's published examples. Atlassian's
 * issue examples hold no assignee or reporter, so the tests put the published user objects there.
 */
final class JiraCloudSourceTest {
  private static final Secret TOKEN = Secret.of("atlassian-api-token-value");
  private static final String USERS = "/rest/api/3/users/search?startAt=0&maxResults=";

  private final FixtureServer server = new FixtureServer();
  private final RecordingSink sink = new RecordingSink();

  @AfterEach
  void stop() {
    server.close();
  }

  private JiraCloudSource.Builder source(int pageSize) {
    return JiraCloudSource.builder(server.base(), "ada@acme.example", TOKEN).settings(sink.settings(pageSize));
  }

  private static String issues(String project, Instant since, int pageSize) {
    return "/rest/api/3/search/jql?jql=" + StepwiseSync.encode(JiraReader.jql(project, since))
        + "&fields=assignee,reporter&maxResults=" + pageSize;
  }

  /** The first published user of {@code users/search} under another account id and type. */
  private static String user(String accountId, String accountType) {
    String list = resource("fixtures/jira-cloud/users-search.json").strip();
    String first = list.substring(1, list.indexOf("},\n  {") + 1);
    return first.replace("5b10a2844c20165700ede21g", accountId).replace("\"accountType\": \"atlassian\"",
        "\"accountType\": \"" + accountType + "\"");
  }

  private static String users(String... accountIds) {
    StringBuilder body = new StringBuilder("[");
    for (String id : accountIds) {
      body.append(body.length() > 1 ? "," : "").append(user(id, "atlassian"));
    }
    return body.append("]").toString();
  }

  @Test
  void sync_readsUsersAndIssuePeopleFromThePublishedExamples() {
    String reporter = user("5b10ac8d82e05b22cc7d4ef5", "atlassian");
    String search = resource("fixtures/jira-cloud/search-jql.json").replaceFirst("\"fields\": \\{",
        "\"fields\": {\"assignee\": " + resource("fixtures/jira-cloud/user-get.json") + ", \"reporter\": " + reporter + ",");
    server.on(USERS + "100", FixtureServer.Answer.json(resource("fixtures/jira-cloud/users-search.json")))
        .on(issues("EX", null, 100), FixtureServer.Answer.json(search));

    SyncResult result = source(100).project("EX").build().sync(null, sink);

    assertThat(result.complete()).isTrue();
    assertThat(sink.ids()).containsExactly("jira-cloud:5b10a2844c20165700ede21g", "jira-cloud:5b10ac8d82e05b22cc7d4ef5",
        "jira-cloud:5b10a2844c20165700ede21g");
    IdentityRecord listed = sink.records.get(0);
    assertThat(listed.accountId()).hasValue("5b10a2844c20165700ede21g");
    assertThat(listed.displayName()).hasValue("Mia Krystof");
    assertThat(listed.login()).isEmpty();
    assertThat(listed.emails()).isEmpty();
    assertThat(listed.isBot()).isFalse();
    // The assignee shows the email the listing hid: the record is handed over again, with it.
    assertThat(sink.records.get(2).emails()).containsExactly("mia@example.com");
    assertThat(sink.facts).isEmpty();
    String basic = "Basic " + Base64.getEncoder().encodeToString("ada@acme.example:atlassian-api-token-value".getBytes(UTF_8));
    assertThat(server.requests()).allSatisfy(request -> assertThat(request.header("Authorization")).isEqualTo(basic));
    assertThat(server.requests().get(1).pathAndQuery()).contains("jql=project%20%3D%20%22EX%22%20ORDER%20BY%20updated%20DESC");
  }

  @Test
  void sync_pagesByStartAtThroughA429AndA500AndReturnsEveryUserOnce() {
    server.on(USERS + "2", FixtureServer.Answer.json(users("a1", "a2")))
        .on("/rest/api/3/users/search?startAt=2&maxResults=2",
            new FixtureServer.Answer(429, Map.of("Retry-After", "7"), "{\"errorMessages\":[\"Rate limit exceeded\"]}"),
            new FixtureServer.Answer(500, Map.of(), "oops"),
            FixtureServer.Answer.json(users("a3", "a4")))
        .on("/rest/api/3/users/search?startAt=4&maxResults=2", FixtureServer.Answer.json(users("a5")));

    SyncResult result = source(2).build().sync(null, sink);

    assertThat(result.complete()).isTrue();
    assertThat(sink.ids()).containsExactly("jira-cloud:a1", "jira-cloud:a2", "jira-cloud:a3", "jira-cloud:a4", "jira-cloud:a5");
    assertThat(sink.pauses).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(1));
  }

  @Test
  void sync_followsNextPageTokenAcrossIssuePages() {
    String first = "{\"isLast\": false, \"nextPageToken\": \"CAEaAggD\", \"issues\": [{\"fields\": {\"assignee\": "
        + user("a1", "atlassian") + "}}]}";
    String second = "{\"isLast\": true, \"issues\": [{\"fields\": {\"reporter\": " + user("a2", "atlassian") + "}}]}";
    server.on(USERS + "100", FixtureServer.Answer.json("[]"))
        .on(issues("EX", null, 100), FixtureServer.Answer.json(first))
        .on(issues("EX", null, 100) + "&nextPageToken=CAEaAggD", FixtureServer.Answer.json(second));

    source(100).project("EX").build().sync(null, sink);

    assertThat(sink.ids()).containsExactly("jira-cloud:a1", "jira-cloud:a2");
  }

  @Test
  void sync_stopsEarlyOnALongRateLimitAndResumesFromTheCursor() {
    server.on(USERS + "1", FixtureServer.Answer.json(users("a1")))
        .on("/rest/api/3/users/search?startAt=1&maxResults=1",
            new FixtureServer.Answer(429, Map.of("Retry-After", "3600"), "{}"), FixtureServer.Answer.json("[]"));

    SourceScenarios.assertResumes(source(1).build(), sink, server, List.of("jira-cloud:a1"),
        USERS + "1", "/rest/api/3/users/search?startAt=1&maxResults=1", "/rest/api/3/users/search?startAt=1&maxResults=1");
  }

  @Test
  void sync_readsOnlyIssuesUpdatedSinceTheLastCompleteSync() {
    server.on(USERS + "100", FixtureServer.Answer.json("[]"))
        .on(issues("EX", null, 100), FixtureServer.Answer.json("{\"isLast\": true, \"issues\": []}"));

    assertThat(SourceScenarios.assertIncremental(source(100).project("EX").build(), sink, server,
            since -> issues("EX", since, 100), "{\"isLast\": true, \"issues\": []}"))
        .last().asString().contains("%20AND%20updated%20%3E%3D%20%22");
  }

  @Test
  void sync_namesTheBrowseUsersPermissionOnARefusalAndNeverTheToken() {
    server.on(USERS + "100", new FixtureServer.Answer(403, Map.of(), "{\"errorMessages\":[\"Forbidden\"]}"));

    SourceScenarios.assertRefusal(source(100).build(), sink, 403,
        List.of("Jira Cloud at " + server.base() + " answered 403", "Browse users and groups", "API token"),
        "atlassian-api-token-value",
        Base64.getEncoder().encodeToString("ada@acme.example:atlassian-api-token-value".getBytes(UTF_8)));
  }

  @Test
  void sync_namesTheProjectOnA404() {
    server.on(USERS + "100", FixtureServer.Answer.json("[]"));

    SourceScenarios.assertNotFound(source(100).project("NOPE").build(), sink, "project NOPE's issues");
  }

  @Test
  void sync_givesUpAfterBoundedServerErrors() {
    server.on(USERS + "100", new FixtureServer.Answer(503, Map.of(), "unavailable"));

    SourceScenarios.assertGivesUp(source(100).build(), sink, 503);
  }

  @Test
  void sync_marksAppAccountsAsBots() {
    server.on(USERS + "100", FixtureServer.Answer.json("[" + user("app1", "app") + "," + user("c1", "customer") + "]"));

    source(100).build().sync(null, sink);

    assertThat(sink.records).extracting(IdentityRecord::isBot).containsExactly(true, false);
  }

  @Test
  void builder_refusesABlankEmailOrProject() {
    assertThatThrownBy(() -> JiraCloudSource.builder(server.base(), " ", TOKEN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email is blank");
    assertThatThrownBy(() -> source(100).project(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("project key is blank");
  }
}
