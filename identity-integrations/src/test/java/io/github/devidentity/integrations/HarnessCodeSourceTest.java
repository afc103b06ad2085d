package io.github.devidentity.integrations;

import static io.github.devidentity.integrations.FixtureServer.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.spi.ContributionFact;
import io.github.devidentity.spi.SyncResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * HarnessCodeSource against a loopback server. Harness publishes no response examples: the bodies
 * are SCHEMA-DERIVED from its OpenAPI (placeholders such as {@code "string"} and {@code 0}, see
 * SOURCES.md), so these tests check shapes, paging and errors, not realistic values.
 */
final class HarnessCodeSourceTest {
  private static final Secret TOKEN = Secret.of("harness-token-value");
  private static final String PRINCIPALS = "/api/v1/principals?type=user&type=service&type=serviceaccount";
  private static final String REPO = "/api/v1/repos/acme%2Fapi";

  private final FixtureServer server = new FixtureServer();
  private final RecordingSink sink = new RecordingSink();

  @AfterEach
  void stop() {
    server.close();
  }

  private HarnessCodeSource.Builder source(int pageSize) {
    return HarnessCodeSource.builder(server.base(), TOKEN).settings(sink.settings(pageSize));
  }

  private String id(long principal) {
    return "harness-code:" + server.base().getAuthority() + ":" + principal;
  }

  private static String page(String path, int page, int limit) {
    return path + (path.contains("?") ? "&" : "?") + "page=" + page + "&limit=" + limit;
  }

  /** The schema-derived principal with another id, uid and type. */
  private static String principal(long id, String type) {
    String list = resource("fixtures/harness-code/principals-list.SCHEMA-DERIVED.json").strip();
    return list.substring(1, list.length() - 1).replace("\"id\": 0", "\"id\": " + id)
        .replace("\"uid\": \"string\"", "\"uid\": \"user" + id + "\"").replace("\"type\": \"service\"", "\"type\": \"" + type + "\"");
  }

  private static String principals(long... ids) {
    StringBuilder body = new StringBuilder("[");
    for (long id : ids) {
      body.append(body.length() > 1 ? "," : "").append(principal(id, "user"));
    }
    return body.append("]").toString();
  }

  private static FixtureServer.Answer paged(String body, int page, Integer next) {
    return new FixtureServer.Answer(200, next == null ? Map.of("x-page", "" + page) : Map.of("x-page", "" + page, "x-next-page", "" + next), body);
  }

  @Test
  void sync_readsPrincipalsCommitsAndPullRequestsFromTheSchemaShapes() {
    String commit = resource("fixtures/harness-code/repos-commits-get.SCHEMA-DERIVED.json");
    server.on(page(PRINCIPALS, 1, 100), FixtureServer.Answer.json(resource("fixtures/harness-code/principals-list.SCHEMA-DERIVED.json")))
        .on(page(REPO + "/commits", 1, 100), FixtureServer.Answer.json(resource("fixtures/harness-code/repos-commits-list.SCHEMA-DERIVED.json")))
        .on(page(REPO + "/pullreq?sort=edited&order=desc", 1, 100),
            FixtureServer.Answer.json(resource("fixtures/harness-code/repos-pullreq-list.SCHEMA-DERIVED.json")))
        .on(page(REPO + "/pullreq/0/commits", 1, 100), FixtureServer.Answer.json("[" + commit + "]"));

    SyncResult result = source(100).repository("acme/api").build().sync(null, sink);

    assertThat(result.complete()).isTrue();
    IdentityRecord service = sink.records.get(0);
    assertThat(service.id().value()).isEqualTo(id(0));
    assertThat(service.integration().type()).isEqualTo(IntegrationType.HARNESS_CODE);
    assertThat(service.accountId()).hasValue("0");
    assertThat(service.login()).hasValue("string");
    assertThat(service.displayName()).hasValue("string");
    assertThat(service.emails()).containsExactly("string");
    assertThat(service.isBot()).isTrue();
    assertThat(sink.records).filteredOn(r -> r.integration().type() == IntegrationType.GIT).singleElement()
        .satisfies(git -> assertThat(git.activityCount()).isEqualTo(1));
    assertThat(sink.facts).singleElement().satisfies(fact -> {
      assertThat(fact.kind()).isEqualTo(ContributionFact.Kind.PULL_REQUEST_COMMIT);
      assertThat(fact.accountId()).isEqualTo("0");
      assertThat(fact.reference()).isEqualTo("acme/api!0@string");
      assertThat(fact.authorEmail()).isEqualTo("string");
    });
    assertThat(server.requests()).allSatisfy(request ->
        assertThat(request.header("Authorization")).isEqualTo("Bearer harness-token-value"));
  }

