package io.github.devidentity.benchmarks;

import io.github.devidentity.examples.generate.GeneratedRecord;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Measures resolution end to end: {@code Resolver.create().resolve(records)} over a generated
 * organisation, with the default strategy chain and no decisions. One operation normalises every
 * record, generates the blocking keys, scores the candidate pairs, applies the links (the union
 * phase) and materialises the contributors, with their ids, evidence and review queue.
 *
 * <p>The primary score is resolutions per second; the secondary result {@code resolvedRecords} is
 * records resolved per second, the figure to compare across sizes and commits. At 100,000 records
 * one resolution can outlast an iteration, which then holds that one resolution. The union and
 * materialise phases cannot be measured apart through the public API.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ResolveBenchmark {

  /** How many generated records one resolution takes. */
  @Param({"10000", "100000"})
  int records;

  private List<IdentityRecord> identityRecords = List.of();

  /** Counts the records resolved, which JMH reports per second next to the resolutions per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class RecordCounter {
    /** Records resolved in the iteration. */
    public long resolvedRecords;

    /** Starts each iteration at zero. */
    @Setup(Level.Iteration)
    public void reset() {
      resolvedRecords = 0;
    }
  }

  /** Generates the records once. */
  @Setup(Level.Trial)
  public void generate() {
    identityRecords = Workloads.generate(records).stream()
        .map(GeneratedRecord::toIdentityRecord)
        .collect(Collectors.toUnmodifiableList());
  }

  /** Resolves all records. */
  @Benchmark
  public Resolution resolve(RecordCounter counter) {
    // A resolver holds only its options, so creating one is part of what a caller pays.
    Resolution resolution = Resolver.create().resolve(identityRecords);
    counter.resolvedRecords += identityRecords.size();
    return resolution;
  }
}
