package io.github.devidentity.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.spi.IdentitySource;
import io.github.devidentity.spi.SyncResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The assertions every HTTP source's scenario tests share. */
final class SourceScenarios {
  private SourceScenarios() {}

  /** The start of the complete sync that wrote this cursor. */
  static Instant since(SyncResult result) {
    return Instant.parse(result.cursor().replaceAll(".*\"since\":\"([^\"]+)\".*", "$1"));
  }

  /**
   * Asserts that syncing fails with a refusal of this status whose message holds every one of
   * {@code named}, and that neither the message nor the source's {@code toString} holds a secret.
   */
  static void assertRefusal(IdentitySource source, RecordingSink sink, int status, List<String> named, String... secrets) {
    assertThatThrownBy(() -> source.sync(null, sink))
        .isInstanceOf(SourceException.class)
        .satisfies(e -> {
          assertThat(((SourceException) e).status()).isEqualTo(status);
          assertThat(e.getMessage()).contains("answered " + status).contains(named).doesNotContain(secrets);
        });
    assertThat(source.toString()).doesNotContain(secrets);
  }

  /** Asserts that syncing fails on a 404 whose message says what was not found. */
  static void assertNotFound(IdentitySource source, RecordingSink sink, String what) {
    assertThatThrownBy(() -> source.sync(null, sink))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("answered 404")
        .hasMessageContaining(what + " was not found");
  }

  /**
   * Asserts that syncing gives up after the default four attempts at a failing tool, pausing one,
   * two and four seconds between them.
   */
  static void assertGivesUp(IdentitySource source, RecordingSink sink, int status) {
    assertThatThrownBy(() -> source.sync(null, sink))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("answered " + status)
        .hasMessageContaining("4 times");
    assertThat(sink.pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  /**
   * Asserts that a second sync, from the cursor of a complete first one, asks for what changed
   * since that first sync started: the path {@code incremental} makes of its start, served {@code
   * body}.
   *
   * @return every request the server saw, for further assertions
   */
  static List<String> assertIncremental(IdentitySource source, RecordingSink sink, FixtureServer server,
      java.util.function.Function<Instant, String> incremental, String body) {
    SyncResult first = source.sync(null, sink);
    String path = incremental.apply(since(first));
    server.on(path, FixtureServer.Answer.json(body));
    SyncResult second = source.sync(first.cursor(), sink);

    assertThat(first.complete()).isTrue();
    assertThat(second.complete()).isTrue();
    List<String> requests = server.requests().stream().map(FixtureServer.Request::pathAndQuery).collect(java.util.stream.Collectors.toList());
    assertThat(requests).contains(path);
    return requests;
  }

  /**
   * Asserts that a first sync stops early on a long rate limit, and a second one resumes from its
   * cursor: the server saw exactly {@code requests}, and the records came once each.
   */
  static void assertResumes(IdentitySource source, RecordingSink sink, FixtureServer server, List<String> ids,
      String... requests) {
    SyncResult first = source.sync(null, sink);
    SyncResult second = source.sync(first.cursor(), sink);

    assertThat(first.complete()).isFalse();
    assertThat(second.complete()).isTrue();
    assertThat(sink.ids()).containsExactlyElementsOf(ids);
    assertThat(server.requests()).extracting(FixtureServer.Request::pathAndQuery).containsExactly(requests);
  }
}
