package io.github.devidentity.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** One source test's world: a loopback server, the pauses the source took, what it handed over. */
final class SourceHarness implements AutoCloseable {
  final FixtureServer server = new FixtureServer();
  final List<Duration> pauses = new ArrayList<>();
  final RecordingSink sink = new RecordingSink();

  /** Settings whose pauses are recorded instead of slept; rate limits are waited out up to a minute. */
  HttpSettings settings() {
    return HttpSettings.builder().sleeper(pauses::add).maxRateLimitWait(Duration.ofSeconds(60)).build();
  }

  /**
   * Runs a sync the server answers only {@code status} to, and checks that it gives up after the
   * four attempts the default settings allow, pausing 1, 2 and 4 seconds between them.
   */
  void assertGivesUpAfterServerErrors(ThrowingCallable sync, int status) {
    assertThatThrownBy(sync)
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("answered " + status)
        .hasMessageContaining("4 times")
        .satisfies(e -> assertThat(((SourceException) e).status()).isEqualTo(status));
    assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  @Override
  public void close() {
    server.close();
  }
}
