package io.github.devidentity.integrations;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.devidentity.IdentityException;
import io.github.devidentity.spi.SyncResult;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The sync loop of the paged sources: a list of steps (users, then each repository's commits and
 * pull requests…) read one after another, page by page, where each page tells the URI of the next
 * one whatever the tool's pagination (continuation token, {@code $skip}, {@code startAt}, page
 * headers). A rate limit longer than the settings allow ends the sync early; its cursor holds the
 * step and the page to resume from. A complete sync's cursor holds when it started, so the next
 * one reads only what changed since.
 */
final class StepwiseSync {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StepwiseSync() {}

  /** Reads one page and answers the next page's URI, or null when the step is done. */
  @FunctionalInterface
  interface PageReader {
    @Nullable URI read(JsonHttp.Response page);
  }

  /**
   * One kind of page a sync reads.
   *
   * @param what the resource in words, for a 404 ("project EX's issues")
   * @param first the first page
   * @param reader reads a page and tells the next
   */
  record Step(String what, URI first, PageReader reader) {}

  /**
   * Where a sync starts: from the start of the previous complete sync ({@code since}), at a step
   * and page, within a sync that began at {@code started}.
   */
  record Position(@Nullable Instant since, int step, @Nullable URI next, @Nullable Instant started) {

    /** Whether this sync continues one that stopped early, past its first page. */
    boolean resumed() {
      return step > 0 || next != null;
    }

    static Position parse(String tool, @Nullable String text) {
      if (text == null || text.isBlank()) {
        return new Position(null, 0, null, null);
      }
      try {
        JsonNode node = JSON.readTree(text);
        if (!node.isObject()) {
          throw new IllegalArgumentException("not a JSON object");
        }
        return new Position(instant(node, "since"), node.path("step").asInt(0),
            node.hasNonNull("next") ? URI.create(node.get("next").asText()) : null, instant(node, "started"));
      } catch (Exception e) {
        throw new IdentityException("the " + tool + " cursor \"" + text + "\" is not one this source wrote; "
            + "start a full sync with no cursor", e);
      }
    }

    String write() {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("since", since == null ? null : since.toString());
      fields.put("step", step);
      fields.put("next", next == null ? null : next.toString());
      fields.put("started", started == null ? null : started.toString());
      fields.values().removeIf(Objects::isNull);
      return JSON.valueToTree(fields).toString();
    }

    private static @Nullable Instant instant(JsonNode node, String field) {
      return node.hasNonNull(field) ? Instant.parse(node.get(field).asText()) : null;
    }
  }

  /**
   * Runs the steps {@code plan} makes for the cursor's position, from its step and page on.
   *
   * @param tool the tool's name, for a cursor that cannot be read
   * @param flush hands over what a step gathered (git identities); called after every step and
   *     before an early end
   * @throws IdentityException if the cursor was not written by a source of this kind
   * @throws SourceException if the tool refuses or keeps failing
   */
  static SyncResult run(JsonHttp http, String tool, @Nullable String cursor, Function<Position, List<Step>> plan,
      Runnable flush) {
    Position at = Position.parse(tool, cursor);
    Instant started = at.started() != null ? at.started() : Instant.now();
    List<Step> steps = plan.apply(at);
    int step = at.step();
    URI next = at.next();
    try {
      for (; step < steps.size(); step++) {
        Step current = steps.get(step);
        URI page = next != null ? next : current.first();
        next = null;
        while (page != null) {
          JsonHttp.Response response = http.get(page, current.what());
          page = current.reader().read(response);
          next = page;
        }
        flush.run();
      }
    } catch (JsonHttp.RateLimited limited) {
      flush.run();
      return new SyncResult(new Position(at.since(), step, next, started).write(), false);
    }
    return new SyncResult(new Position(started, 0, null, null).write(), true);
  }

  /**
   * Reads every page of a list inside a step (a pull request's commits), following {@code next}
   * from each page.
   */
  static void each(JsonHttp http, URI first, String what, Function<JsonHttp.Response, @Nullable URI> read) {
    URI page = first;
    while (page != null) {
      page = read.apply(http.get(page, what));
    }
  }

  /** The URI with one query parameter set to {@code value} (encoded): in place of an earlier value, else added last. */
  static URI withParameter(URI uri, String name, String value) {
    String query = uri.getRawQuery();
    List<String> kept = new ArrayList<>();
    String set = name + "=" + encode(value);
    boolean replaced = false;
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        boolean same = pair.equals(name) || pair.startsWith(name + "=");
        if (same && !replaced) {
          kept.add(set);
        } else if (!same) {
          kept.add(pair);
        }
        replaced |= same;
      }
    }
    if (!replaced) {
      kept.add(set);
    }
    String text = uri.toString();
    int mark = text.indexOf('?');
    return URI.create((mark < 0 ? text : text.substring(0, mark)) + "?" + String.join("&", kept));
  }

  /** A query parameter's first value, decoded, if the URI has it. */
  static @Nullable String parameter(URI uri, String name) {
    String query = uri.getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** The next page of an offset-paged list: the offset moved on by {@code read}, or null when fewer than a full page came. */
  static @Nullable URI nextOffset(URI page, String parameter, int read, int pageSize) {
    if (read < pageSize) {
      return null;
    }
    String offset = parameter(page, parameter);
    long at = offset == null ? 0 : Long.parseLong(offset);
    return withParameter(page, parameter, Long.toString(at + read));
  }

  /** A base URL and a path joined without a doubled slash, with a query. */
  static URI join(URI base, String path, String query) {
    return URI.create(SteppedSync.join(base, path) + (query.isEmpty() ? "" : "?" + query));
  }

  /**
   * The base URL of a self-hosted tool, checked to name a host (its instance name).
   *
   * @throws IllegalArgumentException if it names none
   */
  static URI hosted(URI base, String tool, String example) {
    requireNonNull(base, "base");
    if (base.getAuthority() == null) {
      throw new IllegalArgumentException("the " + tool + " base URL " + base + " has no host; expected e.g. " + example);
    }
    return base;
  }

  /** A value encoded for a URL's query or one path segment. */
  static String encode(String value) {
    return SteppedSync.segment(requireNonNull(value, "value"));
  }
}
