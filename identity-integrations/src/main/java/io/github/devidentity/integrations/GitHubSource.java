package io.github.devidentity.integrations;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.devidentity.IdentityException;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads GitHub (github.com, or GitHub Enterprise Server through its {@code /api/v3} base URL): an
 * organisation's members with their profiles, and for each repository the commits (git authors,
 * and the account GitHub matched to each) and the pull requests (their authors, and the git
 * authors of their commits) as {@link ContributionFact}s.
 *
 * <p>Records: one per account ({@code github:<id>}, or {@code github-enterprise:<host>:<id>}: login, numeric id, name and public email from
 * the profile, {@code type: Bot} as the bot flag) and one per git author identity ({@link
 * GitIdentities}). Pagination follows the {@code Link} header. The cursor holds where the sync
 * stopped (a rate limit longer than the settings allow ends it early) and, after a complete sync,
 * its start: the next sync reads only commits and pull requests since then.
 *
 * <p>The token needs {@code read:org} to list members (and to see private members), {@code repo}
 * for private repositories' commits and pull requests; a fine-grained token needs the
 * organisation's Members (read) and the repositories' Contents and Pull requests (read).
 *
 * <pre>{@code
 * GitHubSource github = GitHubSource.builder(Secret.fromEnvironment("GITHUB_TOKEN"))
 *     .organisation("acme").repository("acme/api").build();
 * SyncResult result = github.sync(previousCursor, sink);
 * }</pre>
 */
public final class GitHubSource implements IdentitySource {
  private static final URI CLOUD = URI.create("https://api.github.com");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

  private final URI base;
  private final Integration integration;
  private final @Nullable String organisation;
  private final List<String> repositories;
  private final boolean profiles;
  private final HttpSettings settings;
  private final JsonHttp http;

  private GitHubSource(Builder builder) {
    this.base = builder.base;
    this.integration = CLOUD.equals(builder.base) ? Integration.of(IntegrationType.GITHUB)
        : Integration.of(IntegrationType.GITHUB_ENTERPRISE, builder.base.getAuthority());
    this.organisation = builder.organisation;
    this.repositories = List.copyOf(builder.repositories);
    this.profiles = builder.profiles;
    this.settings = builder.settings;
    this.http = new JsonHttp(settings,
        new JsonHttp.Vendor(CLOUD.equals(builder.base) ? "GitHub" : "GitHub Enterprise Server at " + builder.base,
            "a classic token needs read:org (members), user:email (emails) and repo (private repositories); "
                + "a fine-grained token needs Members (read), Contents (read) and Pull requests (read)"),
        Map.of("Authorization", builder.bearer),
        Map.of("Accept", "application/vnd.github+json", "X-GitHub-Api-Version", "2022-11-28"));
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
    Cursor at = Cursor.parse(cursor);
    Instant started = at.started != null ? at.started : Instant.now();
    List<Step> steps = steps();
    Run run = new Run(sink, at.since);
    int step = at.step;
    URI next = at.next;
    try {
      for (; step < steps.size(); step++) {
        Step current = steps.get(step);
        URI page = next != null ? next : current.first(at.since);
        next = null;
        while (page != null) {
          JsonHttp.Response response = http.get(page, current.what);
          boolean more = current.read(run, response.body());
          page = more ? LinkHeader.next(response.header("link")).orElse(null) : null;
          next = page;
        }
        run.flush();
      }
    } catch (JsonHttp.RateLimited limited) {
      run.flush();
      return new SyncResult(new Cursor(at.since, step, next, started).toString(), false);
    }
    return new SyncResult(new Cursor(started, 0, null, null).toString(), true);
  }

  @Override
  public String toString() {
    return "GitHubSource[" + base + (organisation == null ? "" : ", org " + organisation) + ", "
        + repositories.size() + " repositories]";
  }

  // ---- what a sync reads, step by step ----

