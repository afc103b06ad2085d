package io.github.devidentity.examples.cli;

import io.github.devidentity.IdentityException;
import io.github.devidentity.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The parsed options of one subcommand: {@code --flag value}, {@code --flag=value}, boolean
 * {@code --flag}s, value options that may be repeated, and as many positional arguments as the
 * subcommand takes.
 */
final class Args {
  private final String command;
  private final Map<String, List<String>> values;
  private final Set<String> flags;
  private final boolean help;
  private final List<String> positionals;

  private Args(String command, Map<String, List<String>> values, Set<String> flags, boolean help,
      List<String> positionals) {
    this.command = command;
    this.values = values;
    this.flags = flags;
    this.help = help;
    this.positionals = positionals;
  }

  /**
   * Parses the tokens after the subcommand name.
   *
   * @throws UsageException for an unknown option, a value option without a value, an option given
   *     twice, or a positional argument
   */
  static Args parse(
      String command, List<String> tokens, Set<String> valueFlags, Set<String> booleanFlags) {
    return parse(command, tokens, valueFlags, booleanFlags, 0);
  }

  /**
   * Parses the tokens after the subcommand name, accepting up to {@code maxPositionals}
   * arguments that are not options.
   *
   * @throws UsageException for an unknown option, a value option without a value, an option given
   *     twice, or more positional arguments than allowed
   */
  static Args parse(String command, List<String> tokens, Set<String> valueFlags,
      Set<String> booleanFlags, int maxPositionals) {
    return parse(command, tokens, valueFlags, booleanFlags, maxPositionals, Set.of());
  }

  /**
   * Parses the tokens after the subcommand name, accepting up to {@code maxPositionals}
   * arguments that are not options, and the value options in {@code repeatable} any number of
   * times.
   *
   * @throws UsageException for an unknown option, a value option without a value, an option not
   *     in {@code repeatable} given twice, or more positional arguments than allowed
   */
  static Args parse(String command, List<String> tokens, Set<String> valueFlags,
      Set<String> booleanFlags, int maxPositionals, Set<String> repeatable) {
    Map<String, List<String>> values = new TreeMap<>();
    List<String> positionals = new ArrayList<>();
    Set<String> flags = new TreeSet<>();
    boolean help = false;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (token.equals("--help") || token.equals("-h")) {
        help = true;
        continue;
      }
      if ((!token.startsWith("-") || token.equals("-")) && positionals.size() < maxPositionals) {
        positionals.add(token);
        continue;
      }
      if (!token.startsWith("-") || token.equals("-")) {
        throw new UsageException(
            command + ": unexpected argument \"" + token + "\"; options start with --");
      }
      String name = token;
      String inline = null;
      int equals = token.indexOf('=');
      if (token.startsWith("--") && equals > 2) {
        name = token.substring(0, equals);
        inline = token.substring(equals + 1);
      }
      if (valueFlags.contains(name)) {
        String value = inline;
        if (value == null) {
          if (i + 1 >= tokens.size() || isOption(tokens.get(i + 1))) {
            throw new UsageException(command + ": option " + name + " needs a value");
          }
          value = tokens.get(++i);
        }
        List<String> given = values.computeIfAbsent(name, k -> new ArrayList<>());
        if (!given.isEmpty() && !repeatable.contains(name)) {
          throw new UsageException(command + ": option " + name + " is given twice; give it once");
        }
        given.add(value);
      } else if (booleanFlags.contains(name)) {
        if (inline != null) {
          throw new UsageException(
              command + ": option " + name + " takes no value, but was given \"" + inline + "\"");
        }
        if (!flags.add(name)) {
          throw new UsageException(command + ": option " + name + " is given twice; give it once");
        }
      } else {
        throw new UsageException(command + ": unknown option " + name);
      }
    }
    return new Args(command, values, flags, help, List.copyOf(positionals));
  }

  /** Whether a token looks like an option rather than a value; {@code -} alone is a value (stdout). */
  private static boolean isOption(String token) {
    return token.startsWith("-") && token.length() > 1;
  }

  /** Whether {@code --help} or {@code -h} was given. */
  boolean helpRequested() {
    return help;
  }

  /** The value of an option, if given; the first one of a repeated option. */
  Optional<String> value(String flag) {
    return values.getOrDefault(flag, List.of()).stream().findFirst();
  }

  /** Every value of an option, in the order given; empty if it was not given. */
  List<String> values(String flag) {
    return List.copyOf(values.getOrDefault(flag, List.of()));
  }

  /** The options given, value and boolean ones, in alphabetical order. */
  Set<String> given() {
    Set<String> given = new TreeSet<>(values.keySet());
    given.addAll(flags);
    return given;
  }

  /**
   * The value of a required option.
   *
   * @throws UsageException if the option was not given
   */
  String required(String flag) {
    return value(flag).orElseThrow(() -> new UsageException(command + ": option " + flag + " is required"));
  }

  /**
   * The path a required option names, which must be an existing regular file.
   *
   * @throws UsageException if the option was not given or its value is not a path
   * @throws InvalidInputException naming the option and the path if it is not an existing file
   */
  Path existingFile(String flag) {
    String value = required(flag);
    Path path = path(flag, value);
    if (!Files.exists(path)) {
      throw new InvalidInputException(null, 0, 0, null,
          flag + " " + value + ": no such file (looked at " + path.toAbsolutePath().normalize() + ")");
    }
    if (!Files.isRegularFile(path)) {
      throw new InvalidInputException(null, 0, 0, null, flag + " " + value + ": not a regular file");
    }
    return path;
  }

  /**
   * The path a required option names, where a file can be written: its directory exists and it is
   * not a directory. Checked before the work starts, so a typo does not cost a run.
   *
   * @throws UsageException if the option was not given or its value is {@code -} or not a path
   * @throws IdentityException naming the option and the path if its directory does not exist or
   *     it is a directory
   */
  Path writableFile(String flag) {
    return OutputFile.checked(command, flag, required(flag));
  }

  /**
   * The path an option's value names.
   *
   * @throws UsageException if the value is not a valid path
   */
  Path path(String flag) {
    return path(flag, required(flag));
  }

  /**
   * The path an option's value names.
   *
   * @throws UsageException if the value is not a valid path
   */
  Path path(String flag, String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new UsageException(command + ": " + flag + " \"" + value + "\" is not a valid path: " + e.getReason());
    }
  }

  /** The positional arguments, in order. */
  List<String> positionals() {
    return positionals;
  }

  /** Whether a boolean option was given. */
  boolean has(String flag) {
    return flags.contains(flag);
  }
}
