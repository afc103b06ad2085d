package io.github.devidentity.examples.cli;

import io.github.devidentity.csv.ContributorsCsv;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** {@code sample-csv}: writes the contributors CSV template, to fill in by hand and import. */
final class SampleCsvCommand implements Command {
  static final String OUTPUT = "--output";

  @Override
  public String name() {
    return "sample-csv";
  }

  @Override
  public String summary() {
    return "write a contributors CSV template (Harness SEI layout) with example rows";
  }

  @Override
  public String usage() {
    return "usage: " + Main.PROGRAM + " sample-csv " + OUTPUT + " FILE\n\n"
        + "Writes a contributors CSV template: the columns Full_Name, Email and one\n"
        + "\"Integration: <name>\" column per integration type, holding account ids (for git, the\n"
        + "address of the commits), with example rows; a person with two accounts in one\n"
        + "integration takes two rows. Fill it in and check it with the import subcommand.\n\n"
        + "options:\n"
        + "  " + OUTPUT + " FILE  where to write it (UTF-8 with a byte-order mark, for spreadsheets);\n"
        + "                 - for stdout";
  }

  @Override
  public Set<String> valueFlags() {
    return Set.of(OUTPUT);
  }

  @Override
  public Set<String> booleanFlags() {
    return Set.of();
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) {
    Optional<Path> output = OutputFile.target(name(), OUTPUT, args.required(OUTPUT));
    OutputFile.write(output, out, true, ContributorsCsv::writeSample);
    err.println("sample-csv: template written to " + output.map(Path::toString).orElse("stdout"));
    return Main.OK;
  }
}
