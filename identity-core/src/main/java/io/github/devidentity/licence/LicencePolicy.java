package io.github.devidentity.licence;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.model.IdentityRecord;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which contributors a licence count bills: every person holding a source-code-management
 * identity, or only those whose source-code-management activity reaches into a window of time.
 *
 * <p>A window ends at an instant the caller gives, never at the clock's "now", so one resolution
 * and one policy always give the same count. A record's activity runs from its first seen to its
 * last seen instant (either alone when only one is known); it is active in the window when that
 * span overlaps the window, ends included. A record with neither date has unknown activity, which
 * never counts as active.
 *
 * <pre>{@code
 * LicencePolicy everyone = LicencePolicy.allContributors();
 * LicencePolicy recent = LicencePolicy.builder()
 *     .activeWithin(Duration.ofDays(90), Instant.parse("2026-12-01T00:00:00Z"))
 *     .build();
 * }</pre>
 */
public final class LicencePolicy {
  private static final LicencePolicy ALL = new LicencePolicy(new Builder());

  private final @Nullable Duration window;
  private final @Nullable Instant asOf;
  private final @Nullable Instant windowStart;

  private LicencePolicy(Builder builder) {
    this.window = builder.window;
    this.asOf = builder.asOf;
    this.windowStart = builder.windowStart;
  }

  /** Bills every non-bot contributor with a source-code-management identity, however old. */
  public static LicencePolicy allContributors() {
    return ALL;
  }

  /** A builder holding {@link #allContributors()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this policy. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.window = window;
    builder.asOf = asOf;
    builder.windowStart = windowStart;
    return builder;
  }

  /** How far back from {@link #asOf()} activity counts, if only active contributors are billed. */
  public Optional<Duration> activeWindow() {
    return Optional.ofNullable(window);
  }

  /** The instant the active window ends at; present exactly when a window is. */
  public Optional<Instant> asOf() {
    return Optional.ofNullable(asOf);
  }

  /** The instant the active window starts at, {@code asOf - window}; present exactly when a window is. */
  public Optional<Instant> windowStart() {
    return Optional.ofNullable(windowStart);
  }

  /** Whether a record is active in the window; every record is when there is no window. */
  boolean isActive(IdentityRecord record) {
    if (windowStart == null || asOf == null) {
      return true;
    }
    Optional<Instant> first = record.firstSeen().or(record::lastSeen);
    Optional<Instant> last = record.lastSeen().or(record::firstSeen);
    return last.isPresent() && first.isPresent()
        && !last.get().isBefore(windowStart) && !first.get().isAfter(asOf);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof LicencePolicy)) {
      return false;
    }
    LicencePolicy that = (LicencePolicy) o;
    return Objects.equals(window, that.window) && Objects.equals(asOf, that.asOf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(window, asOf);
  }

  /** {@code every contributor with a source-code-management identity}, or the window in words. */
  @Override
  public String toString() {
    if (window == null) {
      return "every contributor with a source-code-management identity";
    }
    return "contributors active in source code management in the " + describe(window) + " up to " + asOf;
  }

  /** {@code 90 days}, {@code 1 day}, or the ISO-8601 form when the window is not whole days. */
  static String describe(Duration window) {
    if (window.toSeconds() % 86_400 == 0 && window.getNano() == 0) {
      long days = window.toDays();
      return days + (days == 1 ? " day" : " days");
    }
    return window.toString();
  }

  /** Builds a {@link LicencePolicy}. */
  public static final class Builder {
    private @Nullable Duration window;
    private @Nullable Instant asOf;
    private @Nullable Instant windowStart;

    private Builder() {}

    /**
     * Bills only contributors with source-code-management activity in the {@code window} up to
     * {@code asOf}, such as the 90 days up to the start of the billing day.
     *
     * @throws IllegalArgumentException if {@code window} is zero or negative, or reaches before
     *     the earliest instant
     */
    public Builder activeWithin(Duration window, Instant asOf) {
      requireNonNull(window, "window");
      requireNonNull(asOf, "asOf");
      if (window.isZero() || window.isNegative()) {
        throw new IllegalArgumentException("active window is " + window
            + "; expected a positive duration such as Duration.ofDays(90)");
      }
      Instant start;
      try {
        start = asOf.minus(window);
      } catch (DateTimeException | ArithmeticException e) {
        throw new IllegalArgumentException("active window " + window + " before " + asOf
            + " starts before the earliest instant; expected a shorter window", e);
      }
      this.window = window;
      this.asOf = asOf;
      this.windowStart = start;
      return this;
    }

    /** Removes the active window: every contributor with a source-code-management identity counts. */
    public Builder anyActivity() {
      this.window = null;
      this.asOf = null;
      this.windowStart = null;
      return this;
    }

    /** Builds the policy. */
    public LicencePolicy build() {
      return new LicencePolicy(this);
    }
  }
}
