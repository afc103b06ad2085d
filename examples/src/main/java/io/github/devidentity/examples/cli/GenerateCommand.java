package io.github.devidentity.examples.cli;

import io.github.devidentity.IdentityException;
import io.github.devidentity.examples.generate.CsvRecordSink;
import io.github.devidentity.examples.generate.OrganisationGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code generate}: writes the identity records of an invented organisation, and the truth of who
 * is who, as two CSV files, to benchmark and score resolution.
 */
final class GenerateCommand implements Command {
  static final String RECORDS = "--records";
  static final String SEED = "--seed";
  static final String OUTPUT = "--output";
  static final String TRUTH = "--truth";
  static final String AS_OF = "--as-of";
  static final long DEFAULT_SEED = 1;

  @Override
  public String name() {
    return "generate";
  }

  @Override
  public String summary() {
    return "write a generated organisation's identity records and their truth, for benchmarks and scoring";
  }

  @Override
  public String usage() {
    return "usage: " + Main.PROGRAM + " generate " + RECORDS + " N " + OUTPUT + " FILE [" + SEED + " S] ["
        + TRUTH + " FILE] [" + AS_OF + " YYYY-MM-DD]\n\n"
        + "Writes N identity records of an invented engineering organisation (git identities and\n"
        + "GitHub, GitLab, Bitbucket Cloud, Azure DevOps, Jira Cloud and Harness Code accounts) to\n"
        + "FILE, and record_id,person_id for every record to the truth file. The same seed gives the\n"
        + "same files. A one-line summary goes to stderr.\n\n"
        + "options:\n"
        + "  " + RECORDS + " N      how many records: 1000000, 1_000_000, 1m, 100k, 2.5m\n"
        + "  " + OUTPUT + " FILE   where to write the records (record_id,source,name,email,username,account_id)\n"
        + "  " + SEED + " S        the seed, a whole number; " + DEFAULT_SEED + " if not given\n"
        + "  " + TRUTH + " FILE    where to write the truth; FILE with .csv replaced by .truth.csv if not given\n"
        + "  " + AS_OF + " DAY    also write first_seen,last_seen: each person's activity ends by the end of DAY\n"
        + "                 (most in its last two weeks, some weeks or years before); other values stay the same";
  }

  @Override
  public Set<String> valueFlags() {
    return Set.of(RECORDS, SEED, OUTPUT, TRUTH, AS_OF);
  }

  @Override
  public Set<String> booleanFlags() {
    return Set.of();
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) {
    long records = count(args.required(RECORDS));
    long seed = args.value(SEED).map(GenerateCommand::seed).orElse(DEFAULT_SEED);
    Path output = path(OUTPUT, args.required(OUTPUT));
    Path truth = args.value(TRUTH).map(value -> path(TRUTH, value)).orElse(truthBeside(output));
    if (output.toAbsolutePath().normalize().equals(truth.toAbsolutePath().normalize())) {
      throw new UsageException("generate: " + OUTPUT + " and " + TRUTH + " both name " + output
          + "; name two different files");
    }
    checkWritable(OUTPUT, output);
    checkWritable(TRUTH, truth);

    Optional<LocalDate> asOf = args.value(AS_OF).map(value -> LicensesCommand.day(name(), AS_OF, value));

    long start = System.nanoTime();
    OrganisationGenerator generator = asOf.isPresent()
        ? OrganisationGenerator.of(seed).withActivityUntil(LicensesCommand.endOf(asOf.get()).minusSeconds(1))
        : OrganisationGenerator.of(seed);
    long persons = write(generator, records, output, truth, asOf.isPresent());
    double seconds = (System.nanoTime() - start) / 1e9;
    err.println(String.format(Locale.ROOT,
        "generate: %,d records of %,d persons (seed %d, %s) in %.2f s, %,.0f records/s; wrote %s and %s",
        records, persons, seed, generator.companyDomain(), seconds, records / Math.max(seconds, 1e-9),
        output, truth));
    return Main.OK;
  }

