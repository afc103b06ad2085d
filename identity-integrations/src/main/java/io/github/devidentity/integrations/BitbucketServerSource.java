package io.github.devidentity.integrations;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads Bitbucket Server or Data Center: optionally every user, and for each repository its
 * commits (git authors, and the user Bitbucket matched to each) and its pull requests (their
 * authors, and the git authors of their commits) as {@link ContributionFact}s.
 *
 * <p>Records: one per user ({@code bitbucket-server:<host>:<id>}: numeric id, {@code name} as the
 * login, display name, {@code emailAddress} when the directory gives it, {@code type: SERVICE} as
 * the bot flag, the {@code slug} as an attribute) and one per git author identity ({@link
 * GitIdentities}). A commit whose author Bitbucket matched to a user carries that user instead of
 * the git author; its git identity is then the user's display name and email. Pages follow {@code
 * isLastPage} and {@code nextPageStart} ({@code start}, {@code limit}). After a complete sync the
 * next one reads only commits dated since then and fetches the commits of pull requests updated
 * since then (the pull request list has no date filter, so it is read whole).
 *
 * <p>The token, an HTTP access token, is sent as {@code Authorization: Bearer}. It needs Repository
 * read on each repository (a project token: Project read); listing users needs a personal token of
 * a user holding the global Licensed user permission.
 *
 * <pre>{@code
 * BitbucketServerSource bitbucket = BitbucketServerSource
 *     .builder(URI.create("https://bitbucket.acme.org"), Secret.fromEnvironment("BITBUCKET_TOKEN"))
 *     .users(true).repository("PLAT/api").build();
 * SyncResult result = bitbucket.sync(previousCursor, sink);
 * }</pre>
 */
