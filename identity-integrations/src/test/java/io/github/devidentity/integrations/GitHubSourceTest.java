package io.github.devidentity.integrations;

import static io.github.devidentity.integrations.FixtureServer.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.spi.ContributionFact;
import io.github.devidentity.spi.IdentitySink;
import io.github.devidentity.spi.SyncResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GitHubSource against a loopback server serving GitHub's own published examples. */
final class GitHubSourceTest {
  private static final Secret TOKEN = Secret.of("ghp_test_token_value");

  private final FixtureServer server = new FixtureServer();
  private final List<Duration> pauses = new ArrayList<>();
  private final List<IdentityRecord> records = new ArrayList<>();
  private final List<ContributionFact> facts = new ArrayList<>();
  private final IdentitySink sink = new IdentitySink() {
    @Override
    public void record(IdentityRecord record) {
      records.add(record);
    }

    @Override
    public void contribution(ContributionFact fact) {
      facts.add(fact);
    }
  };

  @AfterEach
  void stop() {
    server.close();
  }

  /** The record id of an account: the loopback server is a GitHub Enterprise Server to the source. */
  private String id(int account) {
    return "github-enterprise:" + server.base().getAuthority() + ":" + account;
  }

  private GitHubSource.Builder source() {
    return GitHubSource.builder(TOKEN).baseUrl(server.base())
        .settings(HttpSettings.builder().sleeper(pauses::add).maxRateLimitWait(Duration.ofSeconds(60)).build());
  }

  /** The published member object (the example is a one-element list) with another login and id. */
  private static String member(int id) {
    String list = resource("fixtures/github/orgs-list-members.RECONSTRUCTED.json").strip();
    return list.substring(1, list.length() - 1)
        .replace("\"login\": \"octocat\"", "\"login\": \"user" + id + "\"").replace("\"id\": 1,", "\"id\": " + id + ",");
  }

