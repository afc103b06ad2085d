package io.github.devidentity.integrations;

import static io.github.devidentity.integrations.FixtureServer.resource;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.spi.ContributionFact;
import io.github.devidentity.spi.SyncResult;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * AzureDevOpsSource against a loopback server serving Microsoft's published examples. The Graph
 * descriptor lookup ({@code _apis/graph/descriptors/{storageKey}}) has no published example in
 * the fixtures: its body here is written after the documented {@code GraphDescriptorResult}
 * shape, {@code {"value": "<descriptor>"}}.
 */
final class AzureDevOpsSourceTest {
  private static final Secret TOKEN = Secret.of("ado-pat-value");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String USERS = "/fabrikam/_apis/graph/users?api-version=7.1-preview.1";
  private static final String GIT = "/fabrikam/Fabrikam-Fiber/_apis/git/repositories/api";
  private static final String COMMITS = GIT + "/commits?api-version=7.1&searchCriteria.$top=";
  private static final String PULLS = GIT + "/pullrequests?api-version=7.1&searchCriteria.status=all&$top=";
  private static final String CREATOR = "d6245f20-2af8-44f4-9451-8107cb2767db";
  private static final String CREATOR_DESCRIPTOR = "aad.ZDYyNDVmMjAtMmFmOC03NGY0LTk0NTEtODEwN2NiMjc2N2Ri";

  private final FixtureServer server = new FixtureServer();
  private final RecordingSink sink = new RecordingSink();

  @AfterEach
  void stop() {
    server.close();
  }

  private AzureDevOpsSource.Builder source(int pageSize) {
    return AzureDevOpsSource.builder("fabrikam", TOKEN).baseUrl(server.base()).settings(sink.settings(pageSize));
  }

  private String id(String descriptor) {
    return "azure-devops:" + server.base().getAuthority() + ":" + descriptor;
  }

  private static String commits(String pull) {
    return GIT + "/pullRequests/" + pull + "/commits?api-version=7.1&$top=100";
  }

  /** The published Graph list holding only Francis Totten, once per descriptor given. */
  private static String users(String... descriptors) throws Exception {
    ObjectNode list = (ObjectNode) JSON.readTree(resource("fixtures/azure-devops/graph-users-list.json"));
    ObjectNode francis = (ObjectNode) list.get("value").get(2);
    ArrayNode value = JSON.createArrayNode();
    for (String descriptor : descriptors) {
      value.add(francis.deepCopy().put("descriptor", descriptor));
    }
    return list.put("count", descriptors.length).set("value", value).toString();
  }

  private static FixtureServer.Answer continued(String body, String token) {
    return new FixtureServer.Answer(200, Map.of("X-MS-ContinuationToken", token), body);
  }

  private static final String EMPTY = "{\"count\": 0, \"value\": []}";

