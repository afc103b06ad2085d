package io.github.devidentity.integrations;

import static io.github.devidentity.integrations.FixtureServer.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.spi.SyncResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * JiraDataCenterSource against a loopback server. No verbatim Atlassian example of Jira Data
 * Center could be had: the users are a third party's copy of what looks like Atlassian's docs
 * example (see SOURCES.md), and the issue search bodies are small ones written here after the
 * documented shape ({@code startAt}, {@code maxResults}, {@code total}, {@code issues[].fields}
 * holding the same user bean).
 */
final class JiraDataCenterSourceTest {
  private static final Secret TOKEN = Secret.of("jira-dc-pat-value");
  private static final String USERS = "/rest/api/2/user/search?username=.&includeActive=true&includeInactive=true";

  private final FixtureServer server = new FixtureServer();
  private final RecordingSink sink = new RecordingSink();

  @AfterEach
  void stop() {
    server.close();
  }

  private JiraDataCenterSource.Builder source(int pageSize) {
    return JiraDataCenterSource.builder(server.base(), TOKEN).settings(sink.settings(pageSize));
  }

  private String id(String key) {
    return "jira-data-center:" + server.base().getAuthority() + ":" + key;
  }

  private static String users(int startAt, int maxResults) {
    return USERS + "&startAt=" + startAt + "&maxResults=" + maxResults;
  }

  private static String issues(String project, Instant since, int startAt) {
    return "/rest/api/2/search?jql=" + StepwiseSync.encode(JiraReader.jql(project, since))
        + "&fields=assignee,reporter&startAt=" + startAt + "&maxResults=100";
  }

  /** Fred, the first published user, under another key and username. */
  private static String user(String key) {
    String list = resource("fixtures/jira-datacenter/user-search.THIRD-PARTY-COPY.json").strip();
    return list.substring(1, list.indexOf("},\n  {") + 1).replace("JIRAUSER10100", key).replace("fred", key.toLowerCase());
  }

  private static String userList(String... keys) {
    StringBuilder body = new StringBuilder("[");
    for (String key : keys) {
      body.append(body.length() > 1 ? "," : "").append(user(key));
    }
    return body.append("]").toString();
  }

  private static String issuePage(int startAt, int total, String assignee) {
    return "{\"startAt\": " + startAt + ", \"maxResults\": 100, \"total\": " + total
        + ", \"issues\": [{\"key\": \"EX-" + (startAt + 1) + "\", \"fields\": {\"assignee\": " + assignee + ", \"reporter\": null}}]}";
  }

  @Test
  void sync_readsUsersAndIssuePeopleFromTheDocumentedExample() {
    server.on(users(0, 100), FixtureServer.Answer.json(resource("fixtures/jira-datacenter/user-search.THIRD-PARTY-COPY.json")))
        .on(issues("EX", null, 0), FixtureServer.Answer.json(issuePage(0, 1, user("JIRAUSER10300"))));

    SyncResult result = source(100).project("EX").build().sync(null, sink);

    assertThat(result.complete()).isTrue();
    assertThat(sink.ids()).containsExactly(id("JIRAUSER10100"), id("JIRAUSER10200"), id("JIRAUSER10300"));
    IdentityRecord fred = sink.records.get(0);
    assertThat(fred.integration().type()).isEqualTo(IntegrationType.JIRA_DATA_CENTER);
    assertThat(fred.integration().instance()).isEqualTo(server.base().getAuthority());
    assertThat(fred.accountId()).hasValue("JIRAUSER10100");
    assertThat(fred.login()).hasValue("fred");
    assertThat(fred.displayName()).hasValue("Fred F. User");
    assertThat(fred.emails()).containsExactly("fred@example.com");
    assertThat(fred.isBot()).isFalse();
    assertThat(sink.records.get(1).login()).hasValue("andrew");
    assertThat(server.requests()).allSatisfy(request ->
        assertThat(request.header("Authorization")).isEqualTo("Bearer jira-dc-pat-value"));
  }

