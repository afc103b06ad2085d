package io.github.devidentity.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.devidentity.IdentityException;
import io.github.devidentity.csv.AssignmentsCsv;
import io.github.devidentity.csv.CsvDecisionStore;
import io.github.devidentity.csv.IdentityRecordsCsv;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.ProgressListener;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import io.github.devidentity.resolve.ResolverOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code resolve}: reads identity records from a CSV file, resolves them, and writes which
 * contributor each record belongs to.
 */
final class ResolveCommand implements Command {
  static final String INPUT = "--input";
  static final String OUTPUT = "--output";
  static final String EXPLAIN = "--explain";
  static final String DECISIONS = "--decisions";
  static final String PREVIOUS = "--previous";

  /** The least time between two progress lines on stderr, and before the first. */
  static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(2);
  /** How many records are read between two progress checks; checking the clock per row is waste. */
  private static final int READ_PROGRESS_STEP = 4096;

  @Override
  public String name() {
    return "resolve";
  }

  @Override
  public String summary() {
    return "resolve an identity-records CSV into a record_id,contributor_id CSV";
  }

  @Override
  public String usage() {
    return "usage: " + Main.PROGRAM + " resolve " + INPUT + " FILE " + OUTPUT + " FILE [" + EXPLAIN + "]\n"
        + "         [" + DECISIONS + " LOG] [" + PREVIOUS + " ASSIGNMENTS]\n\n"
        + "Reads identity records (header record_id,source,name,email,username,account_id, plus\n"
        + "optional columns such as bot), resolves them into contributors and writes\n"
        + "record_id,contributor_id for every record. A one-line summary goes to stderr.\n\n"
        + "options:\n"
        + "  " + INPUT + " FILE           the identity-records CSV to read\n"
        + "  " + OUTPUT + " FILE          where to write the assignments; - for stdout\n"
        + "  " + EXPLAIN + "              print every merged contributor with the evidence per record,\n"
        + "                         the review queue and the warnings to stdout\n"
        + "  " + DECISIONS + " LOG        replay this decision log (CSV) while resolving\n"
        + "  " + PREVIOUS + " ASSIGNMENTS keep the contributor ids of an earlier run's output";
  }

  @Override
  public Set<String> valueFlags() {
    return Set.of(INPUT, OUTPUT, DECISIONS, PREVIOUS);
  }

  @Override
  public Set<String> booleanFlags() {
    return Set.of(EXPLAIN);
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) {
    long start = System.nanoTime();
    Path input = args.existingFile(INPUT);
    String output = args.required(OUTPUT);
    boolean explain = args.has(EXPLAIN);
    if (explain && output.equals("-")) {
      throw new UsageException("resolve: " + EXPLAIN + " prints to stdout, so " + OUTPUT
          + " cannot be - as well; write the assignments to a file");
    }
    Optional<Path> outputFile = OutputFile.target(name(), OUTPUT, output);
    DecisionLog decisions = args.value(DECISIONS).isPresent()
        ? CsvDecisionStore.at(args.existingFile(DECISIONS)).load()
        : DecisionLog.empty();
    Map<RecordId, ContributorId> previous = args.value(PREVIOUS).isPresent()
        ? AssignmentsCsv.read(args.existingFile(PREVIOUS))
        : Map.of();

    ProgressListener progress = new ThrottledProgress(err, name(), PROGRESS_INTERVAL, System::nanoTime);
    List<IdentityRecord> records = read(input, progress);
    Resolver resolver = Resolver.create(ResolverOptions.builder().progress(progress).build());
    Resolution resolution = resolver.resolve(records, decisions, previous);

    OutputFile.write(outputFile, out, false, writer -> AssignmentsCsv.write(resolution.assignments(), writer));
    if (explain) {
      explain(resolution, out);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    StringBuilder line = new StringBuilder("resolve: ").append(resolution.summary());
    if (!decisions.isEmpty()) {
      line.append("; replayed ").append(decisions.size()).append(decisions.size() == 1 ? " decision" : " decisions");
    }
    if (!previous.isEmpty()) {
      line.append("; kept ids from ").append(previous.size()).append(" earlier assignments");
    }
    line.append(String.format(Locale.ROOT, "; %.2f s; assignments written to %s",
        seconds, outputFile.map(Path::toString).orElse("stdout")));
    err.println(line);
    return Main.OK;
  }

  static List<IdentityRecord> read(Path input, ProgressListener progress) {
    List<IdentityRecord> records = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(input, UTF_8)) {
      IdentityRecordsCsv.forEach(reader, input.toString(), record -> {
        records.add(record);
        if (records.size() % READ_PROGRESS_STEP == 0) {
          progress.onProgress("read", records.size(), 0);
        }
      });
    } catch (IOException e) {
      throw new IdentityException("cannot read " + input + ": " + OutputFile.reason(e), e);
    }
    return records;
  }

  private static void explain(Resolution resolution, PrintStream out) {
    List<Contributor> merged = new ArrayList<>();
    for (Contributor contributor : resolution.contributors()) {
      if (contributor.records().size() > 1) {
        merged.add(contributor);
      }
    }
    merged.sort(ResolutionPrinter.BY_NAME);
    ResolutionPrinter printer = new ResolutionPrinter(resolution, out);
    out.println("== Merged contributors (" + merged.size() + " of " + resolution.contributors().size() + ") ==");
    out.println();
    printer.contributors(merged);
    out.println("== Review queue (" + resolution.reviewQueue().size() + ") ==");
    out.println();
    printer.reviewQueue();
    out.println("== Warnings (" + resolution.warnings().size() + ") ==");
    printer.warnings();
    out.println("== Summary ==");
    out.println("  " + resolution.summary());
  }
}
