package io.github.devidentity.benchmarks;

import io.github.devidentity.examples.generate.GeneratedRecord;
import io.github.devidentity.match.CorrelationStrategy;
import io.github.devidentity.match.MachineLoginStrategy;
import io.github.devidentity.match.NameHandleStrategy;
import io.github.devidentity.match.NameVariantStrategy;
import io.github.devidentity.match.SameCloudIdStrategy;
import io.github.devidentity.match.SameEmailStrategy;
import io.github.devidentity.match.SameFullNameStrategy;
import io.github.devidentity.match.SameHandleStrategy;
import io.github.devidentity.match.SameLoginStrategy;
import io.github.devidentity.match.StrategyChain;
import io.github.devidentity.normalize.NormalizedRecord;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Measures the blocking-key generation of each default correlation strategy: the time for one
 * strategy to emit the keys of every record, counted into a {@code HashMap<String, Integer>} (the
 * resolver groups them by a 128-bit hash instead, inside {@link ResolveBenchmark}). One operation
 * is one pass over all records.
 *
 * <p>Records are normalised once, in setup, and their lazily derived features (handles, full
 * names, derived handles) computed there too, so every iteration measures key generation alone;
 * {@link NormalisationBenchmark#normalizedRecordWithFeatures} measures the derivation. For {@link
 * CorrelationStrategy.Blocking#PROBE} strategies the probe keys are emitted and counted as well,
 * apart from the held keys, as the resolver keeps them. Single-threaded, whereas the resolver
 * splits the records across cores; scoring the pairs inside blocks is not included (see {@link
 * ResolveBenchmark}).
 *
 * <p>{@code strategy} lists the names of {@link StrategyChain#defaults()}; a strategy added to the
 * defaults must be added to it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BlockingBenchmark {

  /** How many generated records each pass covers. */
  @Param({"10000", "100000"})
  int records;

  /** The name of the default strategy measured. */
  @Param({
    SameCloudIdStrategy.NAME,
    SameLoginStrategy.NAME,
    SameEmailStrategy.NAME,
    SameFullNameStrategy.NAME,
    NameVariantStrategy.NAME,
    SameHandleStrategy.NAME,
    NameHandleStrategy.NAME,
    MachineLoginStrategy.NAME
  })
  String strategy = "";

  private NormalizedRecord[] normalized = new NormalizedRecord[0];
  private CorrelationStrategy measured = new SameCloudIdStrategy();

  /**
   * Looks the strategy up in the default chain, generates and normalises the records once.
   *
   * @throws IllegalArgumentException if the default chain has no strategy named {@code strategy}
   */
  @Setup(Level.Trial)
  public void generate() {
    StrategyChain defaults = StrategyChain.defaults();
    measured = defaults.get(strategy).orElseThrow(() -> new IllegalArgumentException(
        "strategy is \"" + strategy + "\"; expected the name of a default strategy, one of " + defaults));
    normalized = Workloads.generate(records).stream()
        .map(GeneratedRecord::toIdentityRecord)
        .map(NormalizedRecord::of)
        .toArray(NormalizedRecord[]::new);
    for (NormalizedRecord record : normalized) {
      // Derived on first use and kept; computing them here keeps that cost out of the first pass.
      record.handles();
      record.derivedHandles();
    }
  }

  /** Emits every record's keys, held and (for probing strategies) probed, and counts them. */
  @Benchmark
  public Map<String, Integer> blockingKeys(Blackhole blackhole) {
    Map<String, Integer> held = new HashMap<>();
    Map<String, Integer> probed = new HashMap<>();
    Consumer<String> hold = key -> held.merge(key, 1, Integer::sum);
    Consumer<String> probe = key -> probed.merge(key, 1, Integer::sum);
    boolean probing = measured.blocking() == CorrelationStrategy.Blocking.PROBE;
    for (NormalizedRecord record : normalized) {
      measured.blockingKeys(record, hold);
      if (probing) {
        measured.probeKeys(record, probe);
      }
    }
    blackhole.consume(probed);
    return held;
  }
}