public final class BitbucketServerSource implements IdentitySource {
  private static final Pattern REPOSITORY = Pattern.compile("~?[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

  private final URI base;
  private final Integration integration;
  private final boolean users;
  private final List<String> repositories;
  private final HttpSettings settings;
  private final JsonHttp http;

  private BitbucketServerSource(Builder builder) {
    this.base = builder.base;
    this.integration = Integration.of(IntegrationType.BITBUCKET_SERVER, builder.base.getAuthority());
    this.users = builder.users;
    this.repositories = List.copyOf(builder.repositories);
    this.settings = builder.settings;
    this.http = new JsonHttp(settings,
        new JsonHttp.Vendor("Bitbucket Data Center at " + builder.base,
            "the HTTP access token needs Repository read on each repository (Project read for a project token); "
                + "listing users needs a personal token of a user with the Licensed user global permission"),
        Map.of("Authorization", builder.bearer), Map.of());
  }

  /**
   * Starts a source reading the instance at {@code baseUrl} (such as {@code
   * https://bitbucket.acme.org}, with its context path if any) with this HTTP access token, sent as
   * {@code Authorization: Bearer}.
   *
   * @throws IllegalArgumentException if the URL is not an absolute http(s) URL
   */
  public static Builder builder(URI baseUrl, Secret token) {
    requireNonNull(token, "token");
    return new Builder(SteppedSync.httpUrl(baseUrl, "Bitbucket base URL", "https://bitbucket.acme.org"), token);
  }

  @Override
  public Integration integration() {
    return integration;
  }

  @Override
  public SyncResult sync(@Nullable String cursor, IdentitySink sink) {
    requireNonNull(sink, "sink");
    return SteppedSync.sync("Bitbucket Data Center", http, steps(), cursor, sink);
  }

  @Override
  public String toString() {
    return "BitbucketServerSource[" + base + (users ? ", all users" : "") + ", " + repositories.size()
        + " repositories]";
  }

  // ---- what a sync reads, step by step ----

  private List<SteppedSync.Step> steps() {
    List<SteppedSync.Step> steps = new ArrayList<>();
    if (users) {
      steps.add(new SteppedSync.Step("the users of " + base, since -> api("/users", null), this::users));
    }
    for (String repository : repositories) {
      String[] parts = repository.split("/");
      String path = "/projects/" + SteppedSync.segment(parts[0]) + "/repos/" + SteppedSync.segment(parts[1]);
      steps.add(new SteppedSync.Step("repository " + repository + "'s commits",
          since -> api(path + "/commits", null), this::commits));
      steps.add(new SteppedSync.Step("repository " + repository + "'s pull requests",
          since -> api(path + "/pull-requests", "state=ALL&order=NEWEST"),
          (run, page) -> pullRequests(run, repository, path, page)));
    }
    return steps;
  }

  private Optional<URI> users(SteppedSync.Run run, JsonHttp.Response page) {
    for (JsonNode user : values(page)) {
      account(run, user);
    }
    return next(page);
  }

  private Optional<URI> commits(SteppedSync.Run run, JsonHttp.Response page) {
    boolean anyNew = false;
    for (JsonNode commit : values(page)) {
      Instant at = millis(commit, "authorTimestamp");
      if (run.readBefore(at)) {
        continue;
      }
      anyNew = true;
      JsonNode author = commit.path("author");
      run.commit(gitName(author), text(author, "emailAddress"), at);
      Optional<String> account = account(run, author);
      if (account.isPresent()) {
        String sha = text(commit, "id");
        run.contribution(new ContributionFact(integration, account.get(), text(author, "name"),
            ContributionFact.Kind.COMMIT, sha == null ? "?" : sha, gitName(author), text(author, "emailAddress"), at));
      }
    }
    // Newest first: once a whole page is older than the last sync, so is every later page.
    return anyNew || !run.incremental() ? next(page) : Optional.empty();
  }

  private Optional<URI> pullRequests(SteppedSync.Run run, String repository, String path, JsonHttp.Response page) {
    for (JsonNode pull : values(page)) {
      pull.path("reviewers").forEach(reviewer -> account(run, reviewer.path("user")));
      pull.path("participants").forEach(participant -> account(run, participant.path("user")));
      JsonNode author = pull.path("author").path("user");
      Optional<String> account = account(run, author);
      String id = text(pull, "id");
      if (account.isEmpty() || id == null || run.readBefore(millis(pull, "updatedDate"))) {
        continue;
      }
      URI commits = api(path + "/pull-requests/" + id + "/commits", null);
      while (commits != null) {
        JsonHttp.Response response = http.get(commits, "pull request " + repository + "#" + id);
        for (JsonNode commit : values(response)) {
          JsonNode gitAuthor = commit.path("author");
          String sha = text(commit, "id");
          run.contribution(new ContributionFact(integration, account.get(), text(author, "name"),
              ContributionFact.Kind.PULL_REQUEST_COMMIT, repository + "!" + id + "@" + (sha == null ? "?" : sha),
              gitName(gitAuthor), text(gitAuthor, "emailAddress"), millis(commit, "authorTimestamp")));
        }
        commits = next(response).orElse(null);
      }
    }
    return next(page);
  }

  /** Hands a user over; its id, or empty when the object is a bare git author, not a user. */
  private Optional<String> account(SteppedSync.Run run, JsonNode user) {
    String id = text(user, "id");
    if (id == null) {
      return Optional.empty();
    }
    IdentityRecord.Builder record = IdentityRecord.builder(RecordId.of(integration + ":" + id), integration)
        .accountId(id).login(text(user, "name")).displayName(text(user, "displayName"))
        .email(text(user, "emailAddress")).bot("SERVICE".equals(text(user, "type")));
    Optional.ofNullable(text(user, "slug")).ifPresent(slug -> record.attribute("slug", slug));
    run.account(record.build(), false);
    return Optional.of(id);
  }

  /**
   * The git author name of a commit's {@code author}: its {@code name}, unless Bitbucket matched
   * the author to a user, whose {@code name} is then the login and whose display name stands in.
   */
  private static @Nullable String gitName(JsonNode author) {
    return author.hasNonNull("id") && text(author, "displayName") != null ? text(author, "displayName")
        : text(author, "name");
  }

  private static @Nullable Instant millis(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.canConvertToLong() ? null : Instant.ofEpochMilli(value.asLong());
  }

  private Iterable<JsonNode> values(JsonHttp.Response page) {
    JsonNode values = page.body().path("values");
    if (!values.isArray()) {
      throw new SourceException("Bitbucket Data Center answered GET " + page.uri() + " with no \"values\" array; "
          + "expected a page {size, limit, isLastPage, start, values, nextPageStart}", 200, null);
    }
    return values;
  }

  /**
   * The next page: {@code start} set to {@code nextPageStart} until {@code isLastPage}. Some
   * resources leave {@code nextPageStart} out of a page that is not the last; then the next page
   * starts after this one ({@code start + size}).
   */
  static Optional<URI> next(JsonHttp.Response page) {
    JsonNode body = page.body();
    if (body.path("isLastPage").asBoolean(true)) {
      return Optional.empty();
    }
    long start = body.hasNonNull("nextPageStart") ? body.get("nextPageStart").asLong()
        : body.path("start").asLong(0) + body.path("size").asLong(0);
    if (start <= body.path("start").asLong(0)) {
      throw new SourceException("Bitbucket Data Center answered GET " + page.uri() + " with a page that is not the "
          + "last but gives no later start (start " + body.path("start").asText("missing") + ", size "
          + body.path("size").asText("missing") + ", nextPageStart " + body.path("nextPageStart").asText("missing")
          + "); the rest of this resource cannot be read", 200, null);
    }
    return Optional.of(SteppedSync.withParameter(page.uri(), "start", Long.toString(start)));
  }

  private URI api(String path, @Nullable String query) {
    return URI.create(SteppedSync.join(base, "/rest/api/1.0" + path) + "?limit=" + settings.pageSize()
        + (query == null ? "" : "&" + query));
  }

  /** Builds a {@link BitbucketServerSource}. */
  public static final class Builder {
    private final URI base;
    private final Secret bearer;
    private boolean users;
    private final List<String> repositories = new ArrayList<>();
    private HttpSettings settings = HttpSettings.defaults();

    private Builder(URI base, Secret token) {
      this.base = base;
      this.bearer = Secret.of("Bearer " + token.reveal());
    }

    /** Whether to read every user of the instance ({@code GET /rest/api/1.0/users}); false by default. */
    public Builder users(boolean users) {
      this.users = users;
      return this;
    }

    /**
     * A repository whose commits and pull requests to read, as {@code PROJECT/repo} (project key
     * and repository slug; {@code ~user/repo} for a personal repository).
     *
     * @throws IllegalArgumentException unless it reads {@code PROJECT/repo}
     */
    public Builder repository(String repository) {
      repositories.add(SteppedSync.checked(repository, REPOSITORY, "Bitbucket repository",
          "PROJECT/repo (project key and repository slug)"));
      return this;
    }

    /** Time-outs, retries and rate-limit waits. */
    public Builder settings(HttpSettings settings) {
      this.settings = requireNonNull(settings, "settings");
      return this;
    }

    /**
     * Builds the source.
     *
     * @throws IllegalStateException if neither users nor a repository are to be read
     */
    public BitbucketServerSource build() {
      if (!users && repositories.isEmpty()) {
        throw new IllegalStateException("a Bitbucket Data Center source needs users(true) or a repository to read");
      }
      return new BitbucketServerSource(this);
    }
  }
}
