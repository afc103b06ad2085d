package io.github.devidentity.resolve;

/**
 * Hears how far a long resolution has come; for progress bars and logs. Called on the resolving
 * thread; keep it cheap.
 */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that ignores everything. */
  ProgressListener NONE = (phase, done, total) -> {};

  /**
   * Reports progress within a phase.
   *
   * @param phase {@code normalise}; {@code block} and a strategy's name while that strategy's keys
   *     are grouped and its candidate pairs scored; {@code union}; {@code materialise}. Each phase
   *     reports when it starts (done 0) and when it ends (done = total)
   * @param done units done so far
   * @param total units in the phase
   */
  void onProgress(String phase, long done, long total);
}
