package io.github.devidentity.benchmarks;

import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.examples.generate.GeneratedRecord;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.ResolutionSession;
import io.github.devidentity.resolve.Resolver;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures an incremental update: a {@link ResolutionSession} over a generated organisation
 * absorbs a batch of records (one integration re-synced, as a host sees it) without resolving
 * everything again. Operations alternate between adding the batch's records and removing them
 * again, so each one is a real update of {@code batch} records against a session of {@code
 * records - batch} or {@code records} records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class IncrementalBenchmark {

  /** How many generated records the session holds with the batch. */
  @Param({"10000", "100000"})
  int records;

  /** How many records one update adds or removes. */
  @Param({"1000"})
  int batch;

  private ResolutionSession session;
  private List<IdentityRecord> added = List.of();
  private List<RecordId> removed = List.of();
  private boolean holdsBatch;

  /** Starts a session with all records but the last {@code batch}. */
  @Setup(Level.Trial)
  public void start() {
    List<IdentityRecord> all = Workloads.generate(records).stream()
        .map(GeneratedRecord::toIdentityRecord)
        .collect(Collectors.toUnmodifiableList());
    added = all.subList(all.size() - batch, all.size());
    removed = added.stream().map(IdentityRecord::id).collect(Collectors.toUnmodifiableList());
    session = ResolutionSession.start(Resolver.create(), all.subList(0, all.size() - batch), DecisionLog.empty());
    holdsBatch = false;
  }

  /** Adds the batch when the session lacks it, else removes it. */
  @Benchmark
  public ResolutionSession.Update update() {
    ResolutionSession.Update update = holdsBatch
        ? session.update(List.of(), removed, List.of())
        : session.update(added, List.of(), List.of());
    holdsBatch = !holdsBatch;
    return update;
  }
}