  private List<Step> steps() {
    List<Step> steps = new ArrayList<>();
    if (organisation != null) {
      steps.add(new Step("organisation " + organisation + "'s members",
          since -> uri("/orgs/" + SteppedSync.segment(organisation) + "/members", null), this::members));
    }
    for (String repository : repositories) {
      steps.add(new Step("repository " + repository + "'s commits",
          since -> uri("/repos/" + repository + "/commits", since == null ? null : "since=" + since),
          (run, body) -> commits(run, body)));
      steps.add(new Step("repository " + repository + "'s pull requests",
          since -> uri("/repos/" + repository + "/pulls", "state=all&sort=updated&direction=desc"),
          (run, body) -> pulls(run, repository, body)));
    }
    return steps;
  }

  private boolean members(Run run, JsonNode body) {
    for (JsonNode member : array(body)) {
      JsonNode profile = member;
      if (profiles && member.hasNonNull("login")) {
        profile = http.get(uri("/users/" + SteppedSync.segment(member.get("login").asText()), null),
            "user " + member.get("login").asText()).body();
      }
      run.account(profile);
    }
    return true;
  }

  private boolean commits(Run run, JsonNode body) {
    for (JsonNode commit : array(body)) {
      JsonNode author = commit.path("commit").path("author");
      String name = text(author, "name");
      String email = text(author, "email");
      Instant at = instant(text(author, "date"));
      run.identities.commit(name, email, at);
      JsonNode account = commit.path("author");
      if (account.hasNonNull("id")) {
        run.account(account);
        run.sink.contribution(new ContributionFact(integration, account.get("id").asText(), text(account, "login"),
            ContributionFact.Kind.COMMIT, text(commit, "sha") == null ? "?" : text(commit, "sha"), name, email, at));
      }
    }
    return true;
  }

  private boolean pulls(Run run, String repository, JsonNode body) {
    for (JsonNode pull : array(body)) {
      Instant updated = instant(text(pull, "updated_at"));
      if (run.since != null && updated != null && updated.isBefore(run.since)) {
        return false; // Newest first: everything after this was read by an earlier sync.
      }
      JsonNode user = pull.path("user");
      if (!user.hasNonNull("id")) {
        continue;
      }
      run.account(user);
      String number = pull.path("number").asText();
      URI page = uri("/repos/" + repository + "/pulls/" + number + "/commits", null);
      while (page != null) {
        JsonHttp.Response response = http.get(page, "pull request " + repository + "#" + number);
        for (JsonNode commit : array(response.body())) {
          JsonNode author = commit.path("commit").path("author");
          String sha = text(commit, "sha");
          run.sink.contribution(new ContributionFact(integration, user.get("id").asText(), text(user, "login"),
              ContributionFact.Kind.PULL_REQUEST_COMMIT, repository + "!" + number + "@" + (sha == null ? "?" : sha),
              text(author, "name"), text(author, "email"), instant(text(author, "date"))));
        }
        page = LinkHeader.next(response.header("link")).orElse(null);
      }
    }
    return true;
  }

  private URI uri(String path, @Nullable String query) {
    return URI.create(SteppedSync.join(base, path) + "?per_page=" + settings.pageSize()
        + (query == null ? "" : "&" + query));
  }

  // ---- one sync's state ----

  private final class Run {
    final IdentitySink sink;
    final @Nullable Instant since;
    final GitIdentities identities = new GitIdentities();
    final Set<String> accounts = new HashSet<>();

    Run(IdentitySink sink, @Nullable Instant since) {
      this.sink = sink;
      this.since = since;
    }

    /** Emits an account once per sync; a profile (with name or email) beats a bare mention. */
    void account(JsonNode user) {
      String id = user.path("id").asText("");
      if (id.isEmpty()) {
        return;
      }
      boolean profile = user.has("name") || user.has("email");
      if (!accounts.add(id + (profile ? "+" : "")) || (!profile && accounts.contains(id + "+"))) {
        return;
      }
      IdentityRecord.Builder record = IdentityRecord.builder(RecordId.of(integration + ":" + id), integration)
          .accountId(id).bot("Bot".equals(text(user, "type")));
      Optional.ofNullable(text(user, "login")).ifPresent(record::login);
      Optional.ofNullable(text(user, "name")).ifPresent(record::displayName);
      Optional.ofNullable(text(user, "email")).ifPresent(record::email);
      sink.record(record.build());
    }

    void flush() {
      identities.emit(sink::record);
    }
  }

