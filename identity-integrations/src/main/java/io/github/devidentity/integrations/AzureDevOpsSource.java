package io.github.devidentity.integrations;

import static io.github.devidentity.integrations.GitHubSource.array;
import static io.github.devidentity.integrations.GitHubSource.instant;
import static io.github.devidentity.integrations.GitHubSource.text;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.spi.ContributionFact;
import io.github.devidentity.spi.IdentitySink;
import io.github.devidentity.spi.IdentitySource;
import io.github.devidentity.spi.SyncResult;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads Azure DevOps Services (REST 7.1), or Azure DevOps Server through its collection URL: the
 * organisation's users from Graph, and for each repository the commits (git authors) and the pull
 * requests (their creators, and the git authors of their commits) as {@link ContributionFact}s.
 *
 * <p>Records: one per Graph user ({@code azure-devops:<descriptor>}: the subject descriptor as
 * account id, {@code principalName} as login, display name, {@code mailAddress}; service
 * identities, with descriptor {@code svc.}/{@code s2s.} or domain {@code Build}/{@code LOCAL
 * AUTHORITY}, are bots) and one per git author identity ({@link GitIdentities}). Git names people
 * by identity id, not descriptor: a pull request creator's descriptor is its own {@code
 * descriptor} field when the response has one, else Graph's descriptor lookup, so the creator and
 * the Graph user are one account. A creator missing from the Graph listing of the same sync gets a
 * record of its own ({@code uniqueName} as login). Git commits carry no account, so they yield no
 * commit facts.
 *
 * <p>Graph pages follow the {@code X-MS-ContinuationToken} header; commits and pull requests page
 * with {@code $top}/{@code $skip}; a pull request's commits with {@code $top} and the continuation
 * header. A complete sync's cursor holds its start: the next sync reads commits from then on, and
 * the commits of pull requests created or closed since, or still active.
 *
 * <p>A personal access token is sent as Basic with an empty user name; it needs the scopes Graph
 * (Read) and Code (Read).
 *
 * <pre>{@code
 * AzureDevOpsSource ado = AzureDevOpsSource.builder("fabrikam", Secret.fromEnvironment("ADO_PAT"))
 *     .repository("Fabrikam-Fiber/api").build();
 * SyncResult result = ado.sync(previousCursor, sink);
 * }</pre>
 */
public final class AzureDevOpsSource implements IdentitySource {
  private static final URI SERVICES = URI.create("https://dev.azure.com");
  private static final URI SERVICES_GRAPH = URI.create("https://vssps.dev.azure.com");
  private static final Pattern REPOSITORY = Pattern.compile("[^/\\s]+/[^/\\s]+");
  private static final String GRAPH_VERSION = "api-version=7.1-preview.1";
  private static final String GIT_VERSION = "api-version=7.1";
  private static final String CONTINUATION = "x-ms-continuationtoken";

  private final String organisation;
  private final URI base;
  private final URI graph;
  private final Integration integration;
  private final List<String> repositories;
  private final int pageSize;
  private final JsonHttp http;

  private AzureDevOpsSource(Builder builder) {
    this.organisation = builder.organisation;
    this.base = builder.base;
    this.graph = builder.graph;
    this.integration = SERVICES.equals(base) ? Integration.of(IntegrationType.AZURE_DEVOPS)
        : Integration.of(IntegrationType.AZURE_DEVOPS, base.getAuthority());
    this.repositories = List.copyOf(builder.repositories);
    this.pageSize = builder.settings.pageSize();
    this.http = new JsonHttp(builder.settings,
        new JsonHttp.Vendor((SERVICES.equals(base) ? "Azure DevOps" : "Azure DevOps Server at " + base)
                + " (organisation " + organisation + ")",
            "a personal access token needs the scopes Graph (Read) for users and Code (Read) for commits "
                + "and pull requests, and its user must belong to the organisation"),
        Map.of("Authorization", builder.basic), Map.of()).trust(base).trust(graph);
  }

  /**
   * Starts a source reading an organisation (a collection on Azure DevOps Server) with a personal
   * access token, sent as {@code Authorization: Basic base64(":" + token)}.
   *
   * @throws IllegalArgumentException if the organisation is blank or holds a slash
   */
  public static Builder builder(String organisation, Secret token) {
    requireNonNull(organisation, "organisation");
    requireNonNull(token, "token");
    if (organisation.isBlank() || organisation.contains("/")) {
      throw new IllegalArgumentException("organisation \"" + organisation + "\" is not an Azure DevOps organisation name");
    }
    return new Builder(organisation.trim(), token);
  }