  @Test
  void sync_readsGraphUsersCommitsAndPullRequestsFromThePublishedExamples() {
    server.on(USERS, FixtureServer.Answer.json(resource("fixtures/azure-devops/graph-users-list.json")))
        .on(COMMITS + "100", FixtureServer.Answer.json(resource("fixtures/azure-devops/git-commits-list.json")))
        .on(PULLS + "100", FixtureServer.Answer.json(resource("fixtures/azure-devops/git-pull-requests-list.json")))
        .on("/fabrikam/_apis/graph/descriptors/" + CREATOR + "?api-version=7.1-preview.1",
            FixtureServer.Answer.json("{\"value\": \"" + CREATOR_DESCRIPTOR + "\"}"))
        .on(commits("22"), FixtureServer.Answer.json(resource("fixtures/azure-devops/git-commits-list.json")))
        .on(commits("21"), FixtureServer.Answer.json(EMPTY))
        .on(commits("1"), FixtureServer.Answer.json(EMPTY));

    SyncResult result = source(100).repository("Fabrikam-Fiber/api").build().sync(null, sink);

    assertThat(result.complete()).isTrue();
    assertThat(sink.records).hasSize(5 + 1 + 1);
    IdentityRecord jamal = sink.records.get(1);
    assertThat(jamal.integration().type()).isEqualTo(IntegrationType.AZURE_DEVOPS);
    assertThat(jamal.id().value()).isEqualTo(id("aad.YWZkMzM2ZGQtZTgwYy03MWViLThlYmQtODMzNjMxYmEwNWM2"));
    assertThat(jamal.accountId()).hasValue("aad.YWZkMzM2ZGQtZTgwYy03MWViLThlYmQtODMzNjMxYmEwNWM2");
    assertThat(jamal.login()).hasValue("fabrikamfiber4@hotmail.com");
    assertThat(jamal.displayName()).hasValue("Jamal Hartnett");
    assertThat(jamal.emails()).containsExactly("fabrikamfiber4@hotmail.com");
    assertThat(jamal.isBot()).isFalse();
    // The two service identities (domain LOCAL AUTHORITY and Build) are bots, with no email.
    assertThat(sink.records.subList(0, 5)).extracting(IdentityRecord::isBot).containsExactly(true, false, false, false, true);
    assertThat(sink.records.get(0).emails()).isEmpty();
    assertThat(sink.records).filteredOn(r -> r.integration().type() == IntegrationType.GIT).singleElement()
        .satisfies(git -> {
          assertThat(git.displayName()).hasValue("Norman Paulk");
          assertThat(git.emails()).containsExactly("Fabrikamfiber16@hotmail.com");
          assertThat(git.activityCount()).isEqualTo(8);
        });
    // The creator is in no Graph listing of the example: a record of its own, by descriptor.
    assertThat(sink.records).filteredOn(r -> r.id().value().equals(id(CREATOR_DESCRIPTOR))).singleElement()
        .satisfies(creator -> {
          assertThat(creator.login()).hasValue("fabrikamfiber16@hotmail.com");
          assertThat(creator.displayName()).hasValue("Normal Paulk");
        });
    assertThat(sink.facts).hasSize(8).allSatisfy(fact -> {
      assertThat(fact.kind()).isEqualTo(ContributionFact.Kind.PULL_REQUEST_COMMIT);
      assertThat(fact.accountId()).isEqualTo(CREATOR_DESCRIPTOR);
      assertThat(fact.login()).isEqualTo("fabrikamfiber16@hotmail.com");
      assertThat(fact.authorEmail()).isEqualTo("Fabrikamfiber16@hotmail.com");
    });
    assertThat(sink.facts.get(0).reference()).isEqualTo("Fabrikam-Fiber/api!22@9991b4f66def4c0a9ad8f9f27043ece7eddcf1c7");
    assertThat(server.requests()).filteredOn(r -> r.pathAndQuery().contains("/descriptors/")).hasSize(1);
    String basic = "Basic " + Base64.getEncoder().encodeToString(":ado-pat-value".getBytes(UTF_8));
    assertThat(server.requests()).allSatisfy(request -> assertThat(request.header("Authorization")).isEqualTo(basic));
  }

  @Test
  void sync_usesTheCreatorsOwnDescriptorAndAddsNoRecordForAListedUser() throws Exception {
    String pulls = resource("fixtures/azure-devops/git-pull-requests-list-completed.json")
        .replace("\"uniqueName\": \"fabrikamfiber16@hotmail.com\",", "\"uniqueName\": \"fabrikamfiber16@hotmail.com\", \"descriptor\": \"aad.listed\",");
    server.on(USERS, FixtureServer.Answer.json(users("aad.listed")))
        .on(COMMITS + "100", FixtureServer.Answer.json(EMPTY))
        .on(PULLS + "100", FixtureServer.Answer.json(pulls))
        .on(commits("20"), FixtureServer.Answer.json(resource("fixtures/azure-devops/git-commits-list.json")));

    source(100).repository("Fabrikam-Fiber/api").build().sync(null, sink);

    assertThat(sink.ids()).containsExactly(id("aad.listed"));
    assertThat(sink.facts).hasSize(8).allSatisfy(fact -> assertThat(fact.accountId()).isEqualTo("aad.listed"));
    assertThat(server.requests()).noneMatch(r -> r.pathAndQuery().contains("/descriptors/"));
  }

