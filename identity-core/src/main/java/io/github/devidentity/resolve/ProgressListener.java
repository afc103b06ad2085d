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
   * @param phase {@code normalise}, {@code block}, {@code union} or {@code materialise}
   * @param done units done so far
   * @param total units in the phase
   */
  void onProgress(String phase, long done, long total);
}
