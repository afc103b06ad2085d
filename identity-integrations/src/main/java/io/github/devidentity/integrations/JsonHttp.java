package io.github.devidentity.integrations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * GETs JSON from a tool the way every source needs it: authenticated, with a time-out, retrying
 * 5xx answers and failed connections a bounded number of times with doubling pauses, waiting out
 * rate limits ({@code Retry-After}, or the tool's reset header) up to a bound, and turning refusals
 * into messages that say what to fix. Tokens only ever travel in request headers: no message
 * holds one.
 */
final class JsonHttp {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client;
  private final HttpSettings settings;
  private final Vendor vendor;
  private final Map<String, Secret> secretHeaders;
  private final Map<String, String> plainHeaders;
  /** The hosts the token may go to: the first one asked, and those a source trusts explicitly. */
  private final java.util.Set<String> trusted = new java.util.LinkedHashSet<>();

  /** What a source says about its tool in messages: its name and the permissions it needs. */
  record Vendor(String name, String permissions) {}

  /** One successful answer. */
  record Response(URI uri, HttpHeaders headers, JsonNode body) {
    Optional<String> header(String name) {
      return headers.firstValue(name);
    }
  }

  /**
   * The tool asked for a longer pause than the settings allow: the source ends the sync early and
   * the next one resumes from its cursor.
   */
  static final class RateLimited extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final Duration wait;

    RateLimited(String message, Duration wait) {
      super(message, null, false, false);
      this.wait = wait;
    }
  }

  JsonHttp(HttpSettings settings, Vendor vendor, Map<String, Secret> secretHeaders, Map<String, String> plainHeaders) {
    this.client = HttpClient.newBuilder().connectTimeout(settings.requestTimeout())
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    this.settings = settings;
    this.vendor = vendor;
    this.secretHeaders = new LinkedHashMap<>(secretHeaders);
    this.plainHeaders = new LinkedHashMap<>(plainHeaders);
  }

  /**
   * Fetches and parses one resource.
   *
   * @param what the resource in words, for a 404 ("organisation acme's members")
   * @throws SourceException if the tool refuses, keeps failing or answers malformed JSON
   * @throws RateLimited if the tool asks for a pause longer than the settings allow
   */
  Response get(URI uri, String what) {
    checkTrusted(uri);
    int failures = 0;
    int waits = 0;
    while (true) {
      HttpResponse<String> response;
      try {
        response = client.send(request(uri), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        failures++;
        if (failures >= settings.maxAttempts()) {
          throw new SourceException(vendor.name() + " did not answer GET " + uri + " after " + failures
              + " attempts (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + "); check the base URL and the network, then sync again: it resumes from its cursor", 0, e);
        }
        pause(backoff(failures));
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SourceException("interrupted while fetching " + uri + " from " + vendor.name(), 0, e);
      }
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        return new Response(uri, response.headers(), parse(uri, response.body()));
      }
      Optional<Duration> limited = rateLimitWait(status, response.headers());
      if (limited.isPresent()) {
        Duration wait = limited.get();
        waits++;
        if (wait.compareTo(settings.maxRateLimitWait()) > 0 || waits > settings.maxAttempts()) {
          throw new RateLimited(vendor.name() + " rate-limited GET " + uri + " for " + wait.toSeconds()
              + " s, longer than the " + settings.maxRateLimitWait().toSeconds() + " s allowed", wait);
        }
        pause(wait);
        continue;
      }
      if (status >= 500) {
        failures++;
        if (failures >= settings.maxAttempts()) {
          throw new SourceException(vendor.name() + " answered " + status + " to GET " + uri + " " + failures
              + " times; the tool is failing, sync again later: it resumes from its cursor", status, null);
        }
        pause(backoff(failures));
        continue;
      }
      throw refusal(uri, what, status, response.body());
    }
  }

  /** Lets the token go to this URI's host too, as to the first host asked (Azure's Graph host). */
  synchronized JsonHttp trust(URI uri) {
    trusted.add(origin(uri));
    return this;
  }

  /**
   * Refuses to send the token to a host the source was not set up with: a next-page link naming
   * another host is not followed.
   */
  private synchronized void checkTrusted(URI uri) {
    String origin = origin(uri);
    if (trusted.isEmpty()) {
      trusted.add(origin);
    } else if (!trusted.contains(origin)) {
      throw new SourceException(vendor.name() + " pointed to GET " + uri + ", on another host than "
          + String.join(" and ", trusted) + "; the token is sent only to the hosts the source was set up with", 0, null);
    }
  }

  private static String origin(URI uri) {
    return (uri.getScheme() + "://" + uri.getAuthority()).toLowerCase(java.util.Locale.ROOT);
  }

  private HttpRequest request(URI uri) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(settings.requestTimeout())
        .header("Accept", "application/json");
    plainHeaders.forEach(request::header);
    secretHeaders.forEach((name, secret) -> request.header(name, secret.reveal()));
    return request.build();
  }

  private JsonNode parse(URI uri, String body) {
    try {
      return JSON.readTree(body.isEmpty() ? "null" : body);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new SourceException(vendor.name() + " answered GET " + uri + " with malformed JSON" + where
          + ": " + e.getOriginalMessage(), 200, e);
    }
  }

  private SourceException refusal(URI uri, String what, int status, String body) {
    String excerpt = body.length() > 200 ? body.substring(0, 200) + "…" : body;
    excerpt = excerpt.replaceAll("\\s+", " ").trim();
    String fix;
    switch (status) {
      case 401:
        fix = "the token was not accepted (missing, expired or revoked); " + vendor.permissions();
        break;
      case 403:
        fix = "the token lacks a permission; " + vendor.permissions();
        break;
      case 404:
        fix = what + " was not found: check the name, and that the token's user can see it";
        break;
      default:
        fix = "the request was refused";
        break;
    }
    return new SourceException(vendor.name() + " answered " + status + " to GET " + uri + ": " + fix
        + (excerpt.isEmpty() ? "" : " (it said: " + excerpt + ")"), status, null);
  }

  /**
   * The pause a rate-limit answer asks for: 429, or 403 with {@code Retry-After} or no requests
   * left, as GitHub answers its secondary and primary limits.
   */
  private static Optional<Duration> rateLimitWait(int status, HttpHeaders headers) {
    boolean exhausted = headers.firstValue("x-ratelimit-remaining").map(String::trim).filter("0"::equals).isPresent();
    Optional<String> retryAfter = headers.firstValue("retry-after");
    if (status != 429 && !(status == 403 && (retryAfter.isPresent() || exhausted))
        && !(status == 503 && retryAfter.isPresent())) {
      return Optional.empty();
    }
    if (retryAfter.isPresent()) {
      Optional<Duration> wait = delay(retryAfter.get());
      if (wait.isPresent()) {
        return wait;
      }
    }
    for (String name : new String[] {"x-ratelimit-reset", "ratelimit-reset", "x-rate-limit-reset"}) {
      Optional<String> reset = headers.firstValue(name);
      if (reset.isPresent()) {
        Optional<Duration> wait = delay(reset.get());
        if (wait.isPresent()) {
          return wait;
        }
      }
    }
    return Optional.of(Duration.ofSeconds(1));
  }

  /**
   * A header's pause: seconds to wait, an epoch second to wait until, an HTTP date or an ISO-8601
   * instant; never negative.
   */
  static Optional<Duration> delay(String value) {
    String text = value.trim();
    try {
      long number = Long.parseLong(text);
      long seconds = number > 1_000_000_000L ? number - Instant.now().getEpochSecond() : number;
      return Optional.of(Duration.ofSeconds(Math.max(0, seconds)));
    } catch (NumberFormatException notANumber) {
      // An HTTP date or an instant, below.
    }
    Instant until;
    try {
      until = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException notHttpDate) {
      try {
        until = Instant.parse(text);
      } catch (DateTimeParseException notInstant) {
        return Optional.empty();
      }
    }
    Duration wait = Duration.between(Instant.now(), until);
    return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
  }

  private Duration backoff(int failures) {
    return settings.initialBackoff().multipliedBy(1L << Math.min(failures - 1, 10));
  }

  private void pause(Duration duration) {
    try {
      settings.sleeper().sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceException("interrupted while waiting to retry " + vendor.name(), 0, e);
    }
  }
}
