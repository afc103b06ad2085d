package io.github.devidentity.examples.generate;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Draws the first and last seen instants of generated records, from a random stream of its own so
 * that asking for dates changes no other value of any record.
 *
 * <p>Each person gets a span of activity: it ends within the last two weeks before the end for
 * 70% of people, two weeks to 90 days before for 10%, and 90 days to three years before for the
 * 20% who moved on; it began a week to four years before it ended. Each record's activity lies in
 * its person's span, and the first dated record runs to the span's end. Git records (commits) are
 * always dated; 3% of accounts carry no dates, as tools that do not report activity leave them.
 * Bots are active throughout. Instants are whole seconds.
 */
final class ActivityDates {
  private static final long DAY = 86_400;
  /** Mixed into the seed, so the dates' stream is not the records' own. */
  private static final long STREAM = 0x5EE7_DA7E_5EE7_DA7EL;

  private final SplittableRandom random;
  private final long until;
  private long start;
  private long end;
  private boolean endGiven;
  /** The last drawn record's first seen instant, or empty. */
  String firstSeen = "";
  /** The last drawn record's last seen instant, or empty. */
  String lastSeen = "";

  ActivityDates(long seed, Instant until) {
    this.random = new SplittableRandom(seed ^ STREAM);
    this.until = until.getEpochSecond();
  }

  /** Starts a person: draws the span they were active in. */
  void person() {
    int draw = random.nextInt(100);
    long ago;
    if (draw < 70) {
      ago = random.nextLong(0, 14 * DAY);
    } else if (draw < 80) {
      ago = random.nextLong(14 * DAY, 90 * DAY);
    } else {
      ago = random.nextLong(90 * DAY, 3 * 365 * DAY);
    }
    end = until - ago;
    start = end - random.nextLong(7 * DAY, 4 * 365 * DAY);
    endGiven = false;
  }

  /** Draws the dates of one of the person's records; an account ({@code git} is none) may get none. */
  void record(boolean account) {
    if (account && random.nextInt(100) < 3) {
      firstSeen = "";
      lastSeen = "";
      return;
    }
    long first = start + (long) ((end - start) * 0.6 * random.nextDouble());
    long last = endGiven ? first + (long) ((end - first) * random.nextDouble()) : end;
    endGiven = true;
    set(first, last);
  }

  /** Draws the dates of a bot's record: active for years, up to the last two days. */
  void bot() {
    set(until - random.nextLong(365 * DAY, 3 * 365 * DAY), until - random.nextLong(0, 2 * DAY));
  }

  private void set(long first, long last) {
    firstSeen = Instant.ofEpochSecond(first).toString();
    lastSeen = Instant.ofEpochSecond(last).toString();
  }
}
