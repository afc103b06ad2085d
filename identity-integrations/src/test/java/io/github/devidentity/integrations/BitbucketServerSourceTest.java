package io.github.devidentity.integrations;

import static io.github.devidentity.integrations.FixtureServer.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.spi.ContributionFact;
import io.github.devidentity.spi.SyncResult;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * BitbucketServerSource against a loopback server. No vendor example of Bitbucket Data Center's
 * responses could be stored (see SOURCES.md), so the bodies in {@code fixtures/bitbucket-server}
 * are hand-written ({@code .HAND-WRITTEN.json}) in the documented shape: pages {@code {size,
 * limit, isLastPage, start, values, nextPageStart}}; users with {@code name}, {@code slug}, numeric
 * {@code id}, {@code displayName}, {@code emailAddress}, {@code active}, {@code type}; commits
 * with an {@code author} that is a bare git identity or a matched user, and {@code
 * authorTimestamp}; pull requests with {@code author.user}, {@code reviewers[].user}, {@code
 * participants[]}.
 */
final class BitbucketServerSourceTest {
  private static final Secret TOKEN = Secret.of("BBDC-test-token-value");
  private static final String USERS = "/rest/api/1.0/users?limit=100";
  private static final String REPO = "/rest/api/1.0/projects/PLAT/repos/api";
  private static final String COMMITS = REPO + "/commits?limit=100";
  private static final String PULLS = REPO + "/pull-requests?limit=100&state=ALL&order=NEWEST";
  private static final String PULL_COMMITS = REPO + "/pull-requests/7/commits?limit=100";

  private final SourceHarness harness = new SourceHarness();
  private final FixtureServer server = harness.server;
  private final RecordingSink sink = harness.sink;

  @AfterEach
  void stop() {
    harness.close();
  }

  private String id(int user) {
    return "bitbucket-server:" + server.base().getAuthority() + ":" + user;
  }

  private BitbucketServerSource.Builder source() {
    return BitbucketServerSource.builder(server.base(), TOKEN)
        .settings(harness.settings());
  }

  /** A page of users with these ids, starting at {@code start}; the last page unless {@code next} is given. */
  private static String users(int start, Integer next, int... ids) {
    List<String> values = new ArrayList<>();
    for (int id : ids) {
      values.add("{\"name\": \"user" + id + "\", \"displayName\": \"User " + id + "\", \"id\": " + id
          + ", \"slug\": \"user" + id + "\", \"active\": true, \"type\": \"NORMAL\"}");
    }
    return "{\"size\": " + ids.length + ", \"limit\": 100, \"isLastPage\": " + (next == null) + ", \"start\": " + start
        + (next == null ? "" : ", \"nextPageStart\": " + next) + ", \"values\": [" + String.join(",", values) + "]}";
  }

