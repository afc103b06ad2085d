package io.github.devidentity.integrations;

import static io.github.devidentity.integrations.FixtureServer.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.spi.ContributionFact;
import io.github.devidentity.spi.SyncResult;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * BitbucketCloudSource against a loopback server serving Atlassian's published examples (the 2019
 * API specification's, copied in {@code fixtures/bitbucket-cloud}). The specification has no
 * example of the workspace members or commits lists: the tests wrap the published user and the
 * schema-derived commit in the documented page body {@code {pagelen, values, next}}.
 */
final class BitbucketCloudSourceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Secret TOKEN = Secret.of("ATATT-test-token-value");
  private static final String ACCOUNT = "123456:daffbc08-1a80-4bd0-98bf-7997de0a3d10";
  private static final String MEMBERS = "/workspaces/acme/members?pagelen=100";
  private static final String COMMITS = "/repositories/acme/api/commits?pagelen=100";
  private static final String PULLS = "/repositories/acme/api/pullrequests?pagelen=100"
      + "&state=OPEN&state=MERGED&state=DECLINED&state=SUPERSEDED&sort=-updated_on";
  private static final String PULL_COMMITS = "/repositories/acme/api/pullrequests/1/commits?pagelen=100";

  private final SourceHarness harness = new SourceHarness();
  private final FixtureServer server = harness.server;
  private final RecordingSink sink = harness.sink;

  @AfterEach
  void stop() {
    harness.close();
  }

  private BitbucketCloudSource.Builder source() {
    return BitbucketCloudSource.builder("ada@acme.org", TOKEN).baseUrl(server.base())
        .settings(harness.settings());
  }

  /** A page body around these values, with a link to the next page if given. */
  private static String page(String next, String... values) {
    return "{\"pagelen\": 100, " + (next == null ? "" : "\"next\": \"" + next + "\", ")
        + "\"values\": [" + String.join(",", values) + "]}";
  }

  /** A workspace membership of the published user, with another account id and uuid. */
  private static String member(int n) {
    return "{\"type\": \"workspace_membership\", \"user\": " + resource("fixtures/bitbucket-cloud/teams-members-list.2019.json")
        .replace(ACCOUNT, "557058:" + n).replace("58021780-82b6-4517-b153-0ae73ce3e4b4", "uuid-" + n) + "}";
  }

  /** The schema-derived commit with a git author, the published user as its account, a hash and a date. */
  private static String commit(String hash, String date) {
    try {
      ObjectNode commit = (ObjectNode) JSON.readTree(resource("fixtures/bitbucket-cloud/repositories-commit-item.SCHEMA-DERIVED.json"));
      ObjectNode author = (ObjectNode) commit.get("author");
      author.put("raw", "Example Username <example@acme.org>");
      author.set("user", JSON.readTree(resource("fixtures/bitbucket-cloud/users-get.2019.json")));
      commit.put("hash", hash).put("date", date);
      return commit.toString();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String accountId(IdentityRecord record) {
    return record.accountId().orElseThrow();
  }

  @Test
  void sync_readsMembersCommitsAndPullRequestsFromThePublishedExamples() {
    server.on(MEMBERS, FixtureServer.Answer.json(page(null, member(1).replace("557058:1", ACCOUNT)
            .replace("uuid-1", "58021780-82b6-4517-b153-0ae73ce3e4b4"))))
        .on(COMMITS, FixtureServer.Answer.json(page(null, commit("230269fdfabd", "2018-06-20T21:00:00+00:00"))))
        .on(PULLS, FixtureServer.Answer.json(page(null, resource("fixtures/bitbucket-cloud/repositories-pullrequests-get.2019.json"))))
        .on(PULL_COMMITS, FixtureServer.Answer.json(page(null, commit("c184aab5708b", "2018-06-20T23:00:00+00:00"))));

    SyncResult result = source().workspace("acme").repository("acme/api").build().sync(null, sink);

    assertThat(result.complete()).isTrue();
    IdentityRecord user = sink.records.get(0);
    assertThat(user.id().value()).isEqualTo("bitbucket-cloud:" + ACCOUNT);
    assertThat(user.integration()).isEqualTo(Integration.of(IntegrationType.BITBUCKET_CLOUD));
    assertThat(user.accountId()).hasValue(ACCOUNT);
    assertThat(user.login()).hasValue("example-username");
    assertThat(user.displayName()).hasValue("Example Username");
    assertThat(user.emails()).isEmpty();
    assertThat(user.attributes()).containsEntry("uuid", "{58021780-82b6-4517-b153-0ae73ce3e4b4}");
    assertThat(user.isBot()).isFalse();
    // The commit author and the pull request author are the same published account: one record.
    assertThat(sink.records).filteredOn(r -> r.integration().type() == IntegrationType.BITBUCKET_CLOUD).hasSize(1);
    assertThat(sink.records).filteredOn(r -> r.integration().type() == IntegrationType.GIT).singleElement()
        .satisfies(git -> {
          assertThat(git.displayName()).hasValue("Example Username");
          assertThat(git.emails()).containsExactly("example@acme.org");
          assertThat(git.lastSeen()).hasValue(Instant.parse("2018-06-20T21:00:00Z"));
        });
    assertThat(sink.facts)
        .extracting(ContributionFact::kind, ContributionFact::accountId, ContributionFact::login,
            ContributionFact::reference, ContributionFact::authorEmail)
        .containsExactly(
            tuple(ContributionFact.Kind.COMMIT, ACCOUNT, "example-username", "230269fdfabd", "example@acme.org"),
            tuple(ContributionFact.Kind.PULL_REQUEST_COMMIT, ACCOUNT, "example-username", "acme/api!1@c184aab5708b",
                "example@acme.org"));
    String basic = "Basic " + Base64.getEncoder().encodeToString(
        "ada@acme.org:ATATT-test-token-value".getBytes(StandardCharsets.UTF_8));
    assertThat(server.requests()).allSatisfy(request -> assertThat(request.header("Authorization")).isEqualTo(basic));
  }

  @Test
  void sync_readsTheSchemaDerivedExamplesKeyingAnAccountWithoutAccountIdByItsUuid() {
    String pulls = resource("fixtures/bitbucket-cloud/repositories-pullrequests-list.SCHEMA-DERIVED.json")
        .replace("\"next\": \"http://example.com\"", "\"next\": \"" + server.base() + PULLS + "&page=2\"");
    server.on(COMMITS, FixtureServer.Answer.json(
            page(null, resource("fixtures/bitbucket-cloud/repositories-commit-item.SCHEMA-DERIVED.json"))))
        .on(PULLS, FixtureServer.Answer.json(pulls))
        .on(PULLS + "&page=2", FixtureServer.Answer.json(page(null)))
        .on("/repositories/acme/api/pullrequests/0/commits?pagelen=100", FixtureServer.Answer.json(page(null)));

    SyncResult result = source().repository("acme/api").build().sync(null, sink);

    assertThat(result.complete()).isTrue();
    // The schema's placeholder user has uuid "string" and no account_id.
    assertThat(sink.records).extracting(r -> r.id().value(), r -> r.displayName().orElseThrow())
        .containsExactly(tuple("bitbucket-cloud:string", "string"), tuple("git:|string", "string"));
    assertThat(sink.facts).extracting(ContributionFact::kind, ContributionFact::accountId, ContributionFact::authorName)
        .containsExactly(tuple(ContributionFact.Kind.COMMIT, "string", "string"));
  }

  @Test
  void sync_followsNextLinksThroughA429AndA500AndReturnsEveryMemberOnce() {
    String page2 = server.base() + MEMBERS + "&page=2";
    String page3 = server.base() + MEMBERS + "&page=3";
    server.on(MEMBERS, FixtureServer.Answer.json(page(page2, member(1), member(2))))
        .on(MEMBERS + "&page=2",
            new FixtureServer.Answer(429, Map.of("Retry-After", "7"), "{\"type\": \"error\"}"),
            new FixtureServer.Answer(500, Map.of(), "{\"type\": \"error\"}"),
            FixtureServer.Answer.json(page(page3, member(3))))
        .on(MEMBERS + "&page=3", FixtureServer.Answer.json(page(null, member(4))));

    SyncResult result = source().workspace("acme").build().sync(null, sink);

    assertThat(result.complete()).isTrue();
    assertThat(sink.records).extracting(this::accountId).containsExactly("557058:1", "557058:2", "557058:3", "557058:4");
    assertThat(harness.pauses).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(1));
  }

  @Test
  void sync_stopsEarlyOnALongRateLimitAndResumesFromTheCursor() {
    String page2 = server.base() + MEMBERS + "&page=2";
    server.on(MEMBERS, FixtureServer.Answer.json(page(page2, member(1))))
        .on(MEMBERS + "&page=2",
            new FixtureServer.Answer(429, Map.of("Retry-After", "3600"), "{\"type\": \"error\"}"),
            FixtureServer.Answer.json(page(null, member(2))));
    BitbucketCloudSource bitbucket = source().workspace("acme").build();

    SyncResult first = bitbucket.sync(null, sink);
    SyncResult second = bitbucket.sync(first.cursor(), sink);

    assertThat(first.complete()).isFalse();
    assertThat(second.complete()).isTrue();
    assertThat(sink.records).extracting(this::accountId).containsExactly("557058:1", "557058:2");
    assertThat(server.requests()).extracting(FixtureServer.Request::pathAndQuery)
        .containsExactly(MEMBERS, MEMBERS + "&page=2", MEMBERS + "&page=2");
  }

  @Test
  void sync_readsOnlyCommitsAndPullRequestsSinceTheLastCompleteSync() {
    String page2 = server.base() + COMMITS + "&page=2";
    server.on(COMMITS, FixtureServer.Answer.json(page(page2, commit("230269fdfabd", "2018-06-20T21:00:00+00:00"))))
        .on(COMMITS + "&page=2", FixtureServer.Answer.json(page(null)))
        .on(PULLS, FixtureServer.Answer.json(page(null, resource("fixtures/bitbucket-cloud/repositories-pullrequests-get.2019.json"))))
        .on(PULL_COMMITS, FixtureServer.Answer.json(page(null)));
    BitbucketCloudSource bitbucket = source().repository("acme/api").build();

    SyncResult first = bitbucket.sync(null, sink);
    int before = sink.records.size();
    SyncResult second = bitbucket.sync(first.cursor(), sink);

    assertThat(second.complete()).isTrue();
    // The 2018 commit and pull request are older than the first sync: read once, and no later page is fetched.
    assertThat(sink.records).hasSize(before);
    assertThat(sink.facts).hasSize(1);
    assertThat(server.requests()).extracting(FixtureServer.Request::pathAndQuery)
        .containsExactly(COMMITS, COMMITS + "&page=2", PULLS, PULL_COMMITS, COMMITS, PULLS);
  }

  @Test
  void sync_namesTheScopesOnARefusalAndNeverTheToken() {
    server.on(MEMBERS, new FixtureServer.Answer(401, Map.of(), "{\"type\": \"error\", \"error\": {\"message\": \"Unauthorized\"}}"));
    BitbucketCloudSource bitbucket = source().workspace("acme").build();

    assertThatThrownBy(() -> bitbucket.sync(null, sink))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("Bitbucket Cloud at " + server.base() + " answered 401")
        .hasMessageContaining("read:workspace:bitbucket")
        .hasMessageContaining("Workspace membership")
        .message().doesNotContain("ATATT-test-token-value")
        .doesNotContain(Base64.getEncoder().encodeToString("ada@acme.org:ATATT-test-token-value".getBytes(StandardCharsets.UTF_8)));
    assertThat(bitbucket.toString()).doesNotContain("ATATT-test-token-value");
  }

  @Test
  void sync_sendsAnAccessTokenAsBearer() {
    server.on(MEMBERS, FixtureServer.Answer.json(page(null)));

    BitbucketCloudSource.builder(Secret.of("workspace-access-token")).baseUrl(server.base()).workspace("acme").build()
        .sync(null, sink);

    assertThat(server.requests()).singleElement()
        .satisfies(request -> assertThat(request.header("Authorization")).isEqualTo("Bearer workspace-access-token"));
  }

  @Test
  void sync_namesTheWorkspaceOnA404() {
    assertThatThrownBy(() -> source().workspace("no-such-workspace").build().sync(null, sink))
        .hasMessageContaining("answered 404")
        .hasMessageContaining("workspace no-such-workspace's members was not found");
  }

  @Test
  void sync_givesUpAfterBoundedServerErrors() {
    server.on(MEMBERS, new FixtureServer.Answer(503, Map.of(), "unavailable"));

    harness.assertGivesUpAfterServerErrors(() -> source().workspace("acme").build().sync(null, sink), 503);
  }

  @Test
  void sync_reportsABodyThatIsNoPage() {
    server.on(MEMBERS, FixtureServer.Answer.json(resource("fixtures/bitbucket-cloud/teams-members-list.2019.json")));

    assertThatThrownBy(() -> source().workspace("acme").build().sync(null, sink))
        .isInstanceOf(SourceException.class)
        .hasMessage("Bitbucket Cloud answered GET " + server.base() + MEMBERS + " with no \"values\" array; "
            + "expected a paginated body {pagelen, values, next}");
  }

  @Test
  void sync_marksAppUsersAsBots() {
    server.on(MEMBERS, FixtureServer.Answer.json(page(null, member(1).replace("\"type\": \"user\"", "\"type\": \"app_user\""))));

    source().workspace("acme").build().sync(null, sink);

    assertThat(sink.records).singleElement().satisfies(r -> assertThat(r.isBot()).isTrue());
  }

  @Test
  void gitAuthor_readsTheRawAuthor() {
    assertThat(author("Ada Lovelace <ada@acme.org>")).isEqualTo(new BitbucketCloudSource.GitAuthor("Ada Lovelace", "ada@acme.org"));
    assertThat(author("<ada@acme.org>")).isEqualTo(new BitbucketCloudSource.GitAuthor(null, "ada@acme.org"));
    assertThat(author("ada@acme.org")).isEqualTo(new BitbucketCloudSource.GitAuthor(null, "ada@acme.org"));
    assertThat(author("Ada")).isEqualTo(new BitbucketCloudSource.GitAuthor("Ada", null));
  }

  private static BitbucketCloudSource.GitAuthor author(String raw) {
    ObjectNode commit = JSON.createObjectNode();
    commit.putObject("author").put("raw", raw);
    return BitbucketCloudSource.GitAuthor.of(commit);
  }

  @Test
  void builder_rejectsWhatItCannotUse() {
    assertThatThrownBy(() -> BitbucketCloudSource.builder("ada:x", TOKEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"ada:x\" is not an email or username");
    assertThatThrownBy(() -> BitbucketCloudSource.builder(TOKEN).repository("api"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Bitbucket repository \"api\" is not workspace/repo_slug");
    assertThatThrownBy(() -> BitbucketCloudSource.builder(TOKEN).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a Bitbucket Cloud source needs a workspace or a repository to read");
  }
}
