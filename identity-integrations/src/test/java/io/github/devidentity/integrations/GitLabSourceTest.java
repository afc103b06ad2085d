package io.github.devidentity.integrations;

import static io.github.devidentity.integrations.FixtureServer.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.devidentity.IdentityException;
import io.github.devidentity.model.AccountRef;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.spi.ContributionFact;
import io.github.devidentity.spi.SyncResult;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * GitLabSource against a loopback server serving GitLab's own published examples ({@code
 * doc/api/*.md}, copied in {@code fixtures/gitlab}). A merge request's commits are served from the
 * commits-list example, which has the same shape.
 */
final class GitLabSourceTest {
  private static final Secret TOKEN = Secret.of("glpat-test-token-value");
  private static final String USERS = "/api/v4/users?per_page=100&pagination=keyset&order_by=id&sort=asc";
  private static final String PROJECT = "/api/v4/projects/acme%2Fapi";
  private static final String MEMBERS = PROJECT + "/members/all?per_page=100";
  private static final String COMMITS = PROJECT + "/repository/commits?per_page=100";
  private static final String MERGE_REQUESTS = PROJECT + "/merge_requests?per_page=100&state=all&order_by=updated_at&sort=desc";
  private static final String MR_COMMITS = PROJECT + "/merge_requests/1/commits?per_page=100";

  private final SourceHarness harness = new SourceHarness();
  private final FixtureServer server = harness.server;
  private final RecordingSink sink = harness.sink;

  @AfterEach
  void stop() {
    harness.close();
  }

  /** The record id of an account: the loopback server is a self-managed instance to the source. */
  private String id(int account) {
    return "gitlab:" + server.base().getAuthority() + ":" + account;
  }

  private GitLabSource.Builder source() {
    return GitLabSource.builder(TOKEN).baseUrl(server.base())
        .settings(harness.settings());
  }

  /** The published users list's first user, with another id and username. */
  private static String user(int id) {
    String list = resource("fixtures/gitlab/users-list.json");
    String first = list.substring(list.indexOf('{'), list.indexOf('}') + 1);
    return first.replace("\"id\": 1,", "\"id\": " + id + ",").replace("\"john_smith\"", "\"user" + id + "\"");
  }

  private static FixtureServer.Answer page(String body, String header, String value) {
    return new FixtureServer.Answer(200, Map.of("Content-Type", "application/json", header, value), body);
  }