  /** One kind of page a sync reads, with its first URL and how to read a page of it. */
  private static final class Step {
    final String what;
    final java.util.function.Function<@Nullable Instant, URI> first;
    final PageReader reader;

    Step(String what, java.util.function.Function<@Nullable Instant, URI> first, PageReader reader) {
      this.what = what;
      this.first = first;
      this.reader = reader;
    }

    URI first(@Nullable Instant since) {
      return first.apply(since);
    }

    /** Reads a page; false when later pages are known to hold nothing new. */
    boolean read(Run run, JsonNode body) {
      return reader.read(run, body);
    }
  }

  @FunctionalInterface
  private interface PageReader {
    boolean read(Run run, JsonNode body);
  }

  /** Where a sync resumes: a JSON object, opaque to hosts. */
  private static final class Cursor {
    final @Nullable Instant since;
    final int step;
    final @Nullable URI next;
    final @Nullable Instant started;

    Cursor(@Nullable Instant since, int step, @Nullable URI next, @Nullable Instant started) {
      this.since = since;
      this.step = step;
      this.next = next;
      this.started = started;
    }

    static Cursor parse(@Nullable String text) {
      if (text == null || text.isBlank()) {
        return new Cursor(null, 0, null, null);
      }
      try {
        JsonNode node = JSON.readTree(text);
        return new Cursor(instant(text(node, "since")), node.path("step").asInt(0),
            node.hasNonNull("next") ? URI.create(node.get("next").asText()) : null, instant(text(node, "started")));
      } catch (Exception e) {
        throw new IdentityException("the GitHub cursor \"" + text + "\" is not one this source wrote; "
            + "start a full sync with no cursor", e);
      }
    }

    @Override
    public String toString() {
      ObjectNode node = JSON.createObjectNode();
      if (since != null) {
        node.put("since", since.toString());
      }
      node.put("step", step);
      if (next != null) {
        node.put("next", next.toString());
      }
      if (started != null) {
        node.put("started", started.toString());
      }
      return node.toString();
    }
  }

  // ---- JSON helpers ----

  static Iterable<JsonNode> array(JsonNode body) {
    if (!body.isArray()) {
      throw new IdentityException("expected a JSON array, got " + body.getNodeType());
    }
    return body;
  }

  static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
  }

  static @Nullable Instant instant(@Nullable String text) {
    try {
      return text == null ? null : Instant.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      return java.time.OffsetDateTime.parse(text).toInstant();
    }
  }

  /** Builds a {@link GitHubSource}. */
  public static final class Builder {
    private final Secret bearer;
    private URI base = CLOUD;
    private @Nullable String organisation;
    private final List<String> repositories = new ArrayList<>();
    private boolean profiles = true;
    private HttpSettings settings = HttpSettings.defaults();

    private Builder(Secret token) {
      this.bearer = Secret.of("Bearer " + token.reveal());
    }

    /**
     * The API base: {@code https://api.github.com} by default, {@code https://HOST/api/v3} for
     * GitHub Enterprise Server.
     */
    public Builder baseUrl(URI base) {
      this.base = requireNonNull(base, "base");
      return this;
    }

    /** The organisation whose members to read. */
    public Builder organisation(String organisation) {
      requireNonNull(organisation, "organisation");
      if (organisation.isBlank()) {
        throw new IllegalArgumentException("organisation is blank");
      }
      this.organisation = organisation.trim();
      return this;
    }

    /**
     * A repository whose commits and pull requests to read.
     *
     * @throws IllegalArgumentException unless it reads {@code owner/name}
     */
    public Builder repository(String repository) {
      requireNonNull(repository, "repository");
      if (!REPOSITORY.matcher(repository.trim()).matches()) {
        throw new IllegalArgumentException("repository \"" + repository + "\" is not owner/name");
      }
      repositories.add(repository.trim());
      return this;
    }

    /** Whether to fetch each member's profile for name and public email (one request each); true by default. */
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
     * @throws IllegalStateException if neither an organisation nor a repository was given
     */
    public GitHubSource build() {
      if (organisation == null && repositories.isEmpty()) {
        throw new IllegalStateException("a GitHub source needs an organisation or a repository to read");
      }
      return new GitHubSource(this);
    }
  }
}
