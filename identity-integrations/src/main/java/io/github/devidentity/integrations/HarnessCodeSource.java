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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads Harness Code (Gitness, {@code /api/v1}): its principals (users, services and service
 * accounts), and for each repository the commits (git authors) and the pull requests (their
 * authors, and the git authors of their commits) as {@link ContributionFact}s.
 *
 * <p>Records: one per principal ({@code harness-code:<host>:<id>}: numeric id, {@code uid} as
 * login, display name, email; {@code type} {@code service} or {@code serviceaccount} marks a bot)
 * and one per git author identity ({@link GitIdentities}). Commits carry no principal, so they
 * yield no commit facts. Pages are asked for with {@code page} and {@code limit}; the {@code
 * x-next-page} header names the next page (a response without pagination headers ends on a short
 * page). A complete sync's cursor holds its start: the next sync reads commits since then ({@code
 * since}, epoch milliseconds) and pull requests edited since.
 *
 * <p>The token ({@code Authorization: Bearer}) needs read access to the repositories (the space's
 * Reader role, or {@code repo_view}) and to list principals.
 *
 * <pre>{@code
 * HarnessCodeSource harness = HarnessCodeSource.builder(URI.create("https://code.acme.example"),
 *         Secret.fromEnvironment("HARNESS_TOKEN"))
 *     .repository("acme/api").build();
 * SyncResult result = harness.sync(previousCursor, sink);
 * }</pre>
 */
public final class HarnessCodeSource implements IdentitySource {
  private final URI base;
  private final Integration integration;
  private final List<String> repositories;
  private final int pageSize;
  private final JsonHttp http;

  private HarnessCodeSource(Builder builder) {
    this.base = builder.base;
    this.integration = Integration.of(IntegrationType.HARNESS_CODE, base.getAuthority());
    this.repositories = List.copyOf(builder.repositories);
    this.pageSize = builder.settings.pageSize();
    this.http = new JsonHttp(builder.settings,
        new JsonHttp.Vendor("Harness Code at " + base,
            "the token's user needs read access to each repository (the space's Reader role, repo_view) "
                + "and to list principals"),
        Map.of("Authorization", builder.bearer), Map.of());
  }

  /**
   * Starts a source reading the server at this base URL (the part before {@code /api/v1}) with a
   * token sent as {@code Authorization: Bearer}.
   *
   * @throws IllegalArgumentException if the base URL has no host
   */
  public static Builder builder(URI base, Secret token) {
    requireNonNull(token, "token");
    return new Builder(StepwiseSync.hosted(base, "Harness Code", "https://code.acme.example"), token);
  }

  @Override
  public Integration integration() {
    return integration;
  }

  @Override
  public SyncResult sync(@Nullable String cursor, IdentitySink sink) {
    requireNonNull(sink, "sink");
    Run run = new Run(sink);
    return StepwiseSync.run(http, "Harness Code", cursor, at -> {
      List<StepwiseSync.Step> steps = new ArrayList<>();
      steps.add(new StepwiseSync.Step("the principals of Harness Code at " + base,
          uri("/principals", "type=user&type=service&type=serviceaccount"), page -> {
            array(page.body()).forEach(run::account);
            return next(page, page.body().size());
          }));
      for (String repository : repositories) {
        String path = "/repos/" + StepwiseSync.encode(repository);
        steps.add(new StepwiseSync.Step("repository " + repository + "'s commits",
            uri(path + "/commits", at.since() == null ? "" : "since=" + at.since().toEpochMilli()), page -> {
              JsonNode commits = page.body().path("commits");
              for (JsonNode commit : array(commits)) {
                JsonNode author = commit.path("author");
                run.identities.commit(text(author.path("identity"), "name"), text(author.path("identity"), "email"),
                    instant(text(author, "when")));
              }
              return next(page, commits.size());
            }));
        steps.add(new StepwiseSync.Step("repository " + repository + "'s pull requests",
            uri(path + "/pullreq", "sort=edited&order=desc"), page -> {
              for (JsonNode pull : array(page.body())) {
                if (at.since() != null && pull.path("edited").asLong(Long.MAX_VALUE) < at.since().toEpochMilli()) {
                  return null; // Newest first: the rest was read by an earlier sync.
                }
                pull(run, repository, path, pull);
              }
              return next(page, page.body().size());
            }));
      }
      return steps;
    }, run::flush);
  }