  @Test
  void sync_followsTheContinuationTokenThroughA429AndA500AndReturnsEveryUserOnce() throws Exception {
    server.on(USERS, continued(users("aad.u1", "aad.u2"), "token/2"))
        .on(USERS + "&continuationToken=token%2F2",
            new FixtureServer.Answer(429, Map.of("Retry-After", "7"), "{\"message\":\"TF400733\"}"),
            new FixtureServer.Answer(500, Map.of(), "oops"),
            continued(users("aad.u3", "aad.u4"), "token3"))
        .on(USERS + "&continuationToken=token3", FixtureServer.Answer.json(users("aad.u5")));

    SyncResult result = source(2).build().sync(null, sink);

    assertThat(result.complete()).isTrue();
    assertThat(sink.ids()).containsExactly(id("aad.u1"), id("aad.u2"), id("aad.u3"), id("aad.u4"), id("aad.u5"));
    assertThat(sink.pauses).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(1));
  }

  @Test
  void sync_pagesCommitsWithTopAndSkip() throws Exception {
    String commits = resource("fixtures/azure-devops/git-commits-list.json");
    server.on(USERS, FixtureServer.Answer.json(users()))
        .on(COMMITS + "8", FixtureServer.Answer.json(commits))
        .on(COMMITS + "8&searchCriteria.$skip=8", FixtureServer.Answer.json(commits.replace("Norman Paulk", "Norman P.")))
        .on(COMMITS + "8&searchCriteria.$skip=16", FixtureServer.Answer.json(EMPTY))
        .on(PULLS + "8", FixtureServer.Answer.json(EMPTY));

    source(8).repository("Fabrikam-Fiber/api").build().sync(null, sink);

    assertThat(sink.records).extracting(r -> r.displayName().orElse("")).containsExactly("Norman Paulk", "Norman P.");
  }

  @Test
  void sync_stopsEarlyOnALongRateLimitAndResumesFromTheCursor() throws Exception {
    server.on(USERS, continued(users("aad.u1"), "next"))
        .on(USERS + "&continuationToken=next",
            new FixtureServer.Answer(429, Map.of("Retry-After", "3600"), "{}"), FixtureServer.Answer.json(users("aad.u2")));

    SourceScenarios.assertResumes(source(1).build(), sink, server, List.of(id("aad.u1"), id("aad.u2")),
        USERS, USERS + "&continuationToken=next", USERS + "&continuationToken=next");
  }

  @Test
  void sync_readsCommitsFromTheLastSyncAndSkipsPullRequestsClosedBefore() throws Exception {
    server.on(USERS, FixtureServer.Answer.json(users()))
        .on(COMMITS + "100", FixtureServer.Answer.json(EMPTY))
        .on(PULLS + "100", FixtureServer.Answer.json(resource("fixtures/azure-devops/git-pull-requests-list-completed.json")))
        .on("/fabrikam/_apis/graph/descriptors/" + CREATOR + "?api-version=7.1-preview.1",
            FixtureServer.Answer.json("{\"value\": \"" + CREATOR_DESCRIPTOR + "\"}"))
        .on(commits("20"), FixtureServer.Answer.json(EMPTY));

    assertThat(SourceScenarios.assertIncremental(source(100).repository("Fabrikam-Fiber/api").build(), sink, server,
            since -> COMMITS + "100&searchCriteria.fromDate=" + StepwiseSync.encode(since.toString()), EMPTY))
        // Pull request 20 was completed in 2016, before the first sync: its commits are read once.
        .filteredOn(path -> path.contains("/pullRequests/20/commits")).hasSize(1);
  }

  @Test
  void sync_fallsBackToTheIdentityIdWhenGraphHasNoDescriptor() throws Exception {
    server.on(USERS, FixtureServer.Answer.json(users()))
        .on(COMMITS + "100", FixtureServer.Answer.json(EMPTY))
        .on(PULLS + "100", FixtureServer.Answer.json(resource("fixtures/azure-devops/git-pull-requests-list-completed.json")))
        .on(commits("20"), FixtureServer.Answer.json(resource("fixtures/azure-devops/git-commits-list.json")));

    source(100).repository("Fabrikam-Fiber/api").build().sync(null, sink);

    assertThat(sink.facts).isNotEmpty().allSatisfy(fact -> assertThat(fact.accountId()).isEqualTo(CREATOR));
  }

  @Test
  void sync_namesTheScopesOnARefusalAndNeverTheToken() {
    server.on(USERS, new FixtureServer.Answer(401, Map.of(), ""));

    SourceScenarios.assertRefusal(source(100).build(), sink, 401,
        List.of("(organisation fabrikam) answered 401", "Graph (Read)", "Code (Read)"),
        "ado-pat-value", Base64.getEncoder().encodeToString(":ado-pat-value".getBytes(UTF_8)));
  }

  @Test
  void sync_namesTheProjectAndRepositoryOnA404() throws Exception {
    server.on(USERS, FixtureServer.Answer.json(users()));

    SourceScenarios.assertNotFound(source(100).repository("Nope/api").build(), sink, "repository Nope/api's commits");
  }

  @Test
  void sync_givesUpAfterBoundedServerErrors() {
    server.on(USERS, new FixtureServer.Answer(500, Map.of(), "TF246017"));

    SourceScenarios.assertGivesUp(source(100).build(), sink, 500);
  }

  @Test
  void integration_isTheDefaultInstanceOnAzureDevOpsServices() {
    assertThat(AzureDevOpsSource.builder("fabrikam", TOKEN).build().integration().toString()).isEqualTo("azure-devops");
    assertThatThrownBy(() -> AzureDevOpsSource.builder("fab/rikam", TOKEN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"fab/rikam\"");
    assertThatThrownBy(() -> source(100).repository("api"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not project/repository");
  }
}
