package io.github.devidentity.integrations;

import static io.github.devidentity.integrations.GitHubSource.instant;
import static io.github.devidentity.integrations.GitHubSource.text;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.devidentity.IdentityException;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.spi.ContributionFact;
import io.github.devidentity.spi.IdentitySink;
import io.github.devidentity.spi.SyncResult;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The sync the GitLab and Bitbucket sources share: steps (a project's members, a repository's
 * commits, its pull requests…) read in order, each a run of pages. A rate limit longer than the
 * settings allow ends the sync early, with a cursor that resumes at the page that could not be
 * read; a complete sync's cursor holds its start, and the next sync reads only what changed since.
 *
 * <p>The cursor is a small JSON object, opaque to hosts: {@code since} (the start of the last
 * complete sync), {@code step} and {@code next} (where an interrupted sync resumes) and {@code
 * started} (the start of the interrupted sync, which becomes {@code since} once it completes).
 */
final class SteppedSync {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SteppedSync() {}

  /**
   * One kind of page a sync reads.
   *
   * @param what the resource in words, for a 404 ("project acme/api's commits")
   * @param first the first page, given the start of the last complete sync (null for a full sync)
   * @param reader reads a page and says where the next one is
   */
  record Step(String what, Function<@Nullable Instant, URI> first, PageReader reader) {}

  /** Reads one page of a step. */
  @FunctionalInterface
  interface PageReader {
    /** Reads the page; the next page, or empty at the end or when later pages hold nothing new. */
    Optional<URI> read(Run run, JsonHttp.Response page);
  }

  /**
   * Runs the steps from the cursor.
   *
   * @param tool the tool's name, for a cursor this source did not write
   * @throws IdentityException if the cursor is not one a {@code SteppedSync} wrote
   * @throws SourceException if the tool refuses or keeps failing
   */
  static SyncResult sync(String tool, JsonHttp http, List<Step> steps, @Nullable String cursor, IdentitySink sink) {
    Cursor at = Cursor.parse(tool, cursor);
    Instant started = at.started != null ? at.started : Instant.now();
    Run run = new Run(sink, at.since);
    int step = at.step;
    URI next = at.next;
    try {
      for (; step < steps.size(); step++) {
        Step current = steps.get(step);
        URI page = next != null ? next : current.first().apply(at.since);
        next = null;
        while (page != null) {
          page = current.reader().read(run, http.get(page, current.what())).orElse(null);
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

  /**
   * {@code uri} with the query parameter {@code name} set to {@code value}: replaced where the
   * query has it, appended where it has not.
   */
  static URI withParameter(URI uri, String name, String value) {
    String text = uri.toString();
    int question = text.indexOf('?');
    List<String> parameters = new ArrayList<>();
    if (question >= 0) {
      for (String parameter : text.substring(question + 1).split("&")) {
        if (!parameter.isEmpty() && !parameter.startsWith(name + "=")) {
          parameters.add(parameter);
        }
      }
    }
    parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    return URI.create((question >= 0 ? text.substring(0, question) : text) + "?" + String.join("&", parameters));
  }

  /**
   * {@code value} trimmed, if it matches {@code pattern}.
   *
   * @throws IllegalArgumentException if it does not: "{@code what "value" is not expected}"
   */
  static String checked(String value, Pattern pattern, String what, String expected) {
    requireNonNull(value, what);
    if (!pattern.matcher(value.trim()).matches()) {
      throw new IllegalArgumentException(what + " \"" + value + "\" is not " + expected);
    }
    return value.trim();
  }

  /**
   * {@code url}, if it is an absolute http(s) URL.
   *
   * @throws IllegalArgumentException if it is not; the message shows {@code example}
   */
  static URI httpUrl(URI url, String what, String example) {
    requireNonNull(url, what);
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getAuthority() == null) {
      throw new IllegalArgumentException(what + " \"" + url + "\" is not an http(s) URL such as " + example);
    }
    return url;
  }

  /** {@code base} (trailing slashes dropped) followed by {@code path}. */
  static String join(URI base, String path) {
    String root = base.toString();
    while (root.endsWith("/")) {
      root = root.substring(0, root.length() - 1);
    }
    return root + path;
  }

  /** A path segment, percent-encoded ({@code acme/api} becomes {@code acme%2Fapi}). */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** One sync's state: the sink, the start of the last complete sync, the accounts and git authors seen. */
  static final class Run {
    private final IdentitySink sink;
    private final @Nullable Instant since;
    private final GitIdentities identities = new GitIdentities();
    /** Record id of each account handed over, and whether it was handed over with its profile. */
    private final Map<String, Boolean> accounts = new HashMap<>();

    Run(IdentitySink sink, @Nullable Instant since) {
      this.sink = sink;
      this.since = since;
    }

    /** Whether {@code at} is before the last complete sync, so that sync read it already. */
    boolean readBefore(@Nullable Instant at) {
      return since != null && at != null && at.isBefore(since);
    }

    /** Whether a sync read everything before it, so that only changes since then are read. */
    boolean incremental() {
      return since != null;
    }

    /** Whether the account's profile was handed over already in this sync. */
    boolean hasProfile(String recordId) {
      return Boolean.TRUE.equals(accounts.get(recordId));
    }

    /**
     * Hands an account over once per sync: a profile (read from the tool's user resource) replaces
     * a bare mention, never the reverse.
     */
    void account(IdentityRecord record, boolean profile) {
      String id = record.id().value();
      Boolean seen = accounts.get(id);
      if (seen != null && (seen || !profile)) {
        return;
      }
      accounts.put(id, profile);
      sink.record(record);
    }

    /** Counts one commit by a git author. */
    void commit(@Nullable String name, @Nullable String email, @Nullable Instant at) {
      identities.commit(name, email, at);
    }

    /** Hands a contribution fact over. */
    void contribution(ContributionFact fact) {
      sink.contribution(fact);
    }

    /** Hands the git authors counted since the last flush over. */
    void flush() {
      identities.emit(sink::record);
    }
  }

  /** Where a sync resumes. */
  private record Cursor(@Nullable Instant since, int step, @Nullable URI next, @Nullable Instant started) {
    static Cursor parse(String tool, @Nullable String text) {
      if (text == null || text.isBlank()) {
        return new Cursor(null, 0, null, null);
      }
      try {
        JsonNode node = JSON.readTree(text);
        if (!node.isObject() || node.path("step").asInt(-1) < 0) {
          throw new IllegalArgumentException("not a cursor object");
        }
        String next = text(node, "next");
        return new Cursor(instant(text(node, "since")), node.get("step").asInt(), next == null ? null : URI.create(next),
            instant(text(node, "started")));
      } catch (Exception e) {
        throw new IdentityException("the " + tool + " cursor \"" + text + "\" is not one this source wrote; "
            + "start a full sync with no cursor", e);
      }
    }

    @Override
    public String toString() {
      Map<String, Object> fields = new LinkedHashMap<>();
      Optional.ofNullable(since).ifPresent(value -> fields.put("since", value.toString()));
      fields.put("step", step);
      Optional.ofNullable(next).ifPresent(value -> fields.put("next", value.toString()));
      Optional.ofNullable(started).ifPresent(value -> fields.put("started", value.toString()));
      return JSON.valueToTree(fields).toString();
    }
  }
}