  @Test
  void sync_readsUsersMembersCommitsAndMergeRequestsFromThePublishedExamples() {
    server.on(USERS, FixtureServer.Answer.json(resource("fixtures/gitlab/users-list-admin.json")))
        .on(MEMBERS, FixtureServer.Answer.json(resource("fixtures/gitlab/project-members-list-all.json")))
        .on("/api/v4/users/3?per_page=100",
            FixtureServer.Answer.json(resource("fixtures/gitlab/users-get.json").replace("\"id\": 1,", "\"id\": 3,")))
        .on(COMMITS, FixtureServer.Answer.json(resource("fixtures/gitlab/commits-list.json")))
        .on(MERGE_REQUESTS, FixtureServer.Answer.json(resource("fixtures/gitlab/merge-requests-list.json")))
        .on(MR_COMMITS, FixtureServer.Answer.json(resource("fixtures/gitlab/commits-list.json")));

    SyncResult result = source().users(true).project("acme/api").build().sync(null, sink);

    assertThat(result.complete()).isTrue();
    IdentityRecord john = sink.records.get(0);
    assertThat(john.id().value()).isEqualTo(id(1));
    assertThat(john.integration()).isEqualTo(Integration.of(IntegrationType.GITLAB, server.base().getAuthority()));
    assertThat(john.accountId()).hasValue("1");
    assertThat(john.login()).hasValue("john_smith");
    assertThat(john.displayName()).hasValue("John Smith");
    assertThat(john.emails()).containsExactly("john@example.com");
    assertThat(john.attributes()).containsEntry("state", "active");
    assertThat(john.linkedAccounts()).containsExactly(AccountRef.of(Integration.of(IntegrationType.GITHUB), "2435223452345"));
    assertThat(sink.record(id(2)).orElseThrow().attributes()).containsEntry("state", "blocked");
    // Members 1 and 2 were read as users already; member 3's profile is fetched for its public email.
    assertThat(sink.record(id(3)).orElseThrow().emails()).containsExactly("john@example.com");
    assertThat(server.requests()).extracting(FixtureServer.Request::pathAndQuery)
        .filteredOn(path -> path.startsWith("/api/v4/users/")).containsExactly("/api/v4/users/3?per_page=100");
    // Accounts named on the merge request: the merging user and the assignee, as bare mentions.
    assertThat(sink.record(id(87854)).orElseThrow().login()).hasValue("DouweM");
    assertThat(sink.record(id(12)).orElseThrow().displayName()).hasValue("Miss Monserrate Beier");
    assertThat(sink.ids()).doesNotHaveDuplicates();
    assertThat(sink.records).filteredOn(r -> r.integration().type() == IntegrationType.GIT)
        .extracting(r -> r.displayName().orElseThrow(), IdentityRecord::emails, IdentityRecord::firstSeen)
        .containsExactly(
            tuple("Example User", List.of("user@example.com"), Optional.of(Instant.parse("2021-09-20T11:50:22.001Z"))),
            // The second published commit has no authored_date: its created_at stands in.
            tuple("randx", List.of("user@example.com"), Optional.of(Instant.parse("2021-09-20T09:06:12.201Z"))));
    assertThat(sink.facts)
        .extracting(ContributionFact::kind, ContributionFact::accountId, ContributionFact::login,
            ContributionFact::reference, ContributionFact::authorName)
        .containsExactly(
            tuple(ContributionFact.Kind.PULL_REQUEST_COMMIT, "1", "admin",
                "acme/api!1@ed899a2f4b50b4370feeea94676502b42383c746", "Example User"),
            tuple(ContributionFact.Kind.PULL_REQUEST_COMMIT, "1", "admin",
                "acme/api!1@6104942438c14ec7bd21c6cd5bd995272b3faff6", "randx"));
    assertThat(server.requests()).allSatisfy(request ->
        assertThat(request.header("Authorization")).isEqualTo("Bearer glpat-test-token-value"));
    assertThat(result.cursor()).contains("\"since\"");
  }

  @Test
  void sync_keepsTheEmailAndCommitEmailAnAdministratorSees() {
    server.on(MEMBERS, FixtureServer.Answer.json("[" + user(1) + "]"))
        .on("/api/v4/users/1?per_page=100", FixtureServer.Answer.json(resource("fixtures/gitlab/users-get-admin.json")))
        .on(COMMITS, FixtureServer.Answer.json("[]"))
        .on(MERGE_REQUESTS, FixtureServer.Answer.json("[]"));

    source().project("acme/api").build().sync(null, sink);

    assertThat(sink.records).singleElement().satisfies(john -> {
      assertThat(john.emails()).containsExactly("john@example.com", "john-codes@example.com");
      assertThat(john.isBot()).isFalse();
    });
  }

  @Test
  void sync_keepsAMemberAsListedWhenItsProfileIsNotFound() {
    server.on(MEMBERS, FixtureServer.Answer.json("[" + user(5) + "]"))
        .on(COMMITS, FixtureServer.Answer.json("[]"))
        .on(MERGE_REQUESTS, FixtureServer.Answer.json("[]"));

    SyncResult result = source().project("acme/api").build().sync(null, sink);

    assertThat(result.complete()).isTrue();
    assertThat(sink.records).singleElement().satisfies(member -> {
      assertThat(member.id().value()).isEqualTo(id(5));
      assertThat(member.login()).hasValue("user5");
    });
    assertThat(server.requests()).extracting(FixtureServer.Request::pathAndQuery).contains("/api/v4/users/5?per_page=100");
  }

