package io.github.devidentity.examples.cli;

import io.github.devidentity.csv.ContributorsCsv;
import io.github.devidentity.csv.CsvDecisionStore;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.resolve.ProgressListener;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import io.github.devidentity.resolve.ResolverOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code export}: resolves identity records and writes the contributors CSV to edit by hand. */
final class ExportCommand implements Command {
  static final String INPUT = "--input";
  static final String DECISIONS = "--decisions";
  static final String OUTPUT = "--output";

  @Override
  public String name() {
    return "export";
  }

  @Override
  public String summary() {
    return "resolve identity records and write the contributors CSV (Harness SEI layout)";
  }

  @Override
  public String usage() {
    return "usage: " + Main.PROGRAM + " export " + INPUT + " RECORDS [" + DECISIONS + " LOG] " + OUTPUT + " FILE\n\n"
        + "Resolves identity records and writes the contributors: Full_Name, Email, their\n"
        + "attributes and one \"Integration: <name>\" column per integration, one row per account\n"
        + "(a person with two GitHub accounts takes two rows). Cells a spreadsheet would run as a\n"
        + "formula get a leading '. Contributors or records a row cannot hold (no email, no name,\n"
        + "an address two contributors share) are listed on stderr.\n\n"
        + "options:\n"
        + "  " + INPUT + " RECORDS  the identity-records CSV to resolve\n"
        + "  " + DECISIONS + " LOG    replay this decision log (CSV) while resolving\n"
        + "  " + OUTPUT + " FILE     where to write the contributors (UTF-8 with a byte-order mark,\n"
        + "                   for spreadsheets); - for stdout";
  }

  @Override
  public Set<String> valueFlags() {
    return Set.of(INPUT, DECISIONS, OUTPUT);
  }

  @Override
  public Set<String> booleanFlags() {
    return Set.of();
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) {
    Path input = args.existingFile(INPUT);
    Optional<Path> output = OutputFile.target(name(), OUTPUT, args.required(OUTPUT));
    DecisionLog decisions = args.value(DECISIONS).isPresent()
        ? CsvDecisionStore.at(args.existingFile(DECISIONS)).load()
        : DecisionLog.empty();
    ProgressListener progress = new ThrottledProgress(err, name(), ResolveCommand.PROGRESS_INTERVAL, System::nanoTime);
    Resolution resolution = Resolver.create(ResolverOptions.builder().progress(progress).build())
        .resolve(ResolveCommand.read(input, progress), decisions, Map.of());
    ContributorsCsv.Export[] export = new ContributorsCsv.Export[1];
    OutputFile.write(output, out, true, writer -> export[0] = ContributorsCsv.write(resolution.contributors(), writer));
    for (ContributorsCsv.Export.Omission omission : export[0].omissions()) {
      err.println("export: left out " + omission);
    }
    int omissions = export[0].omissions().size();
    err.println("export: " + Main.count(export[0].contributors(), "contributor") + " in "
        + Main.count(export[0].rows(), "row") + " written to " + output.map(Path::toString).orElse("stdout")
        + (omissions == 0 ? "" : "; " + Main.count(omissions, "omission") + " above"));
    return Main.OK;
  }

}
