package io.github.devidentity.decision;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;

/**
 * An immutable, ordered log of decisions. Later decisions override earlier ones about the same
 * records; the resolver replays the whole log on every run.
 *
 * <pre>{@code
 * DecisionLog log = DecisionLog.empty()
 *     .append(new Decision.NeverLink(RecordId.of("a"), RecordId.of("b"), "alice", Instant.now(), "namesakes"));
 * }</pre>
 */
public final class DecisionLog {
  private static final DecisionLog EMPTY = new DecisionLog(ImmutableList.of());

  private final ImmutableList<Decision> decisions;

  private DecisionLog(ImmutableList<Decision> decisions) {
    this.decisions = decisions;
  }

  /** The log without decisions. */
  public static DecisionLog empty() {
    return EMPTY;
  }

  /** A log of these decisions, in order. */
  public static DecisionLog of(Collection<? extends Decision> decisions) {
    return new DecisionLog(ImmutableList.copyOf(decisions));
  }

  /** This log with more decisions at the end. */
  public DecisionLog append(Decision... more) {
    return append(List.of(more));
  }

  /** This log with more decisions at the end. */
  public DecisionLog append(Collection<? extends Decision> more) {
    requireNonNull(more, "more");
    return new DecisionLog(ImmutableList.<Decision>builder().addAll(decisions).addAll(more).build());
  }

  /** The decisions in order. */
  public List<Decision> decisions() {
    return decisions;
  }

  /** The number of decisions. */
  public int size() {
    return decisions.size();
  }

  /** Whether the log holds no decision. */
  public boolean isEmpty() {
    return decisions.isEmpty();
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof DecisionLog && ((DecisionLog) o).decisions.equals(decisions);
  }

  @Override
  public int hashCode() {
    return decisions.hashCode();
  }

  @Override
  public String toString() {
    return "DecisionLog" + decisions;
  }
}
