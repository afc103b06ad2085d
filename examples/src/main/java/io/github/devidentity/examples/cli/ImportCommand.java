package io.github.devidentity.examples.cli;

import io.github.devidentity.csv.ContributorsCsv;
import io.github.devidentity.csv.ContributorsImport;
import io.github.devidentity.csv.ContributorsSheet;
import io.github.devidentity.csv.CsvDecisionStore;
import io.github.devidentity.csv.CsvReport;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.resolve.ProgressListener;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import io.github.devidentity.resolve.ResolverOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code import}: checks a contributors CSV and, against resolved records, shows what it changes
 * and appends the decisions that apply it.
 */
final class ImportCommand implements Command {
  static final String CSV = "--csv";
  static final String INPUT = "--input";
  static final String DECISIONS = "--decisions";
  static final String MODE = "--mode";
  static final String ACTOR = "--actor";
  static final String DRY_RUN = "--dry-run";
  static final String JSON = "--json";
  static final String DEFAULT_ACTOR = "import";

  @Override
  public String name() {
    return "import";
  }

  @Override
  public String summary() {
    return "check a contributors CSV; with records, show its diff and append its decisions";
  }

  @Override
  public String usage() {
    return "usage: " + Main.PROGRAM + " import " + CSV + " FILE [" + INPUT + " RECORDS] [" + DECISIONS + " LOG]\n"
        + "         " + MODE + " update|replace [" + DRY_RUN + "] [" + JSON + "] [" + ACTOR + " NAME]\n\n"
        + "Checks a contributors CSV (Full_Name, Email, attributes, \"Integration: <name>\" columns;\n"
        + "UTF-8 or UTF-16, ',' or ';') and prints every problem as \"line N, column M: SEVERITY\n"
        + "CODE: message\", then a summary. With " + INPUT + ", also resolves the records (replaying\n"
        + "LOG) and prints what the file changes: contributors added, changed and removed, records\n"
        + "moved. Unless " + DRY_RUN + ", the decisions that apply it are appended to LOG, so the next\n"
        + "resolution keeps the file's contributors. The exit code is 1 while any error stands;\n"
        + "nothing is appended then.\n\n"
        + "options:\n"
        + "  " + CSV + " FILE        the contributors CSV to check\n"
        + "  " + INPUT + " RECORDS   the identity-records CSV to apply it to\n"
        + "  " + DECISIONS + " LOG     the decision log (CSV) to replay and append to; created if missing\n"
        + "  " + MODE + " MODE       update: upsert the file's contributors, keep everyone else;\n"
        + "                    replace: the file is the whole truth, whatever it does not name is\n"
        + "                    split off\n"
        + "  " + DRY_RUN + "         show the changes, append nothing\n"
        + "  " + JSON + "            print one JSON object: report, diff, decisions\n"
        + "  " + ACTOR + " NAME      who the decisions name; default " + DEFAULT_ACTOR;
  }

  @Override
  public Set<String> valueFlags() {
    return Set.of(CSV, INPUT, DECISIONS, MODE, ACTOR);
  }

