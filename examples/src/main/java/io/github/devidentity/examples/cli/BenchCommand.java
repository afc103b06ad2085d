package io.github.devidentity.examples.cli;

import io.github.devidentity.examples.generate.OrganisationGenerator;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.resolve.ProgressListener;
import io.github.devidentity.resolve.ResolutionSession;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import io.github.devidentity.resolve.ResolverOptions;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code bench}: generates an organisation in memory, resolves it, and prints the throughput, the
 * time of each phase and the peak heap. Speed is measured here, never asserted in tests.
 */
final class BenchCommand implements Command {

  @Override
  public String name() {
    return "bench";
  }

  @Override
  public String summary() {
    return "generate records in memory, resolve them, print records/s, phase times and peak heap";
  }

  @Override
  public String usage() {
    return String.join("\n",
        "usage: bench --records N [--seed S] [--runs R] [--batch B]",
        "  --records N  how many records to generate (1000000, 1_000_000, 1m, 100k)",
        "  --seed S     the generator's seed (default 1)",
        "  --runs R     resolve R times and report each run (default 1); later runs are warm",
        "  --batch B    also start a session with all but the last B records, then time",
        "               absorbing those B as one update (ResolutionSession.update), R times");
  }

  @Override
  public Set<String> valueFlags() {
    return Set.of("--records", "--seed", "--runs", "--batch");
  }

  @Override
  public Set<String> booleanFlags() {
    return Set.of();
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) {
    long records = GenerateCommand.count(args.required("--records"));
    long seed = args.value("--seed").map(Long::parseLong).orElse(1L);
    int runs = args.value("--runs").map(Integer::parseInt).orElse(1);
    if (records > Integer.MAX_VALUE - 8) {
      throw new UsageException("bench: --records " + records + " is more than one resolution holds in memory");
    }
    long start = System.nanoTime();
    List<IdentityRecord> input = new ArrayList<>((int) records);
    OrganisationGenerator.of(seed).generate(records, record -> input.add(record.toIdentityRecord()));
    out.printf(Locale.ROOT, "generated %,d records in %.2f s (seed %d)%n", input.size(), seconds(start), seed);
    for (int run = 1; run <= runs; run++) {
      resetPeaks();
      PhaseClock clock = new PhaseClock();
      long began = System.nanoTime();
      Resolution resolution = Resolver.create(ResolverOptions.builder().progress(clock).build()).resolve(input);
      double total = seconds(began);
      clock.finish();
      out.printf(Locale.ROOT, "run %d: %,d records -> %,d contributors in %.2f s: %,.0f records/s; %,d to review%n",
          run, input.size(), resolution.contributors().size(), total, input.size() / total,
          resolution.reviewQueue().size());
      for (Map.Entry<String, Double> phase : clock.phases.entrySet()) {
        out.printf(Locale.ROOT, "  %-26s %8.2f s%n", phase.getKey(), phase.getValue());
      }
      long peak = peakHeap();
      out.printf(Locale.ROOT, "  %-26s %8.1f MiB (%.0f bytes per record, input included)%n",
          "peak heap", peak / 1048576.0, (double) peak / input.size());
    }
    if (args.value("--batch").isPresent()) {
      incremental(input, (int) GenerateCommand.count(args.value("--batch").get()), runs, out);
    }
    return 0;
  }

  /** Times absorbing the last {@code batch} records into a session holding the others. */
  private static void incremental(List<IdentityRecord> input, int batch, int runs, PrintStream out) {
    if (batch >= input.size()) {
      throw new UsageException("bench: --batch " + batch + " must be smaller than --records " + input.size());
    }
    List<IdentityRecord> base = input.subList(0, input.size() - batch);
    List<IdentityRecord> update = input.subList(input.size() - batch, input.size());
    long start = System.nanoTime();
    ResolutionSession session = ResolutionSession.start(Resolver.create(), base, DecisionLog.empty());
    out.printf(Locale.ROOT, "session of %,d records started in %.2f s%n", base.size(), seconds(start));
    for (int run = 1; run <= runs; run++) {
      long began = System.nanoTime();
      ResolutionSession.Update result = session.update(update, List.of(), List.of());
      double millis = (System.nanoTime() - began) / 1e6;
      out.printf(Locale.ROOT, "update %d: %,d records absorbed in %.1f ms; %,d records recomputed, %,d contributors changed%n",
          run, update.size(), millis, result.recordsRecomputed(), result.changed().size());
    }
  }

  static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** Collects garbage and starts the heap peaks afresh. */
  static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** The heap used at its peak since {@link #resetPeaks}, in bytes. */
  static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** Times the resolver's phases from its progress reports: a phase runs until the next starts. */
  private static final class PhaseClock implements ProgressListener {
    final Map<String, Double> phases = new LinkedHashMap<>();
    private String phase = "";
    private long since = System.nanoTime();

    @Override
    public void onProgress(String name, long done, long total) {
      if (!name.equals(phase)) {
        long now = System.nanoTime();
        if (!phase.isEmpty()) {
          phases.merge(phase, (now - since) / 1e9, Double::sum);
        }
        since = now;
        phase = name;
      }
    }

    void finish() {
      if (!phase.isEmpty()) {
        phases.merge(phase, (System.nanoTime() - since) / 1e9, Double::sum);
      }
    }
  }
}
