package io.github.devidentity.integrations;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How HTTP sources talk to a tool: time-outs, retries and how long they wait out rate limits.
 * Immutable.
 *
 * <pre>{@code
 * HttpSettings settings = HttpSettings.builder().requestTimeout(Duration.ofSeconds(20)).build();
 * }</pre>
 */
public final class HttpSettings {
  private final Duration requestTimeout;
  private final int maxAttempts;
  private final Duration maxRateLimitWait;
  private final Duration initialBackoff;
  private final int pageSize;
  private final Sleeper sleeper;

  private HttpSettings(Builder builder) {
    this.requestTimeout = builder.requestTimeout;
    this.maxAttempts = builder.maxAttempts;
    this.maxRateLimitWait = builder.maxRateLimitWait;
    this.initialBackoff = builder.initialBackoff;
    this.pageSize = builder.pageSize;
    this.sleeper = builder.sleeper;
  }

  /** Thirty-second requests, four attempts, rate limits waited out up to five minutes, 100 a page. */
  public static HttpSettings defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** How long one request may take. */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** How many times one request is tried when the tool answers 5xx or the connection fails. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The longest wait for a rate limit to reset; a longer one ends the sync early, and the next
   * sync resumes from the cursor.
   */
  public Duration maxRateLimitWait() {
    return maxRateLimitWait;
  }

  /** The first pause before a retry; it doubles with each attempt. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** How many items a page asks for. */
  public int pageSize() {
    return pageSize;
  }

  Sleeper sleeper() {
    return sleeper;
  }

  /** Pauses the calling thread; replaced in tests so retries cost no time. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  /** Builds {@link HttpSettings}. */
  public static final class Builder {
    private Duration requestTimeout = Duration.ofSeconds(30);
    private int maxAttempts = 4;
    private Duration maxRateLimitWait = Duration.ofMinutes(5);
    private Duration initialBackoff = Duration.ofSeconds(1);
    private int pageSize = 100;
    private Sleeper sleeper = duration -> Thread.sleep(duration.toMillis());

    private Builder() {}

    /** @throws IllegalArgumentException if not positive */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout, "requestTimeout");
      return this;
    }

    /** @throws IllegalArgumentException if below 1 */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("maxAttempts is " + attempts + "; expected 1 or more");
      }
      this.maxAttempts = attempts;
      return this;
    }

    /** @throws IllegalArgumentException if negative */
    public Builder maxRateLimitWait(Duration wait) {
      requireNonNull(wait, "maxRateLimitWait");
      if (wait.isNegative()) {
        throw new IllegalArgumentException("maxRateLimitWait is " + wait + "; expected zero or more");
      }
      this.maxRateLimitWait = wait;
      return this;
    }

    /** @throws IllegalArgumentException if not positive */
    public Builder initialBackoff(Duration backoff) {
      this.initialBackoff = positive(backoff, "initialBackoff");
      return this;
    }

    /** @throws IllegalArgumentException if not between 1 and 100 */
    public Builder pageSize(int size) {
      if (size < 1 || size > 100) {
        throw new IllegalArgumentException("pageSize is " + size + "; expected 1 to 100");
      }
      this.pageSize = size;
      return this;
    }

    Builder sleeper(Sleeper sleeper) {
      this.sleeper = requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** Builds the settings. */
    public HttpSettings build() {
      return new HttpSettings(this);
    }

    private static Duration positive(Duration duration, String name) {
      requireNonNull(duration, name);
      if (duration.isZero() || duration.isNegative()) {
        throw new IllegalArgumentException(name + " is " + duration + "; expected a positive duration");
      }
      return duration;
    }
  }
}
