package io.github.devidentity.examples.cli;

import java.io.PrintStream;
import java.util.Set;

/**
 * One subcommand of the tool. To add a subcommand, implement this and add one line to {@link
 * Main}'s registry.
 */
interface Command {

  /** The word that selects the subcommand, e.g. {@code resolve}. */
  String name();

  /** One line for the subcommand list. */
  String summary();

  /** The full usage text: a {@code usage:} line, then one line per option. */
  String usage();

  /** The options that take a value, e.g. {@code --input}. */
  Set<String> valueFlags();

  /** The options that take no value, e.g. {@code --explain}. */
  Set<String> booleanFlags();

  /**
   * The value options that may be given more than once, a subset of {@link #valueFlags()}; none
   * unless overridden.
   */
  default Set<String> repeatableFlags() {
    return Set.of();
  }

  /** How many arguments that are not options the subcommand takes; none unless overridden. */
  default int maxPositionals() {
    return 0;
  }

  /**
   * Runs the subcommand.
   *
   * @return the exit code: 0 done, 1 bad input or data
   * @throws UsageException if the options are inconsistent or a required one is missing
   */
  int run(Args args, PrintStream out, PrintStream err);
}
