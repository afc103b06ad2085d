package io.github.devidentity.examples.cli;

import io.github.devidentity.resolve.ProgressListener;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Prints a progress line at most once per interval, and none before the first interval has
 * passed, so small inputs finish silently and long runs show they are alive.
 */
final class ThrottledProgress implements ProgressListener {
  private static final Map<String, String> UNITS = Map.of(
      "read", "records read",
      "normalise", "records normalised",
      "block", "strategies blocked",
      "union", "candidate pairs linked",
      "materialise", "contributors built");

  private final PrintStream err;
  private final String prefix;
  private final long intervalNanos;
  private final LongSupplier clock;
  private final long start;
  private long lastPrinted;

  /**
   * A listener printing to {@code err}.
   *
   * @param prefix put in front of each line, e.g. the subcommand name
   * @param interval the least time between two lines, and before the first
   * @param clock nanoseconds, {@code System::nanoTime} outside tests
   */
  ThrottledProgress(PrintStream err, String prefix, Duration interval, LongSupplier clock) {
    this.err = err;
    this.prefix = prefix;
    this.intervalNanos = interval.toNanos();
    this.clock = clock;
    this.start = clock.getAsLong();
    this.lastPrinted = start;
  }

  @Override
  public void onProgress(String phase, long done, long total) {
    long now = clock.getAsLong();
    if (now - lastPrinted < intervalNanos) {
      return;
    }
    lastPrinted = now;
    String units = UNITS.getOrDefault(phase, phase);
    String amount = total > 0
        ? String.format(Locale.ROOT, "%,d of %,d %s (%d%%)", done, total, units, done * 100 / total)
        : String.format(Locale.ROOT, "%,d %s", done, units);
    err.println(String.format(Locale.ROOT, "%s: %s: %s, %.1f s so far", prefix, phase, amount, (now - start) / 1e9));
  }
}