  private void pull(Run run, String repository, String path, JsonNode pull) {
    JsonNode author = pull.path("author");
    String id = author.path("id").asText("");
    if (id.isEmpty()) {
      return;
    }
    run.account(author);
    String number = pull.path("number").asText();
    StepwiseSync.each(http, uri(path + "/pullreq/" + number + "/commits", ""),
        "pull request " + repository + "#" + number, page -> {
          for (JsonNode commit : array(page.body())) {
            JsonNode git = commit.path("author");
            String sha = text(commit, "sha");
            run.sink.contribution(new ContributionFact(integration, id, text(author, "uid"),
                ContributionFact.Kind.PULL_REQUEST_COMMIT, repository + "!" + number + "@" + (sha == null ? "?" : sha),
                text(git.path("identity"), "name"), text(git.path("identity"), "email"), instant(text(git, "when"))));
          }
          return next(page, page.body().size());
        });
  }

  /**
   * The next page: {@code x-next-page} when the server sent pagination headers (none on the last
   * page), else the following page after a full one.
   */
  private @Nullable URI next(JsonHttp.Response page, int read) {
    Optional<String> next = page.header("x-next-page").map(String::trim).filter(v -> !v.isEmpty());
    if (next.isPresent() || page.header("x-page").isPresent()) {
      return next.map(number -> StepwiseSync.withParameter(page.uri(), "page", number)).orElse(null);
    }
    String current = StepwiseSync.parameter(page.uri(), "page");
    return read < pageSize ? null
        : StepwiseSync.withParameter(page.uri(), "page", Long.toString((current == null ? 1 : Long.parseLong(current)) + 1));
  }

  private URI uri(String path, String query) {
    return StepwiseSync.join(base, "/api/v1" + path, (query.isEmpty() ? "" : query + "&") + "page=1&limit=" + pageSize);
  }

  @Override
  public String toString() {
    return "HarnessCodeSource[" + base + ", " + repositories.size() + " repositories]";
  }

  /** One sync's state. */
  private final class Run {
    final IdentitySink sink;
    final GitIdentities identities = new GitIdentities();
    final Set<String> accounts = new HashSet<>();

    Run(IdentitySink sink) {
      this.sink = sink;
    }

    /** Emits a principal once per sync. */
    void account(JsonNode principal) {
      String id = principal.path("id").asText("");
      if (id.isEmpty() || !accounts.add(id)) {
        return;
      }
      String type = text(principal, "type");
      sink.record(IdentityRecord.builder(RecordId.of(integration + ":" + id), integration)
          .accountId(id)
          .login(text(principal, "uid"))
          .displayName(text(principal, "display_name"))
          .email(text(principal, "email"))
          .bot("service".equals(type) || "serviceaccount".equals(type))
          .build());
    }

    void flush() {
      identities.emit(sink::record);
    }
  }

  /** Builds a {@link HarnessCodeSource}. */
  public static final class Builder {
    private final URI base;
    private final Secret bearer;
    private final List<String> repositories = new ArrayList<>();
    private HttpSettings settings = HttpSettings.defaults();

    private Builder(URI base, Secret token) {
      this.base = base;
      this.bearer = Secret.of("Bearer " + token.reveal());
    }

    /**
     * A repository whose commits and pull requests to read, by its path ({@code space/repo}, spaces
     * may nest).
     *
     * @throws IllegalArgumentException unless it reads {@code space/repo}
     */
    public Builder repository(String path) {
      requireNonNull(path, "path");
      String trimmed = path.trim();
      if (!trimmed.matches("[^/\\s]+(/[^/\\s]+)+")) {
        throw new IllegalArgumentException("repository \"" + path + "\" is not a path such as space/repo");
      }
      repositories.add(trimmed);
      return this;
    }

    /** Time-outs, retries, rate-limit waits and page size. */
    public Builder settings(HttpSettings settings) {
      this.settings = requireNonNull(settings, "settings");
      return this;
    }

    /** Builds the source; with no repository it reads the principals only. */
    public HarnessCodeSource build() {
      return new HarnessCodeSource(this);
    }
  }
}
