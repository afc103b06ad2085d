package io.github.devidentity.integrations;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads Bitbucket Cloud: a workspace's members, and for each repository its commits (git authors,
 * and the account Bitbucket matched to each) and its pull requests (their authors, and the git
 * authors of their commits) as {@link ContributionFact}s.
 *
 * <p>Records: one per account ({@code bitbucket-cloud:<account id>}) and one per git author
 * identity ({@link GitIdentities}). The account id is the Atlassian {@code account_id}, the same
 * id the person has in Jira Cloud, so a strategy can bridge the two; an account without one (none
 * is expected) is keyed by its Bitbucket {@code uuid}, which every record also keeps as the {@code
 * uuid} attribute. Bitbucket shows no other user's email, and no longer their {@code username}: the
 * login is the {@code username} where given, else the {@code nickname} (not unique). Accounts of
 * type {@code app_user} (access tokens, apps) are bots. Pages follow the body's {@code next} link.
 * After a complete sync the next one reads only commits and pull requests dated since then.
 *
 * <p>Credentials: an Atlassian API token with the account's email, or an app password with the
 * username, both sent as HTTP Basic; or a workspace, project or repository access token sent as
 * {@code Authorization: Bearer}. An API token needs the scopes {@code read:workspace:bitbucket}
 * (members), {@code read:repository:bitbucket} (commits) and {@code read:pullrequest:bitbucket}
 * (pull requests); an app password needs Workspace membership, Repositories and Pull requests
 * (Read).
 *
 * <pre>{@code
 * BitbucketCloudSource bitbucket = BitbucketCloudSource
 *     .builder("ada@acme.org", Secret.fromEnvironment("BITBUCKET_API_TOKEN"))
 *     .workspace("acme").repository("acme/api").build();
 * SyncResult result = bitbucket.sync(previousCursor, sink);
 * }</pre>
 */