  @Test
  void sync_pagesByStartAtThroughA429AndA500AndReturnsEveryUserOnce() {
    server.on(users(0, 2), FixtureServer.Answer.json(userList("K1", "K2")))
        .on(users(2, 2),
            new FixtureServer.Answer(429, Map.of("Retry-After", "7"), "{}"),
            new FixtureServer.Answer(500, Map.of(), "oops"),
            FixtureServer.Answer.json(userList("K3", "K4")))
        .on(users(4, 2), FixtureServer.Answer.json(userList("K5")));

    SyncResult result = source(2).build().sync(null, sink);

    assertThat(result.complete()).isTrue();
    assertThat(sink.ids()).containsExactly(id("K1"), id("K2"), id("K3"), id("K4"), id("K5"));
    assertThat(sink.pauses).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(1));
  }

  @Test
  void sync_endsUsersOnIsLastWhenThePageIsABean() {
    server.on(users(0, 2), FixtureServer.Answer.json("{\"isLast\": false, \"startAt\": 0, \"values\": " + userList("K1", "K2") + "}"))
        .on(users(2, 2), FixtureServer.Answer.json("{\"isLast\": true, \"startAt\": 2, \"values\": " + userList("K3", "K4") + "}"));

    source(2).build().sync(null, sink);

    assertThat(sink.ids()).containsExactly(id("K1"), id("K2"), id("K3"), id("K4"));
  }

  @Test
  void sync_pagesIssuesAgainstTheTotal() {
    server.on(users(0, 100), FixtureServer.Answer.json("[]"))
        .on(issues("EX", null, 0), FixtureServer.Answer.json(issuePage(0, 2, user("K1"))))
        .on(issues("EX", null, 1), FixtureServer.Answer.json(issuePage(1, 2, user("K2"))));

    source(100).project("EX").build().sync(null, sink);

    assertThat(sink.ids()).containsExactly(id("K1"), id("K2"));
  }

  @Test
  void sync_stopsEarlyOnALongRateLimitAndResumesFromTheCursor() {
    server.on(users(0, 1), FixtureServer.Answer.json(userList("K1")))
        .on(users(1, 1), new FixtureServer.Answer(429, Map.of("Retry-After", "3600"), "{}"), FixtureServer.Answer.json("[]"));

    SourceScenarios.assertResumes(source(1).build(), sink, server, List.of(id("K1")), users(0, 1), users(1, 1), users(1, 1));
  }

  @Test
  void sync_readsOnlyIssuesUpdatedSinceTheLastCompleteSync() {
    server.on(users(0, 100), FixtureServer.Answer.json("[]"))
        .on(issues("EX", null, 0), FixtureServer.Answer.json("{\"startAt\": 0, \"total\": 0, \"issues\": []}"));

    assertThat(SourceScenarios.assertIncremental(source(100).project("EX").build(), sink, server,
            since -> issues("EX", since, 0), "{\"startAt\": 0, \"total\": 0, \"issues\": []}"))
        .last().asString().contains("%20AND%20updated%20%3E%3D%20%22");
  }

  @Test
  void sync_namesTheBrowseUsersPermissionOnARefusalAndNeverTheToken() {
    server.on(users(0, 100), new FixtureServer.Answer(401, Map.of(), "{\"errorMessages\":[\"unauthorized\"]}"));

    SourceScenarios.assertRefusal(source(100).build(), sink, 401,
        List.of("Jira Data Center at " + server.base() + " answered 401", "personal access token", "Browse users and groups"),
        "jira-dc-pat-value");
  }

  @Test
  void sync_namesTheProjectOnA404() {
    server.on(users(0, 100), FixtureServer.Answer.json("[]"));

    SourceScenarios.assertNotFound(source(100).project("NOPE").build(), sink, "project NOPE's issues");
  }

  @Test
  void sync_givesUpAfterBoundedServerErrors() {
    server.on(users(0, 100), new FixtureServer.Answer(500, Map.of(), "boom"));

    SourceScenarios.assertGivesUp(source(100).build(), sink, 500);
  }

  @Test
  void sync_refusesACursorItDidNotWrite() {
    JiraDataCenterSource jira = source(100).build();

    assertThatThrownBy(() -> jira.sync("page 3", sink))
        .hasMessageContaining("the Jira Data Center cursor \"page 3\" is not one this source wrote");
  }
}
