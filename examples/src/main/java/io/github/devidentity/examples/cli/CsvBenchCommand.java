package io.github.devidentity.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.devidentity.IdentityException;
import io.github.devidentity.csv.ContributorsCsv;
import io.github.devidentity.csv.ContributorsSheet;
import io.github.devidentity.csv.CsvReport;
import io.github.devidentity.examples.generate.OrganisationGenerator;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.normalize.EmailAddress;
import io.github.devidentity.normalize.Emails;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code bench-csv}: writes a contributors CSV of generated people, then validates and reads it
 * back, printing rows per second and the peak heap of each step. Speed is measured here, never
 * asserted in tests.
 */
final class CsvBenchCommand implements Command {
  static final String RECORDS = "--records";
  static final String SEED = "--seed";
  static final String KEEP = "--keep";

  @Override
  public String name() {
    return "bench-csv";
  }

  @Override
  public String summary() {
    return "export, validate and read a generated contributors CSV; print rows/s and peak heap";
  }

  @Override
  public String usage() {
    return String.join("\n",
        "usage: " + Main.PROGRAM + " bench-csv " + RECORDS + " N [" + SEED + " S] [" + KEEP + " FILE]",
        "  " + RECORDS + " N  how many identity records to generate (1000000, 1_000_000, 1m, 100k); each",
        "               person's records are one contributor, written as one row per account",
        "  " + SEED + " S     the generator's seed (default 1)",
        "  " + KEEP + " FILE  write the CSV to FILE and keep it; by default a temporary file is deleted");
  }

  @Override
  public Set<String> valueFlags() {
    return Set.of(RECORDS, SEED, KEEP);
  }

  @Override
  public Set<String> booleanFlags() {
    return Set.of();
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) {
    long records = GenerateCommand.count(args.required(RECORDS));
    long seed = args.value(SEED).map(Long::parseLong).orElse(1L);
    Path file = args.value(KEEP).map(Path::of).orElse(null);
    try {
      Path csv = file != null ? file : Files.createTempFile("contributors-bench", ".csv");
      try {
        bench(records, seed, csv, out);
      } finally {
        if (file == null) {
          Files.deleteIfExists(csv);
        }
      }
    } catch (IOException e) {
      throw new IdentityException("bench-csv: " + OutputFile.reason(e), e);
    }
    return Main.OK;
  }

  private static void bench(long records, long seed, Path csv, PrintStream out) throws IOException {
    long start = System.nanoTime();
    List<Contributor> contributors = contributors(records, seed);
    out.printf(Locale.ROOT, "generated %,d records of %,d people in %.2f s (seed %d)%n", records,
        contributors.size(), BenchCommand.seconds(start), seed);

    BenchCommand.resetPeaks();
    start = System.nanoTime();
    ContributorsCsv.Export export;
    try (Writer writer = Files.newBufferedWriter(csv, UTF_8)) {
      export = ContributorsCsv.write(contributors, writer);
    }
    double seconds = BenchCommand.seconds(start);
    long bytes = Files.size(csv);
    out.printf(Locale.ROOT, "export:   %,d rows (%,d contributors, %,d omissions), %.1f MiB in %.2f s: "
            + "%,.0f rows/s, %.1f MiB/s; peak heap %.0f MiB (the contributors included)%n",
        export.rows(), export.contributors(), export.omissions().size(), bytes / 1048576.0, seconds,
        export.rows() / seconds, bytes / 1048576.0 / seconds, BenchCommand.peakHeap() / 1048576.0);
    contributors = null;

    BenchCommand.resetPeaks();
    start = System.nanoTime();
    CsvReport report = ContributorsCsv.validate(csv);
    seconds = BenchCommand.seconds(start);
    out.printf(Locale.ROOT, "validate: %,d rows in %.2f s: %,.0f rows/s, %.1f MiB/s; %s; peak heap %.0f MiB%n",
        export.rows(), seconds, export.rows() / seconds, bytes / 1048576.0 / seconds, report.summary(),
        BenchCommand.peakHeap() / 1048576.0);

    BenchCommand.resetPeaks();
    start = System.nanoTime();
    ContributorsSheet sheet = ContributorsCsv.read(csv);
    seconds = BenchCommand.seconds(start);
    out.printf(Locale.ROOT, "read:     %,d rows into %,d contributors in %.2f s: %,.0f rows/s; peak heap %.0f MiB "
            + "(the contributors included)%n",
        sheet.rows(), sheet.entries().size(), seconds, sheet.rows() / seconds, BenchCommand.peakHeap() / 1048576.0);
  }

  /** The generated records grouped by the person they truly belong to, one contributor each. */
  private static List<Contributor> contributors(long records, long seed) {
    Map<String, List<IdentityRecord>> byPerson = new LinkedHashMap<>();
    OrganisationGenerator.of(seed).generate(records, record ->
        byPerson.computeIfAbsent(record.personId(), k -> new ArrayList<>()).add(record.toIdentityRecord()));
    List<Contributor> contributors = new ArrayList<>(byPerson.size());
    byPerson.forEach((person, held) -> {
      String name = "";
      String email = null;
      for (IdentityRecord record : held) {
        name = name.isEmpty() ? record.displayName().orElse("") : name;
        for (String raw : record.emails()) {
          EmailAddress address = Emails.normalize(raw);
          email = email == null && address.isLinkable() ? address.normalized() : email;
        }
      }
      contributors.add(Contributor.builder(ContributorId.of(person)).displayName(name).primaryEmail(email)
          .records(held).build());
    });
    return contributors;
  }
}
