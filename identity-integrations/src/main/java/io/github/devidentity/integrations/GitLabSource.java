package io.github.devidentity.integrations;

import static io.github.devidentity.integrations.GitHubSource.instant;
import static io.github.devidentity.integrations.GitHubSource.text;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.devidentity.model.AccountRef;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads GitLab (gitlab.com, or a self-managed instance): optionally every user of the instance,
 * and for each project its members (inherited ones too), its commits (git authors) and its merge
 * requests (their authors, and the git authors of their commits) as {@link ContributionFact}s.
 *
 * <p>Records: one per account ({@code gitlab:<id>}, or {@code gitlab:<host>:<id>} for a
 * self-managed instance: numeric id, username, name, the {@code public_email} a user chose and, for
 * an administrator's token, {@code email} and {@code commit_email}; GitLab's {@code bot} flag; the
 * {@code state} as an attribute; a GitHub sign-in identity as a linked GitHub account) and one per
 * git author identity ({@link GitIdentities}). GitLab's commits carry no user id, so commits yield
 * no {@link ContributionFact.Kind#COMMIT} facts; merge requests do. Pages follow the {@code Link}
 * header, or {@code x-next-page} when there is none; users are read with keyset pagination, which
 * GitLab requires for large instances. After a complete sync the next one reads only commits and
 * merge requests since then ({@code since}, {@code updated_after}).
 *
 * <p>The token is sent as {@code Authorization: Bearer}, which GitLab accepts from personal, group
 * and project access tokens and from OAuth tokens alike. It needs the {@code read_api} scope, and
 * its user must be able to read each project (Reporter or above for a private project's commits).
 * Only an administrator's token shows users' {@code email} and {@code commit_email}.
 *
 * <pre>{@code
 * GitLabSource gitlab = GitLabSource.builder(Secret.fromEnvironment("GITLAB_TOKEN"))
 *     .baseUrl(URI.create("https://gitlab.acme.org")).users(true).project("platform/api").build();
 * SyncResult result = gitlab.sync(previousCursor, sink);
 * }</pre>
 */
public final class GitLabSource implements IdentitySource {
  private static final URI CLOUD = URI.create("https://gitlab.com");
  private static final Pattern PROJECT = Pattern.compile("[0-9]+|[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+");
  private static final Pattern PAGE = Pattern.compile("[0-9]+");

  private final URI base;
  private final Integration integration;
  private final boolean users;
  private final List<String> projects;
  private final boolean profiles;
  private final HttpSettings settings;
  private final JsonHttp http;

  private GitLabSource(Builder builder) {
    this.base = builder.base;
    boolean cloud = CLOUD.getAuthority().equalsIgnoreCase(builder.base.getAuthority());
    this.integration = cloud ? Integration.of(IntegrationType.GITLAB)
        : Integration.of(IntegrationType.GITLAB, builder.base.getAuthority());
    this.users = builder.users;
    this.projects = List.copyOf(builder.projects);
    this.profiles = builder.profiles;
    this.settings = builder.settings;
    this.http = new JsonHttp(settings,
        new JsonHttp.Vendor(cloud ? "GitLab" : "GitLab at " + builder.base,
            "the token needs the read_api scope and its user must be able to read the project "
                + "(Reporter or above for a private project's commits); users' email and commit_email need an "
                + "administrator's token"),
        Map.of("Authorization", builder.bearer), Map.of());
  }

  /** Starts a source reading with this token; {@code Authorization: Bearer} is how it is sent. */
  public static Builder builder(Secret token) {
    return new Builder(requireNonNull(token, "token"));
  }

  @Override
  public Integration integration() {
    return integration;
  }

  @Override
  public SyncResult sync(@Nullable String cursor, IdentitySink sink) {
    requireNonNull(sink, "sink");
    return SteppedSync.sync("GitLab", http, steps(), cursor, sink);
  }

  @Override
  public String toString() {
    return "GitLabSource[" + base + (users ? ", all users" : "") + ", " + projects.size() + " projects]";
  }

  // ---- what a sync reads, step by step ----

  private List<SteppedSync.Step> steps() {
    List<SteppedSync.Step> steps = new ArrayList<>();
    if (users) {
      steps.add(new SteppedSync.Step("the users of " + base,
          since -> api("/users", "pagination=keyset&order_by=id&sort=asc"), this::users));
    }
    for (String project : projects) {
      String path = "/projects/" + SteppedSync.segment(project);
      steps.add(new SteppedSync.Step("project " + project + "'s members",
          since -> api(path + "/members/all", null), this::members));
      steps.add(new SteppedSync.Step("project " + project + "'s commits",
          since -> api(path + "/repository/commits", since == null ? null : "since=" + since), this::commits));
      steps.add(new SteppedSync.Step("project " + project + "'s merge requests",
          since -> api(path + "/merge_requests",
              "state=all&order_by=updated_at&sort=desc" + (since == null ? "" : "&updated_after=" + since)),
          (run, page) -> mergeRequests(run, project, page)));
    }
    return steps;
  }

  private Optional<URI> users(SteppedSync.Run run, JsonHttp.Response page) {
    for (JsonNode user : array(page)) {
      account(run, user, true);
    }
    return next(page);
  }

  private Optional<URI> members(SteppedSync.Run run, JsonHttp.Response page) {
    for (JsonNode member : array(page)) {
      String id = text(member, "id");
      if (profiles && id != null && !run.hasProfile(recordId(id))) {
        profile(run, id, member);
      } else {
        account(run, member, false);
      }
    }
    return next(page);
  }

  /** Hands over a member's profile; the member as listed if the profile is hidden from the token. */
  private void profile(SteppedSync.Run run, String id, JsonNode member) {
    JsonNode profile;
    try {
      profile = http.get(api("/users/" + id, null), "user " + id).body();
    } catch (SourceException e) {
      if (e.status() != 404) {
        throw e;
      }
      account(run, member, false);
      return;
    }
    account(run, profile, true);
  }

  private Optional<URI> commits(SteppedSync.Run run, JsonHttp.Response page) {
    for (JsonNode commit : array(page)) {
      run.commit(text(commit, "author_name"), text(commit, "author_email"), authored(commit));
    }
    return next(page);
  }

  private Optional<URI> mergeRequests(SteppedSync.Run run, String project, JsonHttp.Response page) {
    for (JsonNode request : array(page)) {
      for (String role : new String[] {"assignee", "merge_user", "merged_by", "closed_by"}) {
        account(run, request.path(role), false);
      }
      for (String role : new String[] {"assignees", "reviewers"}) {
        request.path(role).forEach(user -> account(run, user, false));
      }
      JsonNode author = request.path("author");
      String authorId = text(author, "id");
      String iid = text(request, "iid");
      if (authorId == null || iid == null) {
        continue;
      }
      account(run, author, false);
      URI commits = api("/projects/" + SteppedSync.segment(project) + "/merge_requests/" + iid + "/commits", null);
      while (commits != null) {
        JsonHttp.Response response = http.get(commits, "merge request " + project + "!" + iid);
        for (JsonNode commit : array(response)) {
          String sha = text(commit, "id");
          run.contribution(new ContributionFact(integration, authorId, text(author, "username"),
              ContributionFact.Kind.PULL_REQUEST_COMMIT, project + "!" + iid + "@" + (sha == null ? "?" : sha),
              text(commit, "author_name"), text(commit, "author_email"), authored(commit)));
        }
        commits = next(response).orElse(null);
      }
    }
    return next(page);
  }

  private Iterable<JsonNode> array(JsonHttp.Response page) {
    if (!page.body().isArray()) {
      throw new SourceException("GitLab answered GET " + page.uri() + " with a JSON " + page.body().getNodeType()
          .toString().toLowerCase(Locale.ROOT) + "; expected an array", 200, null);
    }
    return page.body();
  }

  /** When a commit was authored; the commits list may leave {@code authored_date} out. */
  private static @Nullable Instant authored(JsonNode commit) {
    String authored = text(commit, "authored_date");
    return instant(authored != null ? authored : text(commit, "created_at"));
  }

  private void account(SteppedSync.Run run, JsonNode user, boolean profile) {
    String id = text(user, "id");
    if (id == null) {
      return;
    }
    IdentityRecord.Builder record = IdentityRecord.builder(RecordId.of(recordId(id)), integration)
        .accountId(id).login(text(user, "username")).displayName(text(user, "name"))
        .email(text(user, "email")).email(text(user, "public_email")).email(text(user, "commit_email"))
        .bot(user.path("bot").asBoolean(false));
    Optional.ofNullable(text(user, "state")).ifPresent(state -> record.attribute("state", state));
    for (JsonNode identity : user.path("identities")) {
      String uid = text(identity, "extern_uid");
      // GitLab's GitHub sign-in keeps the GitHub account's numeric id: the same account GitHubSource reads.
      if ("github".equals(text(identity, "provider")) && uid != null) {
        record.linkedAccount(AccountRef.of(Integration.of(IntegrationType.GITHUB), uid));
      }
    }
    run.account(record.build(), profile);
  }

  private String recordId(String accountId) {
    return integration + ":" + accountId;
  }

  private URI api(String path, @Nullable String query) {
    return URI.create(SteppedSync.join(base, "/api/v4" + path) + "?per_page=" + settings.pageSize()
        + (query == null ? "" : "&" + query));
  }

  /** The next page: the {@code Link} header's, else the current page with {@code x-next-page}. */
  static Optional<URI> next(JsonHttp.Response page) {
    Optional<URI> link = LinkHeader.next(page.header("link"));
    if (link.isPresent()) {
      return link;
    }
    return page.header("x-next-page").map(String::trim).filter(number -> PAGE.matcher(number).matches())
        .map(number -> SteppedSync.withParameter(page.uri(), "page", number));
  }

  /** Builds a {@link GitLabSource}. */
  public static final class Builder {
    private final Secret bearer;
    private URI base = CLOUD;
    private boolean users;
    private final List<String> projects = new ArrayList<>();
    private boolean profiles = true;
    private HttpSettings settings = HttpSettings.defaults();

    private Builder(Secret token) {
      this.bearer = Secret.of("Bearer " + token.reveal());
    }

    /**
     * The instance: {@code https://gitlab.com} by default, or a self-managed instance's URL such
     * as {@code https://gitlab.acme.org}; the API is read under its {@code /api/v4}.
     *
     * @throws IllegalArgumentException if it is not an absolute http(s) URL
     */
    public Builder baseUrl(URI base) {
      String text = SteppedSync.httpUrl(base, "GitLab base URL", "https://gitlab.acme.org").toString()
          .replaceAll("/+$", "");
      this.base = URI.create(text.endsWith("/api/v4") ? text.substring(0, text.length() - "/api/v4".length()) : text);
      return this;
    }

    /**
     * Whether to read every user of the instance ({@code GET /users}); false by default. Meant for a
     * self-managed instance: on gitlab.com it lists the public users of the whole site.
     */
    public Builder users(boolean users) {
      this.users = users;
      return this;
    }

    /**
     * A project whose members, commits and merge requests to read: its numeric id or its full
     * path ({@code group/subgroup/project}).
     *
     * @throws IllegalArgumentException unless it is a number or a path with a namespace
     */
    public Builder project(String project) {
      projects.add(SteppedSync.checked(project, PROJECT, "GitLab project", "a numeric id or a path such as group/project"));
      return this;
    }

    /**
     * Whether to fetch each member's user resource for the public email and bot flag (one request
     * each, skipped for users read already; a member whose resource answers 404 is kept as listed);
     * true by default.
     */
    public Builder profiles(boolean profiles) {
      this.profiles = profiles;
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
     * @throws IllegalStateException if neither users nor a project are to be read
     */
    public GitLabSource build() {
      if (!users && projects.isEmpty()) {
        throw new IllegalStateException("a GitLab source needs users(true) or a project to read");
      }
      return new GitLabSource(this);
    }
  }
}
