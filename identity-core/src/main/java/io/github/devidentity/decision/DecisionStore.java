package io.github.devidentity.decision;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a host keeps its decision log. Implementations append, never rewrite, so the log doubles
 * as an audit trail. Core ships only the in-memory store; a file store lives in {@code
 * identity-csv}.
 *
 * <pre>{@code
 * DecisionStore store = DecisionStore.inMemory();
 * store.append(List.of(item.accept("alice", Instant.now(), "")));
 * Resolution next = resolver.resolve(records, store.load());
 * }</pre>
 */
public interface DecisionStore {

  /**
   * Reads the whole log.
   *
   * @throws io.github.devidentity.IdentityException if the store cannot be read
   */
  DecisionLog load();

  /**
   * Appends decisions at the end of the log.
   *
   * @throws io.github.devidentity.IdentityException if the store cannot be written
   */
  void append(List<? extends Decision> decisions);

  /** A thread-safe store that keeps the log in memory. */
  static DecisionStore inMemory() {
    return new DecisionStore() {
      private final List<Decision> decisions = new ArrayList<>();

      @Override
      public synchronized DecisionLog load() {
        return DecisionLog.of(decisions);
      }

      @Override
      public synchronized void append(List<? extends Decision> more) {
        decisions.addAll(more);
      }
    };
  }
}
