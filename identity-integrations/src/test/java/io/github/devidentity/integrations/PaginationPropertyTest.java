package io.github.devidentity.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.spi.IdentitySource;
import io.github.devidentity.spi.SyncResult;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded: however a listing is split into pages, and wherever 429s, 500s and one rate limit too
 * long to wait out strike, every account arrives exactly once and in order, over one sync or a
 * sync and its resumption; each pause is the one the answers asked for. Each vendor's own
 * pagination: GitLab's {@code Link} header or {@code x-next-page}, Bitbucket Cloud's body {@code
 * next}, Bitbucket Data Center's {@code isLastPage}/{@code nextPageStart}.
 */
final class PaginationPropertyTest {
  private static final Secret TOKEN = Secret.of("property-test-token");
  private static final String GITLAB_USERS = "/api/v4/users?per_page=100&pagination=keyset&order_by=id&sort=asc";
  private static final String CLOUD_MEMBERS = "/workspaces/acme/members?pagelen=100";
  private static final String SERVER_USERS = "/rest/api/1.0/users?limit=100";

  private static final FixtureServer SERVER = new FixtureServer();

  @AfterAll
  static void stop() {
    SERVER.close();
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 80).mapToObj(i -> 0x9A6E5L + i);
  }

  /** A vendor's way of paging a list of accounts. */
  private enum Paging {
    GITLAB_LINK(Paging::gitLab) {
      @Override
      String path(int page, int start) {
        return page == 0 ? GITLAB_USERS : GITLAB_USERS + "&id_after=" + start;
      }

      @Override
      FixtureServer.Answer answer(URI base, List<Integer> ids, int page, int start, boolean last) {
        String body = gitLabUsers(ids);
        return last ? FixtureServer.Answer.json(body) : new FixtureServer.Answer(200,
            Map.of("Link", "<" + base + path(page + 1, start + ids.size()) + ">; rel=\"next\""), body);
      }
    },
    GITLAB_NEXT_PAGE(Paging::gitLab) {
      @Override
      String path(int page, int start) {
        return page == 0 ? GITLAB_USERS : GITLAB_USERS + "&page=" + (page + 1);
      }

      @Override
      FixtureServer.Answer answer(URI base, List<Integer> ids, int page, int start, boolean last) {
        return new FixtureServer.Answer(200, Map.of("x-next-page", last ? "" : Integer.toString(page + 2)), gitLabUsers(ids));
      }
    },
    BITBUCKET_CLOUD((base, settings) ->
        BitbucketCloudSource.builder(TOKEN).baseUrl(base).workspace("acme").settings(settings).build()) {
      @Override
      String path(int page, int start) {
        return page == 0 ? CLOUD_MEMBERS : CLOUD_MEMBERS + "&page=" + (page + 1);
      }

      @Override
      FixtureServer.Answer answer(URI base, List<Integer> ids, int page, int start, boolean last) {
        String values = ids.stream().map(id -> "{\"user\": {\"account_id\": \"" + id + "\", \"uuid\": \"{" + id + "}\"}}")
            .collect(Collectors.joining(","));
        return FixtureServer.Answer.json("{" + (last ? "" : "\"next\": \"" + base + path(page + 1, 0) + "\", ")
            + "\"values\": [" + values + "]}");
      }
    },
    BITBUCKET_SERVER((base, settings) ->
        BitbucketServerSource.builder(base, TOKEN).users(true).settings(settings).build()) {
      @Override
      String path(int page, int start) {
        return page == 0 ? SERVER_USERS : SERVER_USERS + "&start=" + start;
      }

      @Override
      FixtureServer.Answer answer(URI base, List<Integer> ids, int page, int start, boolean last) {
        String values = ids.stream().map(id -> "{\"id\": " + id + ", \"name\": \"user" + id + "\"}")
            .collect(Collectors.joining(","));
        return FixtureServer.Answer.json("{\"size\": " + ids.size() + ", \"start\": " + start + ", \"isLastPage\": " + last
            + (last ? "" : ", \"nextPageStart\": " + (start + ids.size())) + ", \"values\": [" + values + "]}");
      }
    };

    private final BiFunction<URI, HttpSettings, IdentitySource> source;

    Paging(BiFunction<URI, HttpSettings, IdentitySource> source) {
      this.source = source;
    }

    static String gitLabUsers(List<Integer> ids) {
      return ids.stream().map(id -> "{\"id\": " + id + ", \"username\": \"user" + id + "\"}")
          .collect(Collectors.joining(",", "[", "]"));
    }

    static IdentitySource gitLab(URI base, HttpSettings settings) {
      return GitLabSource.builder(TOKEN).baseUrl(base).users(true).settings(settings).build();
    }

    /** The path and query of a page, given its number and the index of its first account. */
    abstract String path(int page, int start);

    abstract FixtureServer.Answer answer(URI base, List<Integer> ids, int page, int start, boolean last);

    IdentitySource source(URI base, HttpSettings settings) {
      return source.apply(base, settings);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void sync_deliversEveryAccountOnceInOrderWhateverThePagesAndFailures(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Paging paging = Paging.values()[random.nextInt(Paging.values().length)];
    int accounts = 1 + random.nextInt(30);
    int longLimitPage = random.nextInt(3) == 0 ? random.nextInt(accounts) : -1;
    // One server serves every case, each under its own path.
    URI base = URI.create(SERVER.base() + "/case" + seed);
    List<String> expected = new ArrayList<>();
    List<Duration> expectedPauses = new ArrayList<>();
    int page = 0;
    for (int start = 0; start < accounts; page++) {
      int size = Math.min(accounts - start, 1 + random.nextInt(5));
      List<Integer> ids = new ArrayList<>();
      for (int i = start; i < start + size; i++) {
        ids.add(1000 + i);
        expected.add(Integer.toString(1000 + i));
      }
      List<FixtureServer.Answer> answers = new ArrayList<>();
      if (page == longLimitPage) {
        answers.add(new FixtureServer.Answer(429, Map.of("Retry-After", "3600"), "{}"));
      }
      if (random.nextInt(3) == 0) {
        int seconds = 1 + random.nextInt(30);
        answers.add(new FixtureServer.Answer(429, Map.of("Retry-After", Integer.toString(seconds)), "{}"));
        expectedPauses.add(Duration.ofSeconds(seconds));
      }
      if (random.nextInt(3) == 0) {
        answers.add(new FixtureServer.Answer(500, Map.of(), "{}"));
        expectedPauses.add(Duration.ofSeconds(1));
      }
      answers.add(paging.answer(base, ids, page, start, start + size == accounts));
      SERVER.on(base.getRawPath() + paging.path(page, start), answers.toArray(new FixtureServer.Answer[0]));
      start += size;
    }
    List<Duration> pauses = new ArrayList<>();
    RecordingSink sink = new RecordingSink();
    IdentitySource source = paging.source(base,
        HttpSettings.builder().sleeper(pauses::add).maxRateLimitWait(Duration.ofSeconds(60)).build());

    SyncResult first = source.sync(null, sink);
    SyncResult last = first.complete() ? first : source.sync(first.cursor(), sink);

    String where = "seed " + seed + ", " + paging;
    assertThat(first.complete()).as(where).isEqualTo(longLimitPage < 0 || longLimitPage >= page);
    assertThat(last.complete()).as(where).isTrue();
    assertThat(sink.records).extracting(record -> record.accountId().orElseThrow()).as(where)
        .containsExactlyElementsOf(expected);
    assertThat(pauses).as(where).containsExactlyElementsOf(expectedPauses);
  }
}