  @Test
  void sync_followsXNextPageThroughA429AndA500AndReturnsEveryPrincipalOnce() {
    server.on(page(PRINCIPALS, 1, 2), paged(principals(1, 2), 1, 2))
        .on(page(PRINCIPALS, 2, 2),
            new FixtureServer.Answer(429, Map.of("Retry-After", "7"), "{\"message\":\"slow down\"}"),
            new FixtureServer.Answer(500, Map.of(), "oops"),
            paged(principals(3, 4), 2, 3))
        .on(page(PRINCIPALS, 3, 2), paged(principals(5), 3, null));

    SyncResult result = source(2).build().sync(null, sink);

    assertThat(result.complete()).isTrue();
    assertThat(sink.ids()).containsExactly(id(1), id(2), id(3), id(4), id(5));
    assertThat(sink.pauses).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(1));
  }

  @Test
  void sync_endsOnAShortPageWhenTheServerSendsNoPaginationHeaders() {
    server.on(page(PRINCIPALS, 1, 2), FixtureServer.Answer.json(principals(1, 2)))
        .on(page(PRINCIPALS, 2, 2), FixtureServer.Answer.json(principals(3)));

    source(2).build().sync(null, sink);

    assertThat(sink.ids()).containsExactly(id(1), id(2), id(3));
  }

  @Test
  void sync_stopsEarlyOnALongRateLimitAndResumesFromTheCursor() {
    server.on(page(PRINCIPALS, 1, 1), paged(principals(1), 1, 2))
        .on(page(PRINCIPALS, 2, 1), new FixtureServer.Answer(429, Map.of("Retry-After", "3600"), "{}"),
            paged(principals(2), 2, null));

    SourceScenarios.assertResumes(source(1).build(), sink, server, List.of(id(1), id(2)),
        page(PRINCIPALS, 1, 1), page(PRINCIPALS, 2, 1), page(PRINCIPALS, 2, 1));
  }

  @Test
  void sync_readsOnlyNewCommitsAndEditedPullRequestsAfterACompleteSync() {
    server.on(page(PRINCIPALS, 1, 100), FixtureServer.Answer.json("[]"))
        .on(page(REPO + "/commits", 1, 100), FixtureServer.Answer.json("{\"commits\": []}"))
        .on(page(REPO + "/pullreq?sort=edited&order=desc", 1, 100),
            FixtureServer.Answer.json(resource("fixtures/harness-code/repos-pullreq-list.SCHEMA-DERIVED.json")))
        .on(page(REPO + "/pullreq/0/commits", 1, 100), FixtureServer.Answer.json("[]"));

    assertThat(SourceScenarios.assertIncremental(source(100).repository("acme/api").build(), sink, server,
            since -> page(REPO + "/commits?since=" + since.toEpochMilli(), 1, 100), "{\"commits\": []}"))
        // The pull request was edited (epoch 0) before the first sync: its commits are read once.
        .filteredOn(path -> path.contains("/pullreq/0/commits")).hasSize(1);
  }

  @Test
  void sync_namesThePermissionOnARefusalAndNeverTheToken() {
    server.on(page(PRINCIPALS, 1, 100), new FixtureServer.Answer(403, Map.of(), "{\"message\":\"Forbidden\"}"));

    SourceScenarios.assertRefusal(source(100).build(), sink, 403,
        List.of("Harness Code at " + server.base() + " answered 403", "Reader role"), "harness-token-value");
  }

  @Test
  void sync_namesTheRepositoryOnA404() {
    server.on(page(PRINCIPALS, 1, 100), FixtureServer.Answer.json("[]"));

    SourceScenarios.assertNotFound(source(100).repository("acme/gone").build(), sink, "repository acme/gone's commits");
  }

  @Test
  void sync_givesUpAfterBoundedServerErrors() {
    server.on(page(PRINCIPALS, 1, 100), new FixtureServer.Answer(502, Map.of(), "bad gateway"));

    SourceScenarios.assertGivesUp(source(100).build(), sink, 502);
  }

  @Test
  void sync_marksServicesAndServiceAccountsAsBots() {
    server.on(page(PRINCIPALS, 1, 100), FixtureServer.Answer.json(
        "[" + principal(1, "user") + "," + principal(2, "service") + "," + principal(3, "serviceaccount") + "]"));

    source(100).build().sync(null, sink);

    assertThat(sink.records).extracting(IdentityRecord::isBot).containsExactly(false, true, true);
  }

  @Test
  void builder_refusesARepositoryThatIsNoPath() {
    assertThatThrownBy(() -> source(100).repository("api"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"api\" is not a path such as space/repo");
  }
}
