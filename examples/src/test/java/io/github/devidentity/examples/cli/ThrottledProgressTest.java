package io.github.devidentity.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class ThrottledProgressTest {
  private static final long SECOND = 1_000_000_000L;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, UTF_8);
  private long now = 5 * SECOND;
  private final ThrottledProgress progress =
      new ThrottledProgress(err, "resolve", Duration.ofSeconds(2), () -> now);

  private String printed() {
    return bytes.toString(UTF_8);
  }

  @Test
  void onProgress_beforeFirstInterval_printsNothing() {
    now += SECOND;
    progress.onProgress("union", 10, 100);

    assertThat(printed()).isEmpty();
  }

  @Test
  void onProgress_printsAtMostOncePerInterval() {
    now += 2 * SECOND;
    progress.onProgress("union", 10, 100);
    now += SECOND;
    progress.onProgress("union", 20, 100);
    now += SECOND;
    progress.onProgress("union", 30, 100);

    assertThat(printed().lines()).containsExactly(
        "resolve: union: 10 of 100 candidate pairs linked (10%), 2.0 s so far",
        "resolve: union: 30 of 100 candidate pairs linked (30%), 4.0 s so far");
  }

  @Test
  void onProgress_withoutTotal_printsCount() {
    now += 3 * SECOND;
    progress.onProgress("read", 8192, 0);

    assertThat(printed()).isEqualTo("resolve: read: 8,192 records read, 3.0 s so far" + System.lineSeparator());
  }
}