  @Override
  public Integration integration() {
    return integration;
  }

  @Override
  public SyncResult sync(@Nullable String cursor, IdentitySink sink) {
    requireNonNull(sink, "sink");
    Run run = new Run(sink);
    return StepwiseSync.run(http, "Azure DevOps", cursor, at -> {
      run.listed = !at.resumed();
      List<StepwiseSync.Step> steps = new ArrayList<>();
      steps.add(new StepwiseSync.Step("organisation " + organisation + "'s users",
          StepwiseSync.join(graph, "/" + StepwiseSync.encode(organisation) + "/_apis/graph/users", GRAPH_VERSION), page -> {
            array(page.body().path("value")).forEach(run::graphUser);
            return page.header(CONTINUATION).filter(token -> !token.isBlank())
                .map(token -> StepwiseSync.withParameter(page.uri(), "continuationToken", token)).orElse(null);
          }));
      for (String repository : repositories) {
        String path = "/" + StepwiseSync.encode(organisation) + "/" + repositoryPath(repository);
        String from = at.since() == null ? "" : "&searchCriteria.fromDate=" + StepwiseSync.encode(at.since().toString());
        steps.add(new StepwiseSync.Step("repository " + repository + "'s commits",
            StepwiseSync.join(base, path + "/commits", GIT_VERSION + "&searchCriteria.$top=" + pageSize + from), page -> {
              JsonNode commits = page.body().path("value");
              for (JsonNode commit : array(commits)) {
                JsonNode author = commit.path("author");
                run.identities.commit(text(author, "name"), text(author, "email"), instant(text(author, "date")));
              }
              return StepwiseSync.nextOffset(page.uri(), "searchCriteria.$skip", commits.size(), pageSize);
            }));
        steps.add(new StepwiseSync.Step("repository " + repository + "'s pull requests",
            StepwiseSync.join(base, path + "/pullrequests", GIT_VERSION + "&searchCriteria.status=all&$top=" + pageSize),
            page -> {
              JsonNode pulls = page.body().path("value");
              for (JsonNode pull : array(pulls)) {
                if (changedSince(pull, at.since())) {
                  pull(run, repository, path, pull);
                }
              }
              return StepwiseSync.nextOffset(page.uri(), "$skip", pulls.size(), pageSize);
            }));
      }
      return steps;
    }, run::flush);
  }

  /** Whether a pull request may hold commits an earlier sync did not see. */
  private static boolean changedSince(JsonNode pull, @Nullable Instant since) {
    if (since == null || "active".equals(text(pull, "status"))) {
      return true;
    }
    Instant created = instant(text(pull, "creationDate"));
    Instant closed = instant(text(pull, "closedDate"));
    return created == null || !created.isBefore(since) || (closed != null && !closed.isBefore(since));
  }

  private void pull(Run run, String repository, String path, JsonNode pull) {
    JsonNode creator = pull.path("createdBy");
    String account = run.creator(creator);
    if (account == null) {
      return;
    }
    String number = pull.path("pullRequestId").asText();
    StepwiseSync.each(http, StepwiseSync.join(base, path + "/pullRequests/" + number + "/commits",
            GIT_VERSION + "&$top=" + pageSize), "pull request " + repository + "!" + number, page -> {
          for (JsonNode commit : array(page.body().path("value"))) {
            JsonNode author = commit.path("author");
            String sha = text(commit, "commitId");
            run.sink.contribution(new ContributionFact(integration, account, text(creator, "uniqueName"),
                ContributionFact.Kind.PULL_REQUEST_COMMIT, repository + "!" + number + "@" + (sha == null ? "?" : sha),
                text(author, "name"), text(author, "email"), instant(text(author, "date"))));
          }
          return page.header(CONTINUATION).filter(token -> !token.isBlank())
              .map(token -> StepwiseSync.withParameter(page.uri(), "continuationToken", token)).orElse(null);
        });
  }

  private static String repositoryPath(String repository) {
    int slash = repository.indexOf('/');
    return StepwiseSync.encode(repository.substring(0, slash)) + "/_apis/git/repositories/"
        + StepwiseSync.encode(repository.substring(slash + 1));
  }

  private static boolean serviceDescriptor(String descriptor) {
    return descriptor.startsWith("svc.") || descriptor.startsWith("s2s.");
  }

  @Override
  public String toString() {
    return "AzureDevOpsSource[" + base + ", organisation " + organisation + ", " + repositories.size() + " repositories]";
  }