public final class BitbucketCloudSource implements IdentitySource {
  private static final URI CLOUD = URI.create("https://api.bitbucket.org/2.0");
  private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9_.-]+");
  private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");
  /** A commit's {@code author.raw}: {@code Name <email>}. */
  private static final Pattern RAW_AUTHOR = Pattern.compile("\\s*(.*?)\\s*<([^>]*)>\\s*");
  private static final String STATES = "state=OPEN&state=MERGED&state=DECLINED&state=SUPERSEDED";

  private final URI base;
  private final Integration integration = Integration.of(IntegrationType.BITBUCKET_CLOUD);
  private final @Nullable String workspace;
  private final List<String> repositories;
  private final HttpSettings settings;
  private final JsonHttp http;

  private BitbucketCloudSource(Builder builder) {
    this.base = builder.base;
    this.workspace = builder.workspace;
    this.repositories = List.copyOf(builder.repositories);
    this.settings = builder.settings;
    this.http = new JsonHttp(settings,
        new JsonHttp.Vendor(CLOUD.equals(builder.base) ? "Bitbucket Cloud" : "Bitbucket Cloud at " + builder.base,
            "an API token needs read:workspace:bitbucket (members), read:repository:bitbucket (commits) and "
                + "read:pullrequest:bitbucket (pull requests) and goes with the account's email; an app password "
                + "needs Workspace membership, Repositories and Pull requests (Read) and goes with the username"),
        Map.of("Authorization", builder.authorization), Map.of());
  }

  /**
   * Starts a source that signs in with HTTP Basic: an Atlassian API token with the account's email,
   * or an app password with the Bitbucket username.
   *
   * @throws IllegalArgumentException if {@code user} is blank or holds a colon
   */
  public static Builder builder(String user, Secret token) {
    requireNonNull(user, "user");
    requireNonNull(token, "token");
    if (user.isBlank() || user.contains(":")) {
      throw new IllegalArgumentException("Bitbucket Cloud user \"" + user + "\" is not an email or username; "
          + "give the account's email (API token) or username (app password)");
    }
    String pair = user.trim() + ":" + token.reveal();
    return new Builder(Secret.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))));
  }

  /** Starts a source that sends a workspace, project or repository access token as {@code Authorization: Bearer}. */
  public static Builder builder(Secret accessToken) {
    return new Builder(Secret.of("Bearer " + requireNonNull(accessToken, "accessToken").reveal()));
  }

  @Override
  public Integration integration() {
    return integration;
  }

  @Override
  public SyncResult sync(@Nullable String cursor, IdentitySink sink) {
    requireNonNull(sink, "sink");
    return SteppedSync.sync("Bitbucket Cloud", http, steps(), cursor, sink);
  }

  @Override
  public String toString() {
    return "BitbucketCloudSource[" + base + (workspace == null ? "" : ", workspace " + workspace) + ", "
        + repositories.size() + " repositories]";
  }

  // ---- what a sync reads, step by step ----

  private List<SteppedSync.Step> steps() {
    List<SteppedSync.Step> steps = new ArrayList<>();
    if (workspace != null) {
      steps.add(new SteppedSync.Step("workspace " + workspace + "'s members",
          since -> api("/workspaces/" + workspace + "/members", null), this::members));
    }
    for (String repository : repositories) {
      steps.add(new SteppedSync.Step("repository " + repository + "'s commits",
          since -> api("/repositories/" + repository + "/commits", null), this::commits));
      steps.add(new SteppedSync.Step("repository " + repository + "'s pull requests",
          since -> api("/repositories/" + repository + "/pullrequests", STATES + "&sort=-updated_on"),
          (run, page) -> pullRequests(run, repository, page)));
    }
    return steps;
  }

  private Optional<URI> members(SteppedSync.Run run, JsonHttp.Response page) {
    for (JsonNode membership : values(page)) {
      account(run, membership.path("user"));
    }
    return next(page);
  }

  private Optional<URI> commits(SteppedSync.Run run, JsonHttp.Response page) {
    boolean anyNew = false;
    for (JsonNode commit : values(page)) {
      Instant at = instant(text(commit, "date"));
      if (run.readBefore(at)) {
        continue;
      }
      anyNew = true;
      GitAuthor author = GitAuthor.of(commit);
      run.commit(author.name(), author.email(), at);
      Optional<String> account = account(run, commit.path("author").path("user"));
      if (account.isPresent()) {
        String hash = text(commit, "hash");
        run.contribution(new ContributionFact(integration, account.get(), login(commit.path("author").path("user")),
            ContributionFact.Kind.COMMIT, hash == null ? "?" : hash, author.name(), author.email(), at));
      }
    }
    // Newest first: once a whole page is older than the last sync, so is every later page.
    return anyNew || !run.incremental() ? next(page) : Optional.empty();
  }

  private Optional<URI> pullRequests(SteppedSync.Run run, String repository, JsonHttp.Response page) {
    for (JsonNode pull : values(page)) {
      if (run.readBefore(instant(text(pull, "updated_on")))) {
        return Optional.empty(); // Sorted by update, newest first: the rest was read by an earlier sync.
      }
      pull.path("reviewers").forEach(user -> account(run, user));
      pull.path("participants").forEach(participant -> account(run, participant.path("user")));
      account(run, pull.path("closed_by"));
      JsonNode author = pull.path("author");
      Optional<String> account = account(run, author);
      String id = text(pull, "id");
      if (account.isEmpty() || id == null) {
        continue;
      }
      URI commits = api("/repositories/" + repository + "/pullrequests/" + id + "/commits", null);
      while (commits != null) {
        JsonHttp.Response response = http.get(commits, "pull request " + repository + "#" + id);
        for (JsonNode commit : values(response)) {
          GitAuthor gitAuthor = GitAuthor.of(commit);
          String hash = text(commit, "hash");
          run.contribution(new ContributionFact(integration, account.get(), login(author),
              ContributionFact.Kind.PULL_REQUEST_COMMIT, repository + "!" + id + "@" + (hash == null ? "?" : hash),
              gitAuthor.name(), gitAuthor.email(), instant(text(commit, "date"))));
        }
        commits = next(response).orElse(null);
      }
    }
    return next(page);
  }

  /** Hands an account over; its account id, or empty when the object is no account. */
  private Optional<String> account(SteppedSync.Run run, JsonNode user) {
    String uuid = text(user, "uuid");
    String accountId = Optional.ofNullable(text(user, "account_id")).orElse(uuid);
    if (accountId == null) {
      return Optional.empty();
    }
    IdentityRecord.Builder record = IdentityRecord.builder(RecordId.of(integration + ":" + accountId), integration)
        .accountId(accountId).login(login(user)).displayName(text(user, "display_name"))
        .bot("app_user".equals(text(user, "type")));
    Optional.ofNullable(uuid).ifPresent(value -> record.attribute("uuid", value));
    run.account(record.build(), false);
    return Optional.of(accountId);
  }

  private static @Nullable String login(JsonNode user) {
    String username = text(user, "username");
    return username != null ? username : text(user, "nickname");
  }

  /** A commit's git author, read from {@code author.raw} ({@code Name <email>}). */
  record GitAuthor(@Nullable String name, @Nullable String email) {
    static GitAuthor of(JsonNode commit) {
      String raw = text(commit.path("author"), "raw");
      if (raw == null) {
        return new GitAuthor(null, null);
      }
      Matcher matcher = RAW_AUTHOR.matcher(raw);
      if (matcher.matches()) {
        return new GitAuthor(matcher.group(1).isEmpty() ? null : matcher.group(1), matcher.group(2).trim());
      }
      return raw.contains("@") ? new GitAuthor(null, raw.trim()) : new GitAuthor(raw.trim(), null);
    }
  }

  private Iterable<JsonNode> values(JsonHttp.Response page) {
    JsonNode values = page.body().path("values");
    if (!values.isArray()) {
      throw new SourceException("Bitbucket Cloud answered GET " + page.uri() + " with no \"values\" array; "
          + "expected a paginated body {pagelen, values, next}", 200, null);
    }
    return values;
  }

  private static Optional<URI> next(JsonHttp.Response page) {
    return Optional.ofNullable(text(page.body(), "next")).map(URI::create);
  }

  private URI api(String path, @Nullable String query) {
    return URI.create(SteppedSync.join(base, path) + "?pagelen=" + settings.pageSize()
        + (query == null ? "" : "&" + query));
  }

  /** Builds a {@link BitbucketCloudSource}. */
  public static final class Builder {
    private final Secret authorization;
    private URI base = CLOUD;
    private @Nullable String workspace;
    private final List<String> repositories = new ArrayList<>();
    private HttpSettings settings = HttpSettings.defaults();

    private Builder(Secret authorization) {
      this.authorization = authorization;
    }

    /**
     * The API base: {@code https://api.bitbucket.org/2.0} by default (another one for a proxy).
     *
     * @throws IllegalArgumentException if it is not an absolute http(s) URL
     */
    public Builder baseUrl(URI base) {
      this.base = SteppedSync.httpUrl(base, "Bitbucket Cloud base URL", "https://api.bitbucket.org/2.0");
      return this;
    }

    /**
     * The workspace whose members to read.
     *
     * @throws IllegalArgumentException unless it is a workspace slug
     */
    public Builder workspace(String workspace) {
      this.workspace = SteppedSync.checked(workspace, SLUG, "Bitbucket workspace", "a workspace slug");
      return this;
    }

    /**
     * A repository whose commits and pull requests to read.
     *
     * @throws IllegalArgumentException unless it reads {@code workspace/repo_slug}
     */
    public Builder repository(String repository) {
      repositories.add(SteppedSync.checked(repository, REPOSITORY, "Bitbucket repository", "workspace/repo_slug"));
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
     * @throws IllegalStateException if neither a workspace nor a repository was given
     */
    public BitbucketCloudSource build() {
      if (workspace == null && repositories.isEmpty()) {
        throw new IllegalStateException("a Bitbucket Cloud source needs a workspace or a repository to read");
      }
      return new BitbucketCloudSource(this);
    }
  }
}