  @Override
  public Set<String> booleanFlags() {
    return Set.of(DRY_RUN, JSON);
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) {
    Path csv = args.existingFile(CSV);
    ContributorsImport.Mode mode = mode(args.required(MODE));
    boolean dryRun = args.has(DRY_RUN);
    boolean json = args.has(JSON);
    String actor = args.value(ACTOR).orElse(DEFAULT_ACTOR);
    if (actor.isBlank()) {
      throw new UsageException("import: " + ACTOR + " is blank; give who imports");
    }
    Optional<Path> input = args.value(INPUT).isPresent() ? Optional.of(args.existingFile(INPUT)) : Optional.empty();
    Optional<Path> log = args.value(DECISIONS).map(value -> OutputFile.target(name(), DECISIONS, value)
        .orElseThrow(() -> new UsageException("import: " + DECISIONS + " names a file; - is not one")));
    if (log.isPresent() && input.isEmpty()) {
      throw new UsageException("import: " + DECISIONS + " applies the file to records; give " + INPUT + " as well");
    }
    if (input.isPresent() && !dryRun && log.isEmpty()) {
      throw new UsageException("import: the decisions are appended to a log; give " + DECISIONS + " LOG, or "
          + DRY_RUN + " to only see the changes");
    }

    if (input.isEmpty()) {
      // Checking alone streams the file and keeps only what the checks need, whatever its size.
      CsvReport report = ContributorsCsv.validate(csv);
      print(null, report, null, mode, dryRun, json, out);
      return report.hasErrors() ? Main.BAD_INPUT : Main.OK;
    }
    ContributorsSheet sheet = ContributorsCsv.read(csv);
    if (sheet.report().hasErrors()) {
      print(sheet, sheet.report(), null, mode, dryRun, json, out);
      return Main.BAD_INPUT;
    }
    CsvDecisionStore store = log.map(CsvDecisionStore::at).orElse(null);
    ProgressListener progress = new ThrottledProgress(err, name(), ResolveCommand.PROGRESS_INTERVAL, System::nanoTime);
    DecisionLog decisionLog = store == null ? DecisionLog.empty() : store.load();
    Resolution resolution = Resolver.create(ResolverOptions.builder().progress(progress).build())
        .resolve(ResolveCommand.read(input.get(), progress), decisionLog, Map.of());
    ContributorsImport plan = sheet.plan(resolution, decisionLog, mode);
    Outcome outcome = new Outcome(plan, dryRun, store);
    if (!plan.report().hasErrors()) {
      List<Decision> decisions = plan.decisions(actor, Instant.now());
      if (!dryRun && store != null && !decisions.isEmpty()) {
        store.append(decisions);
        outcome.appended = decisions.size();
      }
    }
    print(sheet, plan.report(), outcome, mode, dryRun, json, out);
    return plan.report().hasErrors() ? Main.BAD_INPUT : Main.OK;
  }

  /** What the import did with its decisions. */
  private static final class Outcome {
    final ContributorsImport plan;
    final boolean dryRun;
    final @Nullable CsvDecisionStore store;
    int appended;

    Outcome(ContributorsImport plan, boolean dryRun, @Nullable CsvDecisionStore store) {
      this.plan = plan;
      this.dryRun = dryRun;
      this.store = store;
    }

    String describe() {
      int count = plan.decisionCount();
      String decisions = count + (count == 1 ? " decision" : " decisions");
      if (plan.report().hasErrors()) {
        return "nothing appended: errors stand";
      }
      if (count == 0) {
        return "no decision needed: the contributors already are the file's";
      }
      String log = store == null ? "" : " to " + store.file();
      return dryRun ? "dry run: " + decisions + " would be appended" + log : "appended " + decisions + log;
    }
  }

  private static ContributorsImport.Mode mode(String value) {
    try {
      return ContributorsImport.Mode.parse(value);
    } catch (IllegalArgumentException e) {
      throw new UsageException("import: " + MODE + " " + e.getMessage());
    }
  }

  /** Prints the report, the counts of a sheet that was read, and what the import did. */
  private static void print(@Nullable ContributorsSheet sheet, CsvReport report, @Nullable Outcome outcome,
      ContributorsImport.Mode mode, boolean dryRun, boolean json, PrintStream out) {
    String modeName = mode.name().toLowerCase(Locale.ROOT);
    if (json) {
      StringBuilder text = new StringBuilder("{\"report\":").append(report.toJson());
      if (sheet != null) {
        text.append(",\"contributors\":").append(sheet.entries().size()).append(",\"rows\":").append(sheet.rows());
      }
      text.append(",\"mode\":\"").append(modeName).append('"')
          .append(",\"dryRun\":").append(dryRun)
          .append(",\"diff\":").append(outcome == null ? "null" : outcome.plan.diff().toJson())
          .append(",\"decisions\":").append(outcome == null ? 0 : outcome.plan.decisionCount())
          .append(",\"appended\":").append(outcome == null ? 0 : outcome.appended)
          .append('}');
      out.println(text);
      return;
    }
    out.print(report.toText());
    out.println(report.summary() + (sheet == null || report.hasErrors() ? ""
        : "; " + Main.count(sheet.entries().size(), "contributor") + " in " + Main.count(sheet.rows(), "row")));
    if (outcome != null) {
      out.print((dryRun ? "dry run" : "import") + " (" + modeName + "): " + outcome.plan.diff().toText());
      out.println(outcome.describe());
    }
  }

}