  @Test
  void sync_readsUsersCommitsAndPullRequestsInTheDocumentedShape() {
    server.on(USERS, FixtureServer.Answer.json(resource("fixtures/bitbucket-server/users.HAND-WRITTEN.json")))
        .on(COMMITS, FixtureServer.Answer.json(resource("fixtures/bitbucket-server/commits.HAND-WRITTEN.json")))
        .on(PULLS, FixtureServer.Answer.json(resource("fixtures/bitbucket-server/pull-requests.HAND-WRITTEN.json")))
        .on(PULL_COMMITS, FixtureServer.Answer.json(resource("fixtures/bitbucket-server/commits.HAND-WRITTEN.json")));

    SyncResult result = source().users(true).repository("PLAT/api").build().sync(null, sink);

    assertThat(result.complete()).isTrue();
    IdentityRecord mara = sink.records.get(0);
    assertThat(mara.id().value()).isEqualTo(id(201));
    assertThat(mara.integration()).isEqualTo(Integration.of(IntegrationType.BITBUCKET_SERVER, server.base().getAuthority()));
    assertThat(mara.accountId()).hasValue("201");
    assertThat(mara.login()).hasValue("mhopper");
    assertThat(mara.displayName()).hasValue("Mara Hopper");
    assertThat(mara.emails()).containsExactly("mara.hopper@example.org");
    assertThat(mara.attributes()).containsEntry("slug", "mhopper");
    assertThat(mara.isBot()).isFalse();
    assertThat(sink.record(id(202)).orElseThrow()).satisfies(service -> {
      assertThat(service.isBot()).isTrue();
      assertThat(service.emails()).isEmpty();
    });
    assertThat(sink.record(id(203)).orElseThrow().login()).hasValue("jkowalski");
    assertThat(sink.ids()).doesNotHaveDuplicates();
    // A matched author stands for the git author with the user's display name and email.
    assertThat(sink.records).filteredOn(r -> r.integration().type() == IntegrationType.GIT)
        .extracting(r -> r.displayName().orElseThrow(), IdentityRecord::emails, IdentityRecord::lastSeen)
        .containsExactly(
            tuple("Mara Hopper", List.of("mara.hopper@example.org"), Optional.of(Instant.ofEpochMilli(1718000000000L))),
            tuple("Tomas Okafor", List.of("tomas@laptop.local"), Optional.of(Instant.ofEpochMilli(1717000000000L))));
    assertThat(sink.facts)
        .extracting(ContributionFact::kind, ContributionFact::accountId, ContributionFact::login,
            ContributionFact::reference, ContributionFact::authorEmail)
        .containsExactly(
            tuple(ContributionFact.Kind.COMMIT, "201", "mhopper", "4b7b2c5e9d0f1a2b3c4d5e6f708192a3b4c5d6e7",
                "mara.hopper@example.org"),
            tuple(ContributionFact.Kind.PULL_REQUEST_COMMIT, "201", "mhopper",
                "PLAT/api!7@4b7b2c5e9d0f1a2b3c4d5e6f708192a3b4c5d6e7", "mara.hopper@example.org"),
            tuple(ContributionFact.Kind.PULL_REQUEST_COMMIT, "201", "mhopper",
                "PLAT/api!7@9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b", "tomas@laptop.local"));
    assertThat(server.requests()).allSatisfy(request ->
        assertThat(request.header("Authorization")).isEqualTo("Bearer BBDC-test-token-value"));
  }