  /**
   * Writes both files next to their targets and moves them into place, so a failed run leaves no
   * half-written file.
   */
  private static long write(OrganisationGenerator generator, long records, Path output, Path truth,
      boolean activity) {
    List<Path> temporaries = new ArrayList<>();
    try {
      Path recordsTemporary = temporary(output, temporaries);
      Path truthTemporary = temporary(truth, temporaries);
      long persons;
      try (CsvRecordSink sink = activity
          ? CsvRecordSink.openWithActivity(recordsTemporary, truthTemporary)
          : CsvRecordSink.open(recordsTemporary, truthTemporary)) {
        persons = generator.generate(records, sink);
      } catch (IdentityException e) {
        // Name the files the user asked for, not the temporary files beside them.
        String message = e.getMessage() == null ? "" : e.getMessage();
        throw new IdentityException(message.replace(recordsTemporary.toString(), output.toString())
            .replace(truthTemporary.toString(), truth.toString()), e);
      }
      move(recordsTemporary, output);
      move(truthTemporary, truth);
      return persons;
    } finally {
      for (Path temporary : temporaries) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // The move succeeded or the write already failed; a stray temporary file is all that is left.
        }
      }
    }
  }

  /** A new empty file beside the target, with the permissions a new file gets there. */
  private static Path temporary(Path target, List<Path> temporaries) {
    Path absolute = target.toAbsolutePath();
    for (int attempt = 0; ; attempt++) {
      Path temporary = absolute.resolveSibling(
          "." + absolute.getFileName() + "." + Long.toString(System.nanoTime() & 0xffffffL, 36) + attempt + ".tmp");
      try {
        Files.createFile(temporary);
        temporaries.add(temporary);
        return temporary;
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw new IdentityException("cannot write " + target + ": no free name for a temporary file beside it", e);
        }
      } catch (IOException e) {
        throw new IdentityException("cannot write " + target + ": " + OutputFile.reason(e), e);
      }
    }
  }

  private static void move(Path from, Path to) {
    Path absolute = to.toAbsolutePath();
    try {
      try {
        Files.move(from, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new IdentityException("cannot write " + to + ": " + OutputFile.reason(e), e);
    }
  }

  /**
   * Parses a record count: digits with optional {@code _} separators, optionally scaled by {@code
   * k} (thousand) or {@code m} (million), in either case; {@code 2.5m} is 2,500,000.
   *
   * @throws IllegalArgumentException if the text is no whole count of at least 1
   */
  static long count(String text) {
    String trimmed = text.trim().replace("_", "").toLowerCase(Locale.ROOT);
    long scale = 1;
    if (trimmed.endsWith("k")) {
      scale = 1_000;
    } else if (trimmed.endsWith("m")) {
      scale = 1_000_000;
    }
    String digits = scale == 1 ? trimmed : trimmed.substring(0, trimmed.length() - 1);
    BigDecimal value;
    try {
      String unsigned = digits.startsWith("-") ? digits.substring(1) : digits;
      if (unsigned.isEmpty() || !unsigned.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.')) {
        throw new NumberFormatException(digits);
      }
      value = new BigDecimal(digits).multiply(BigDecimal.valueOf(scale));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("generate: " + RECORDS + " \"" + text
          + "\" is not a number of records; expected a whole number such as 1000000, 1_000_000, 100k or 10m", e);
    }
    long records;
    try {
      records = value.longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("generate: " + RECORDS + " \"" + text
          + "\" is not a whole number of records; expected a whole number such as 1000000, 1_000_000, 100k or 10m", e);
    }
    if (records <= 0) {
      throw new IllegalArgumentException("generate: " + RECORDS + " \"" + text
          + "\" asks for no records; expected 1 or more");
    }
    return records;
  }

  /**
   * Parses a seed: a whole number, with optional {@code _} separators.
   *
   * @throws IllegalArgumentException if the text is not one
   */
  static long seed(String text) {
    try {
      return Long.parseLong(text.trim().replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("generate: " + SEED + " \"" + text
          + "\" is not a seed; expected a whole number such as 42", e);
    }
  }

  /** The truth file beside the records file: {@code gen.csv} gives {@code gen.truth.csv}. */
  static Path truthBeside(Path output) {
    String file = output.getFileName().toString();
    String truth = file.toLowerCase(Locale.ROOT).endsWith(".csv")
        ? file.substring(0, file.length() - 4) + ".truth.csv"
        : file + ".truth.csv";
    return output.resolveSibling(truth);
  }

  /**
   * Checks an output path before the work starts, so a typo does not cost a run.
   *
   * @throws IdentityException if its directory does not exist, is not writable, or it is a
   *     directory
   */
  private static void checkWritable(String flag, Path path) {
    Path directory = path.toAbsolutePath().getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new IdentityException(flag + " " + path + ": directory " + directory + " does not exist");
    }
    if (Files.isDirectory(path)) {
      throw new IdentityException(flag + " " + path + ": is a directory; name a file");
    }
    if (!Files.isWritable(directory)) {
      throw new IdentityException(flag + " " + path + ": directory " + directory + " is not writable");
    }
  }

  private static Path path(String flag, String value) {
    if (value.equals("-")) {
      throw new UsageException("generate: " + flag + " - is not supported; the records and truth go to files");
    }
    try {
      Path path = Path.of(value);
      if (path.getFileName() == null) {
        throw new UsageException("generate: " + flag + " \"" + value + "\" names no file");
      }
      return path;
    } catch (InvalidPathException e) {
      throw new UsageException("generate: " + flag + " \"" + value + "\" is not a valid path: " + e.getReason());
    }
  }
}