  @Test
  void sync_followsLinkPagesThroughA429AndA500AndReturnsEveryUserOnce() {
    String page2 = server.base() + "/api/v4/users?per_page=100&pagination=keyset&order_by=id&sort=asc&id_after=2";
    String page3 = server.base() + "/api/v4/users?per_page=100&pagination=keyset&order_by=id&sort=asc&id_after=3";
    server.on(USERS, page("[" + user(1) + "," + user(2) + "]", "Link", "<" + page2 + ">; rel=\"next\""))
        .on(USERS + "&id_after=2",
            new FixtureServer.Answer(429, Map.of("Retry-After", "7"), "{\"message\":\"429 Too Many Requests\"}"),
            new FixtureServer.Answer(500, Map.of(), "{\"message\":\"500 Internal Server Error\"}"),
            page("[" + user(3) + "]", "Link", "<" + page3 + ">; rel=\"next\""))
        .on(USERS + "&id_after=3", FixtureServer.Answer.json("[" + user(4) + "]"));

    SyncResult result = source().users(true).build().sync(null, sink);

    assertThat(result.complete()).isTrue();
    assertThat(sink.ids()).containsExactly(id(1), id(2), id(3), id(4));
    assertThat(harness.pauses).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(1));
  }

  @Test
  void sync_followsXNextPageWhenThereIsNoLinkHeader() {
    String commits = resource("fixtures/gitlab/commits-list.json");
    server.on(MEMBERS, FixtureServer.Answer.json("[]"))
        .on(COMMITS, page(commits, "x-next-page", "2"))
        .on(COMMITS + "&page=2", page(commits.replace("Example User", "Second Page"), "x-next-page", ""))
        .on(MERGE_REQUESTS, FixtureServer.Answer.json("[]"));

    source().project("acme/api").build().sync(null, sink);

    assertThat(sink.records).extracting(r -> r.displayName().orElseThrow())
        .containsExactly("Example User", "randx", "Second Page");
    assertThat(sink.record("git:user@example.com|randx").orElseThrow().activityCount()).isEqualTo(2);
    assertThat(harness.pauses).isEmpty();
    assertThat(server.requests()).extracting(FixtureServer.Request::pathAndQuery).containsExactly(MEMBERS, COMMITS, COMMITS + "&page=2", MERGE_REQUESTS);
  }

  @Test
  void sync_stopsEarlyOnALongRateLimitAndResumesFromTheCursor() {
    String page2 = server.base() + USERS + "&id_after=1";
    long reset = Instant.now().plus(Duration.ofHours(1)).getEpochSecond();
    server.on(USERS, page("[" + user(1) + "]", "Link", "<" + page2 + ">; rel=\"next\""))
        .on(USERS + "&id_after=1",
            new FixtureServer.Answer(429, Map.of("RateLimit-Reset", Long.toString(reset)), "{}"),
            FixtureServer.Answer.json("[" + user(2) + "]"));
    GitLabSource gitlab = source().users(true).build();

    SyncResult first = gitlab.sync(null, sink);
    SyncResult second = gitlab.sync(first.cursor(), sink);

    assertThat(first.complete()).isFalse();
    assertThat(first.cursor()).contains("id_after=1");
    assertThat(second.complete()).isTrue();
    assertThat(sink.ids()).containsExactly(id(1), id(2));
    assertThat(server.requests()).extracting(FixtureServer.Request::pathAndQuery)
        .containsExactly(USERS, USERS + "&id_after=1", USERS + "&id_after=1");
  }

  @Test
  void sync_readsOnlyCommitsAndMergeRequestsSinceTheLastCompleteSync() {
    server.on(MEMBERS, FixtureServer.Answer.json("[]"))
        .on(COMMITS, FixtureServer.Answer.json("[]"))
        .on(MERGE_REQUESTS, FixtureServer.Answer.json("[]"));
    GitLabSource gitlab = source().project("acme/api").build();

    SyncResult first = gitlab.sync(null, sink);
    String since = first.cursor().replaceAll(".*\"since\":\"([^\"]+)\".*", "$1");
    server.on(COMMITS + "&since=" + since, FixtureServer.Answer.json(resource("fixtures/gitlab/commits-list.json")))
        .on(MERGE_REQUESTS + "&updated_after=" + since, FixtureServer.Answer.json("[]"));
    SyncResult second = gitlab.sync(first.cursor(), sink);

    assertThat(second.complete()).isTrue();
    assertThat(sink.records).extracting(r -> r.displayName().orElseThrow()).containsExactly("Example User", "randx");
    assertThat(server.requests()).extracting(FixtureServer.Request::pathAndQuery)
        .endsWith(MEMBERS, COMMITS + "&since=" + since, MERGE_REQUESTS + "&updated_after=" + since);
  }

  @Test
  void sync_namesTheScopeOnARefusalAndNeverTheToken() {
    server.on(MEMBERS, new FixtureServer.Answer(401, Map.of(), "{\"message\":\"401 Unauthorized\"}"));
    GitLabSource gitlab = source().project("acme/api").build();

    assertThatThrownBy(() -> gitlab.sync(null, sink))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("GitLab at " + server.base() + " answered 401")
        .hasMessageContaining("read_api")
        .hasMessageContaining("401 Unauthorized")
        .satisfies(e -> assertThat(((SourceException) e).status()).isEqualTo(401))
        .message().doesNotContain("glpat-test-token-value");
    assertThat(gitlab.toString()).doesNotContain("glpat-test-token-value");
  }

  @Test
  void sync_namesTheAdministratorOnAForbiddenUsersList() {
    server.on(USERS, new FixtureServer.Answer(403, Map.of(), "{\"message\":\"403 Forbidden\"}"));

    assertThatThrownBy(() -> source().users(true).build().sync(null, sink))
        .hasMessageContaining("answered 403")
        .hasMessageContaining("the token lacks a permission")
        .hasMessageContaining("administrator");
  }

  @Test
  void sync_namesTheProjectOnA404() {
    GitLabSource gitlab = source().project("acme/no-such-project").build();

    assertThatThrownBy(() -> gitlab.sync(null, sink))
        .hasMessageContaining("answered 404")
        .hasMessageContaining("project acme/no-such-project's members was not found");
  }

  @Test
  void sync_givesUpAfterBoundedServerErrors() {
    server.on(MEMBERS, new FixtureServer.Answer(502, Map.of(), "bad gateway"));

    harness.assertGivesUpAfterServerErrors(() -> source().project("acme/api").build().sync(null, sink), 502);
  }

  @Test
  void sync_marksBotUsers() {
    server.on(USERS, FixtureServer.Answer.json(
        "[" + resource("fixtures/gitlab/users-get.json").replace("\"bot\": false", "\"bot\": true") + "]"));

    source().users(true).build().sync(null, sink);

    assertThat(sink.records).singleElement().satisfies(r -> assertThat(r.isBot()).isTrue());
  }

  @Test
  void sync_reportsAnAnswerThatIsNoList() {
    server.on(USERS, FixtureServer.Answer.json(resource("fixtures/gitlab/users-get.json")));

    assertThatThrownBy(() -> source().users(true).build().sync(null, sink))
        .isInstanceOf(SourceException.class)
        .hasMessage("GitLab answered GET " + server.base() + USERS + " with a JSON object; expected an array");
  }

  @Test
  void sync_refusesACursorItDidNotWrite() {
    GitLabSource gitlab = source().users(true).build();

    assertThatThrownBy(() -> gitlab.sync("page=3", sink))
        .isInstanceOf(IdentityException.class)
        .hasMessage("the GitLab cursor \"page=3\" is not one this source wrote; start a full sync with no cursor");
  }

  @Test
  void integration_isGitLabForGitlabComAndTheHostForASelfManagedInstance() {
    assertThat(GitLabSource.builder(TOKEN).project("acme/api").build().integration())
        .isEqualTo(Integration.of(IntegrationType.GITLAB));
    assertThat(GitLabSource.builder(TOKEN).baseUrl(URI.create("https://gitlab.acme.org/api/v4/")).users(true).build())
        .satisfies(gitlab -> {
          assertThat(gitlab.integration()).isEqualTo(Integration.of(IntegrationType.GITLAB, "gitlab.acme.org"));
          assertThat(gitlab.toString()).isEqualTo("GitLabSource[https://gitlab.acme.org, all users, 0 projects]");
        });
  }

  @Test
  void builder_rejectsWhatItCannotRead() {
    assertThatThrownBy(() -> GitLabSource.builder(TOKEN).project("api"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GitLab project \"api\" is not a numeric id or a path such as group/project");
    assertThatThrownBy(() -> GitLabSource.builder(TOKEN).baseUrl(URI.create("gitlab.acme.org")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not an http(s) URL");
    assertThatThrownBy(() -> GitLabSource.builder(TOKEN).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a GitLab source needs users(true) or a project to read");
    assertThat(GitLabSource.builder(TOKEN).project("42").build()).isNotNull();
  }
}