  @Test
  void sync_readsMembersProfilesCommitsAndPullRequestsFromThePublishedExamples() {
    server.on("/orgs/acme/members?per_page=100", FixtureServer.Answer.json(resource("fixtures/github/orgs-list-members.RECONSTRUCTED.json")))
        .on("/users/octocat?per_page=100", FixtureServer.Answer.json(resource("fixtures/github/users-get-by-username.json")))
        .on("/repos/acme/api/commits?per_page=100", FixtureServer.Answer.json(resource("fixtures/github/repos-list-commits.json")))
        .on("/repos/acme/api/pulls?per_page=100&state=all&sort=updated&direction=desc",
            FixtureServer.Answer.json(resource("fixtures/github/pulls-list.json")))
        .on("/repos/acme/api/pulls/1347/commits?per_page=100", FixtureServer.Answer.json(resource("fixtures/github/repos-list-commits.json")));

    SyncResult result = source().organisation("acme").repository("acme/api").build().sync(null, sink);

    assertThat(result.complete()).isTrue();
    IdentityRecord octocat = records.get(0);
    assertThat(octocat.integration().type()).isEqualTo(IntegrationType.GITHUB_ENTERPRISE);
    assertThat(octocat.integration().instance()).isEqualTo(server.base().getAuthority());
    assertThat(octocat.id().value()).isEqualTo(id(1));
    assertThat(octocat.login()).hasValue("octocat");
    assertThat(octocat.accountId()).hasValue("1");
    assertThat(octocat.displayName()).hasValue("monalisa octocat");
    assertThat(octocat.emails()).containsExactly("octocat@github.com");
    assertThat(octocat.isBot()).isFalse();
    assertThat(records).filteredOn(r -> r.integration().type() == IntegrationType.GIT).singleElement()
        .satisfies(git -> {
          assertThat(git.displayName()).hasValue("Monalisa Octocat");
          assertThat(git.emails()).containsExactly("support@github.com");
          assertThat(git.activityCount()).isEqualTo(1);
        });
    assertThat(facts).extracting(ContributionFact::kind, ContributionFact::accountId, ContributionFact::authorEmail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ContributionFact.Kind.COMMIT, "1", "support@github.com"),
            org.assertj.core.groups.Tuple.tuple(ContributionFact.Kind.PULL_REQUEST_COMMIT, "1", "support@github.com"));
    assertThat(server.requests()).allSatisfy(request -> {
      assertThat(request.header("Authorization")).isEqualTo("Bearer ghp_test_token_value");
      assertThat(request.header("X-GitHub-Api-Version")).isEqualTo("2022-11-28");
    });
    assertThat(result.cursor()).contains("\"since\"");
  }

  @Test
  void sync_followsLinkPagesThroughA429AndA500AndReturnsEveryMemberOnce() {
    String page2 = server.base() + "/orgs/acme/members?per_page=100&page=2";
    String page3 = server.base() + "/orgs/acme/members?per_page=100&page=3";
    server.on("/orgs/acme/members?per_page=100", new FixtureServer.Answer(200,
            Map.of("Link", "<" + page2 + ">; rel=\"next\", <" + page3 + ">; rel=\"last\""), "[" + member(1) + "," + member(2) + "]"))
        .on("/orgs/acme/members?per_page=100&page=2",
            new FixtureServer.Answer(429, Map.of("Retry-After", "7"), "{\"message\":\"slow down\"}"),
            new FixtureServer.Answer(500, Map.of(), "oops"),
            new FixtureServer.Answer(200, Map.of("Link", "<" + page3 + ">; rel=\"next\""), "[" + member(3) + "]"))
        .on("/orgs/acme/members?per_page=100&page=3", FixtureServer.Answer.json("[" + member(4) + "]"));

    SyncResult result = source().organisation("acme").profiles(false).build().sync(null, sink);

    assertThat(result.complete()).isTrue();
    assertThat(records).extracting(r -> r.id().value()).containsExactly(id(1), id(2), id(3), id(4));
    assertThat(pauses).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(1));
  }

  @Test
  void sync_stopsEarlyOnALongRateLimitAndResumesFromTheCursor() {
    String page2 = server.base() + "/orgs/acme/members?per_page=100&page=2";
    server.on("/orgs/acme/members?per_page=100",
            new FixtureServer.Answer(200, Map.of("Link", "<" + page2 + ">; rel=\"next\""), "[" + member(1) + "]"))
        .on("/orgs/acme/members?per_page=100&page=2",
            new FixtureServer.Answer(403, Map.of("x-ratelimit-remaining", "0", "x-ratelimit-reset", "3600"), "{}"),
            FixtureServer.Answer.json("[" + member(2) + "]"));
    GitHubSource github = source().organisation("acme").profiles(false).build();

    SyncResult first = github.sync(null, sink);
    SyncResult second = github.sync(first.cursor(), sink);

    assertThat(first.complete()).isFalse();
    assertThat(second.complete()).isTrue();
    assertThat(records).extracting(r -> r.id().value()).containsExactly(id(1), id(2));
    assertThat(server.requests()).extracting(FixtureServer.Request::pathAndQuery).containsExactly(
        "/orgs/acme/members?per_page=100", "/orgs/acme/members?per_page=100&page=2",
        "/orgs/acme/members?per_page=100&page=2");
  }

  @Test
  void sync_readsOnlyNewCommitsAfterACompleteSync() {
    server.on("/repos/acme/api/commits?per_page=100", FixtureServer.Answer.json("[]"))
        .on("/repos/acme/api/pulls?per_page=100&state=all&sort=updated&direction=desc",
            FixtureServer.Answer.json(resource("fixtures/github/pulls-list.json")))
        .on("/repos/acme/api/pulls/1347/commits?per_page=100", FixtureServer.Answer.json("[]"));
    GitHubSource github = source().repository("acme/api").build();

    SyncResult first = github.sync(null, sink);
    String since = first.cursor().replaceAll(".*\"since\":\"([^\"]+)\".*", "$1");
    server.on("/repos/acme/api/commits?per_page=100&since=" + since, FixtureServer.Answer.json("[]"));
    SyncResult second = github.sync(first.cursor(), sink);

    assertThat(second.complete()).isTrue();
    assertThat(server.requests()).extracting(FixtureServer.Request::pathAndQuery)
        .contains("/repos/acme/api/commits?per_page=100&since=" + since)
        // The 2011 pull request is older than the first sync: its commits are fetched only once.
        .filteredOn(path -> path.contains("/pulls/1347/commits")).hasSize(1);
  }

  @Test
  void sync_namesThePermissionOnARefusalAndNeverTheToken() {
    server.on("/orgs/acme/members?per_page=100", new FixtureServer.Answer(401, Map.of(), "{\"message\":\"Bad credentials\"}"));
    GitHubSource github = source().organisation("acme").build();

    assertThatThrownBy(() -> github.sync(null, sink))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("GitHub Enterprise Server at " + server.base() + " answered 401")
        .hasMessageContaining("read:org")
        .hasMessageContaining("Bad credentials")
        .satisfies(e -> assertThat(((SourceException) e).status()).isEqualTo(401))
        .message().doesNotContain("ghp_test_token_value");
    assertThat(github.toString()).doesNotContain("ghp_test_token_value");
    assertThat(TOKEN.toString()).isEqualTo("Secret[****]");
  }

  @Test
  void sync_neverFollowsALinkToAnotherHostWithTheToken() {
    server.on("/orgs/acme/members?per_page=100", new FixtureServer.Answer(200,
        Map.of("Link", "<http://attacker.example:9/orgs/acme/members?page=2>; rel=\"next\""), "[" + member(1) + "]"));
    GitHubSource github = source().organisation("acme").profiles(false).build();

    assertThatThrownBy(() -> github.sync(null, sink))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("pointed to GET http://attacker.example:9/orgs/acme/members?page=2, on another host than "
            + server.base())
        .message().doesNotContain("ghp_test_token_value");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void sync_namesTheOrganisationOnA404() {
    GitHubSource github = source().organisation("no-such-org").build();

    assertThatThrownBy(() -> github.sync(null, sink))
        .hasMessageContaining("answered 404")
        .hasMessageContaining("organisation no-such-org's members was not found");
  }

  @Test
  void sync_givesUpAfterBoundedServerErrors() {
    server.on("/orgs/acme/members?per_page=100", new FixtureServer.Answer(502, Map.of(), "bad gateway"));
    GitHubSource github = source().organisation("acme").build();

    assertThatThrownBy(() -> github.sync(null, sink))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("answered 502")
        .hasMessageContaining("4 times");
    assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  @Test
  void sync_marksBotAccounts() {
    String bot = resource("fixtures/github/orgs-list-members.RECONSTRUCTED.json").replace("\"type\": \"User\"", "\"type\": \"Bot\"");
    server.on("/orgs/acme/members?per_page=100", FixtureServer.Answer.json(bot));

    source().organisation("acme").profiles(false).build().sync(null, sink);

    assertThat(records).singleElement().satisfies(r -> assertThat(r.isBot()).isTrue());
  }
}
