package io.github.devidentity.examples.cli;

import io.github.devidentity.IdentityException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code identity-examples} command-line tool: resolves identity records from the shell.
 *
 * <pre>{@code
 * java -jar identity-examples.jar                      # the demo on a bundled sample
 * java -jar identity-examples.jar resolve --input records.csv --output assignments.csv --explain
 * java -jar identity-examples.jar resolve --help
 * }</pre>
 *
 * <p>Exit codes: 0 done, 1 bad input or data (the message names the file, line and column), 2 a
 * wrong command line. Bad input never prints a stack trace.
 */
public final class Main {
  /** The program name shown in usage lines. */
  static final String PROGRAM = "identity-examples";

  /** Exit code: done. */
  static final int OK = 0;
  /** Exit code: the input or data is bad. */
  static final int BAD_INPUT = 1;
  /** Exit code: the command line is wrong. */
  static final int USAGE = 2;

  /** Every subcommand; add a line here to add one. The first runs when no subcommand is given. */
  private static final List<Command> COMMANDS = List.of(
      new DemoCommand(),
      new ResolveCommand(),
      new EvaluateCommand(),
      new GenerateCommand(),
      new OrgCommand(),
      new CloudIdsCommand(),
      new LicensesCommand(),
      new MailmapCommand(),
      new SampleCsvCommand(),
      new ExportCommand(),
      new ImportCommand(),
      new PrLinksCommand(),
      new SyncCommand(),
      new BenchCommand(),
      new CsvBenchCommand());

  private Main() {}

  /**
   * Runs the tool and exits the JVM with its exit code.
   *
   * @param args the subcommand and its options
   */
  public static void main(String[] args) {
    // Names in identity data are rarely ASCII; print UTF-8 whatever the platform default is.
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the tool without exiting: the entry point for tests and for embedding.
   *
   * @param args the subcommand and its options; none runs the demo
   * @param out where results go
   * @param err where errors, progress and summaries go
   * @return the exit code: 0 done, 1 bad input or data, 2 a wrong command line
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> tokens = Arrays.asList(args.clone());
    if (tokens.isEmpty()) {
      return run(COMMANDS.get(0), List.of(), out, err);
    }
    String first = tokens.get(0);
    if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
      if (first.equals("help") && tokens.size() > 1) {
        Optional<Command> command = find(tokens.get(1));
        if (command.isPresent()) {
          out.println(command.get().usage());
          return OK;
        }
        return unknownCommand(tokens.get(1), err);
      }
      out.print(help());
      return OK;
    }
    if (first.startsWith("-")) {
      err.println("error: " + first + " is not a subcommand; give the subcommand first");
      err.print(help());
      return USAGE;
    }
    Optional<Command> command = find(first);
    if (command.isEmpty()) {
      return unknownCommand(first, err);
    }
    return run(command.get(), tokens.subList(1, tokens.size()), out, err);
  }

  private static int run(Command command, List<String> tokens, PrintStream out, PrintStream err) {
    try {
      Args args = Args.parse(command.name(), tokens, command.valueFlags(), command.booleanFlags(),
          command.maxPositionals(), command.repeatableFlags());
      if (args.helpRequested()) {
        out.println(command.usage());
        return OK;
      }
      return command.run(args, out, err);
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println(command.usage());
      return USAGE;
    } catch (IdentityException | IllegalArgumentException | UncheckedIOException e) {
      // InvalidInputException is an IdentityException; its message already names file:line:column.
      err.println("error: " + e.getMessage());
      return BAD_INPUT;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static Optional<Command> find(String name) {
    return COMMANDS.stream().filter(c -> c.name().equals(name.toLowerCase(Locale.ROOT))).findFirst();
  }

  private static int unknownCommand(String name, PrintStream err) {
    err.println("error: unknown subcommand \"" + name + "\"; expected one of "
        + COMMANDS.stream().map(Command::name).collect(Collectors.joining(", ")));
    err.print(help());
    return USAGE;
  }

  /** The subcommand list. */
  static String help() {
    int width = COMMANDS.stream().mapToInt(c -> c.name().length()).max().orElse(0);
    StringBuilder text = new StringBuilder()
        .append("usage: ").append(PROGRAM).append(" <subcommand> [options]\n")
        .append("       ").append(PROGRAM).append(" <subcommand> --help\n\n")
        .append("Tells which accounts in an organisation's tools belong to the same person.\n\n")
        .append("subcommands:\n");
    for (Command command : COMMANDS) {
      text.append("  ").append(pad(command.name(), width)).append("  ").append(command.summary()).append('\n');
    }
    text.append("\nWithout a subcommand, ").append(COMMANDS.get(0).name()).append(" runs.\n");
    return text.toString();
  }

  /** {@code 1 row}, {@code 3 rows}: a count with its noun, plural unless one. */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  static String pad(String text, int width) {
    StringBuilder padded = new StringBuilder(text);
    while (padded.length() < width) {
      padded.append(' ');
    }
    return padded.toString();
  }
}