  /** One sync's state. */
  private final class Run {
    final IdentitySink sink;
    final GitIdentities identities = new GitIdentities();
    /** Descriptors the Graph listing of this sync held. */
    final Set<String> users = new HashSet<>();
    /** Descriptors of pull request creators, by identity id. */
    final Map<String, String> descriptors = new HashMap<>();
    /** Whether this sync reads the Graph listing (false when it resumes past it). */
    boolean listed;

    Run(IdentitySink sink) {
      this.sink = sink;
    }

    void graphUser(JsonNode user) {
      String descriptor = text(user, "descriptor");
      if (descriptor == null || !users.add(descriptor)) {
        return;
      }
      String domain = text(user, "domain");
      sink.record(IdentityRecord.builder(RecordId.of(integration + ":" + descriptor), integration)
          .accountId(descriptor)
          .login(text(user, "principalName"))
          .displayName(text(user, "displayName"))
          .email(text(user, "mailAddress"))
          .bot(serviceDescriptor(descriptor) || "Build".equals(domain) || "LOCAL AUTHORITY".equals(domain))
          .build());
    }

    /** The creator's account id (descriptor); a record for it when Graph did not list it. */
    @Nullable String creator(JsonNode creator) {
      String id = text(creator, "id");
      String descriptor = text(creator, "descriptor");
      if (descriptor == null && id == null) {
        return null;
      }
      if (descriptor == null) {
        descriptor = descriptors.computeIfAbsent(id, this::lookUp);
      }
      if (listed && users.add(descriptor)) {
        sink.record(IdentityRecord.builder(RecordId.of(integration + ":" + descriptor), integration)
            .accountId(descriptor)
            .login(text(creator, "uniqueName"))
            .displayName(text(creator, "displayName"))
            .bot(serviceDescriptor(descriptor))
            .build());
      }
      return descriptor;
    }

    /** Graph's descriptor for an identity id; the id itself when Graph does not know it. */
    private String lookUp(String id) {
      try {
        String descriptor = text(http.get(StepwiseSync.join(graph, "/" + StepwiseSync.encode(organisation)
            + "/_apis/graph/descriptors/" + StepwiseSync.encode(id), GRAPH_VERSION), "identity " + id).body(), "value");
        return descriptor == null ? id : descriptor;
      } catch (SourceException e) {
        if (e.status() == 404) {
          return id;
        }
        throw e;
      }
    }

    void flush() {
      identities.emit(sink::record);
    }
  }

  /** Builds an {@link AzureDevOpsSource}. */
  public static final class Builder {
    private final String organisation;
    private final Secret basic;
    private URI base = SERVICES;
    private URI graph = SERVICES_GRAPH;
    private final List<String> repositories = new ArrayList<>();
    private HttpSettings settings = HttpSettings.defaults();

    private Builder(String organisation, Secret token) {
      this.organisation = organisation;
      this.basic = Secret.of("Basic " + Base64.getEncoder()
          .encodeToString((":" + token.reveal()).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The base of the Git API: {@code https://dev.azure.com} by default; on Azure DevOps Server the
     * server's URL (e.g. {@code https://ado.acme.example/tfs}, with the collection as organisation).
     * Also sets the Graph base, unless {@link #graphUrl} follows.
     */
    public Builder baseUrl(URI base) {
      this.base = requireNonNull(base, "base");
      this.graph = base;
      return this;
    }

    /** The base of the Graph API: {@code https://vssps.dev.azure.com} by default. */
    public Builder graphUrl(URI graph) {
      this.graph = requireNonNull(graph, "graph");
      return this;
    }

    /**
     * A repository whose commits and pull requests to read, as {@code project/repository} (names
     * or ids).
     *
     * @throws IllegalArgumentException unless it reads {@code project/repository}
     */
    public Builder repository(String repository) {
      requireNonNull(repository, "repository");
      if (!REPOSITORY.matcher(repository.trim()).matches()) {
        throw new IllegalArgumentException("repository \"" + repository + "\" is not project/repository");
      }
      repositories.add(repository.trim());
      return this;
    }

    /** Time-outs, retries, rate-limit waits and page size. */
    public Builder settings(HttpSettings settings) {
      this.settings = requireNonNull(settings, "settings");
      return this;
    }

    /** Builds the source; with no repository it reads the users only. */
    public AzureDevOpsSource build() {
      return new AzureDevOpsSource(this);
    }
  }
}