  @Test
  void sync_followsNextPageStartThroughA429AndA500AndReturnsEveryUserOnce() {
    server.on(USERS, FixtureServer.Answer.json(users(0, 2, 1, 2)))
        .on(USERS + "&start=2",
            new FixtureServer.Answer(429, Map.of("Retry-After", "7"), "{\"errors\": []}"),
            new FixtureServer.Answer(500, Map.of(), "{\"errors\": []}"),
            FixtureServer.Answer.json(users(2, 3, 3)))
        .on(USERS + "&start=3", FixtureServer.Answer.json(users(3, null, 4)));

    SyncResult result = source().users(true).build().sync(null, sink);

    assertThat(result.complete()).isTrue();
    assertThat(sink.ids()).containsExactly(id(1), id(2), id(3), id(4));
    assertThat(harness.pauses).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(1));
  }

  @Test
  void sync_continuesAfterAPageThatIsNotTheLastButGivesNoNextPageStart() {
    server.on(USERS, FixtureServer.Answer.json(users(0, 2, 1, 2).replace(", \"nextPageStart\": 2", "")))
        .on(USERS + "&start=2", FixtureServer.Answer.json(users(2, null, 3)));

    source().users(true).build().sync(null, sink);

    assertThat(sink.ids()).containsExactly(id(1), id(2), id(3));
  }

  @Test
  void sync_reportsAPageThatIsNotTheLastButLeadsNowhere() {
    server.on(USERS, FixtureServer.Answer.json("{\"size\": 0, \"limit\": 100, \"isLastPage\": false, \"start\": 0, \"values\": []}"));

    assertThatThrownBy(() -> source().users(true).build().sync(null, sink))
        .isInstanceOf(SourceException.class)
        .hasMessage("Bitbucket Data Center answered GET " + server.base() + USERS + " with a page that is not the last "
            + "but gives no later start (start 0, size 0, nextPageStart missing); the rest of this resource cannot be read");
  }

  @Test
  void sync_stopsEarlyOnALongRateLimitAndResumesFromTheCursor() {
    server.on(USERS, FixtureServer.Answer.json(users(0, 1, 1)))
        .on(USERS + "&start=1",
            new FixtureServer.Answer(429, Map.of("Retry-After", "3600"), "{\"errors\": []}"),
            FixtureServer.Answer.json(users(1, null, 2)));
    BitbucketServerSource bitbucket = source().users(true).build();

    SyncResult first = bitbucket.sync(null, sink);
    SyncResult second = bitbucket.sync(first.cursor(), sink);

    assertThat(first.complete()).isFalse();
    assertThat(second.complete()).isTrue();
    assertThat(sink.ids()).containsExactly(id(1), id(2));
    assertThat(server.requests()).extracting(FixtureServer.Request::pathAndQuery)
        .containsExactly(USERS, USERS + "&start=1", USERS + "&start=1");
  }

  @Test
  void sync_readsOnlyCommitsAndPullRequestCommitsSinceTheLastCompleteSync() {
    String commits = resource("fixtures/bitbucket-server/commits.HAND-WRITTEN.json")
        .replace("\"isLastPage\": true,", "\"isLastPage\": false, \"nextPageStart\": 2,");
    server.on(COMMITS, FixtureServer.Answer.json(commits))
        .on(COMMITS + "&start=2", FixtureServer.Answer.json("{\"size\": 0, \"isLastPage\": true, \"start\": 2, \"values\": []}"))
        .on(PULLS, FixtureServer.Answer.json(resource("fixtures/bitbucket-server/pull-requests.HAND-WRITTEN.json")))
        .on(PULL_COMMITS, FixtureServer.Answer.json(resource("fixtures/bitbucket-server/commits.HAND-WRITTEN.json")));
    BitbucketServerSource bitbucket = source().repository("PLAT/api").build();

    SyncResult first = bitbucket.sync(null, sink);
    int facts = sink.facts.size();
    SyncResult second = bitbucket.sync(first.cursor(), sink);

    assertThat(second.complete()).isTrue();
    // The 2024 commits and pull request are older than the first sync: their commits are read once.
    assertThat(sink.facts).hasSize(facts);
    assertThat(server.requests()).extracting(FixtureServer.Request::pathAndQuery)
        .containsExactly(COMMITS, COMMITS + "&start=2", PULLS, PULL_COMMITS, COMMITS, PULLS);
  }

  @Test
  void sync_namesThePermissionOnARefusalAndNeverTheToken() {
    server.on(USERS, new FixtureServer.Answer(403, Map.of(),
        "{\"errors\": [{\"message\": \"You are not permitted to access this resource\"}]}"));
    BitbucketServerSource bitbucket = source().users(true).build();

    assertThatThrownBy(() -> bitbucket.sync(null, sink))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("Bitbucket Data Center at " + server.base() + " answered 403")
        .hasMessageContaining("Licensed user")
        .hasMessageContaining("Repository read")
        .hasMessageContaining("You are not permitted")
        .message().doesNotContain("BBDC-test-token-value");
    assertThat(bitbucket.toString()).doesNotContain("BBDC-test-token-value");
  }

  @Test
  void sync_namesTheRepositoryOnA404() {
    assertThatThrownBy(() -> source().repository("PLAT/no-such-repo").build().sync(null, sink))
        .hasMessageContaining("answered 404")
        .hasMessageContaining("repository PLAT/no-such-repo's commits was not found");
  }

  @Test
  void sync_givesUpAfterBoundedServerErrors() {
    server.on(USERS, new FixtureServer.Answer(500, Map.of(), "{\"errors\": []}"));

    harness.assertGivesUpAfterServerErrors(() -> source().users(true).build().sync(null, sink), 500);
  }

  @Test
  void sync_readsAServerUnderAContextPath() {
    server.on("/bitbucket" + USERS, FixtureServer.Answer.json(users(0, null, 1)));

    BitbucketServerSource.builder(URI.create(server.base() + "/bitbucket/"), TOKEN).users(true).build().sync(null, sink);

    assertThat(sink.ids()).containsExactly(id(1));
  }

  @Test
  void builder_rejectsWhatItCannotRead() {
    assertThatThrownBy(() -> BitbucketServerSource.builder(URI.create("bitbucket.acme.org"), TOKEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not an http(s) URL");
    assertThatThrownBy(() -> source().repository("api"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Bitbucket repository \"api\" is not PROJECT/repo (project key and repository slug)");
    assertThatThrownBy(() -> source().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a Bitbucket Data Center source needs users(true) or a repository to read");
  }
}
