package io.github.devidentity.examples.cli;

import io.github.devidentity.IdentityException;
import io.github.devidentity.csv.CsvDecisionStore;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.licence.BillableContributor;
import io.github.devidentity.licence.ExclusionReason;
import io.github.devidentity.licence.LicenceCounter;
import io.github.devidentity.licence.LicenceDuplicate;
import io.github.devidentity.licence.LicencePolicy;
import io.github.devidentity.licence.LicenceReport;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.resolve.ProgressListener;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import io.github.devidentity.resolve.ResolverOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code licenses}: resolves an identity-records CSV and counts licence units: contributors with a
 * source-code-management identity, optionally only those active in the last N days.
 */
final class LicensesCommand implements Command {
  static final String INPUT = "--input";
  static final String DECISIONS = "--decisions";
  static final String ACTIVE_DAYS = "--active-days";
  static final String AS_OF = "--as-of";

  /** How wide the name column may grow before longer names push the line out. */
  private static final int NAME_WIDTH = 32;

  @Override
  public String name() {
    return "licenses";
  }

  @Override
  public String summary() {
    return "count licence units: contributors with a source-code-management identity, and the duplicates that inflate them";
  }

  @Override
  public String usage() {
    return "usage: " + Main.PROGRAM + " licenses " + INPUT + " FILE [" + DECISIONS + " LOG] [" + ACTIVE_DAYS
        + " N [" + AS_OF + " YYYY-MM-DD]]\n\n"
        + "Resolves identity records and counts licence units: one per contributor that is not a bot\n"
        + "and holds a record in git, GitHub, GitHub Enterprise, GitLab, Bitbucket Cloud or Server,\n"
        + "Azure DevOps or Harness Code. Prints the count, how many contributors were left out and why,\n"
        + "one line per counted contributor with the account that makes it billable, and the review\n"
        + "items between two counted contributors, whose merge would lower the count, with the count\n"
        + "if all of them were merged.\n\n"
        + "options:\n"
        + "  " + INPUT + " FILE          the identity-records CSV to read (first_seen, last_seen columns\n"
        + "                        give the activity " + ACTIVE_DAYS + " looks at)\n"
        + "  " + DECISIONS + " LOG       replay this decision log (CSV) while resolving\n"
        + "  " + ACTIVE_DAYS + " N       count only contributors with a source-code-management record\n"
        + "                        active in the N days up to the as-of day, that day included: its\n"
        + "                        first_seen to last_seen span meets them; records without dates and\n"
        + "                        activity in other tools do not count\n"
        + "  " + AS_OF + " YYYY-MM-DD    the last day of the window; without it, the day of the latest\n"
        + "                        first_seen or last_seen in the data, so a run never depends on today";
  }

  @Override
  public Set<String> valueFlags() {
    return Set.of(INPUT, DECISIONS, ACTIVE_DAYS, AS_OF);
  }

  @Override
  public Set<String> booleanFlags() {
    return Set.of();
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) {
    long start = System.nanoTime();
    Path input = args.existingFile(INPUT);
    Optional<Integer> activeDays = args.value(ACTIVE_DAYS).map(LicensesCommand::days);
    Optional<LocalDate> asOfDay = args.value(AS_OF).map(value -> day(name(), AS_OF, value));
    if (asOfDay.isPresent() && activeDays.isEmpty()) {
      throw new UsageException("licenses: " + AS_OF + " ends the active window; give " + ACTIVE_DAYS + " N as well");
    }
    DecisionLog decisions = args.value(DECISIONS).isPresent()
        ? CsvDecisionStore.at(args.existingFile(DECISIONS)).load()
        : DecisionLog.empty();

    ProgressListener progress =
        new ThrottledProgress(err, name(), ResolveCommand.PROGRESS_INTERVAL, System::nanoTime);
    List<IdentityRecord> records = ResolveCommand.read(input, progress);
    Resolution resolution = Resolver.create(ResolverOptions.builder().progress(progress).build())
        .resolve(records, decisions, Map.of());

    LicencePolicy policy = LicencePolicy.allContributors();
    String description = "every contributor with a source-code-management identity, however old its activity";
    if (activeDays.isPresent()) {
      LocalDate day;
      String asOfNote = "";
      if (asOfDay.isPresent()) {
        day = asOfDay.get();
      } else {
        day = latestActivity(records).orElseThrow(() -> new IdentityException(input + ": no record has a"
            + " first_seen or last_seen date, so there is no latest activity to count " + ACTIVE_DAYS
            + " back from; give " + AS_OF + " YYYY-MM-DD")).atOffset(ZoneOffset.UTC).toLocalDate();
        asOfNote = " (the day of the latest activity in the data)";
      }
      policy = LicencePolicy.builder().activeWithin(Duration.ofDays(activeDays.get()), endOf(day)).build();
      int n = activeDays.get();
      description = "contributors active in source code management in the " + n + (n == 1 ? " day" : " days")
          + " from " + day.minusDays(n - 1L) + " to " + day + ", as of " + day + asOfNote;
    }
    LicenceReport report = LicenceCounter.create(policy).count(resolution);
    print(report, description, resolution, out);

    err.println(String.format(Locale.ROOT, "licenses: %,d records -> %,d contributors -> %,d licence units;"
            + " %,d if the %,d duplicates were merged; %.2f s", records.size(), report.contributors(),
        report.count(), report.countIfDuplicatesMerged(), report.duplicates().size(),
        (System.nanoTime() - start) / 1e9));
    return Main.OK;
  }

  private static void print(LicenceReport report, String policy, Resolution resolution, PrintStream out) {
    ResolutionPrinter printer = new ResolutionPrinter(resolution, out);
    out.println("policy: " + policy);
    out.println();
    out.println("== Licence units: " + number(report.count()) + " of " + number(report.contributors()) + " contributors ==");
    out.println();

    int left = report.contributors() - report.count();
    out.println("== Left out (" + number(left) + ") ==");
    int width = 0;
    for (ExclusionReason reason : ExclusionReason.values()) {
      width = Math.max(width, reason.describe().length());
    }
    int digits = number(left).length();
    for (Map.Entry<ExclusionReason, Integer> exclusion : report.exclusions().entrySet()) {
      out.println(String.format(Locale.ROOT, "  %-" + width + "s  %" + digits + "s", exclusion.getKey().describe(),
          number(exclusion.getValue())));
    }
    out.println();

    List<BillableContributor> billable = new ArrayList<>(report.billable());
    billable.sort(Comparator.comparing(BillableContributor::contributor, ResolutionPrinter.BY_NAME));
    out.println("== Billable contributors (" + number(billable.size()) + ") ==");
    out.println("  contributor, name, the account that makes it billable (its record), latest source-code-management activity");
    int nameWidth = 0;
    for (BillableContributor entry : billable) {
      nameWidth = Math.max(nameWidth, Math.min(NAME_WIDTH, name(entry.contributor()).length()));
    }
    for (BillableContributor entry : billable) {
      out.println("  " + line(entry, nameWidth));
    }
    out.println();

    List<LicenceDuplicate> duplicates = report.duplicates();
    out.println("== Duplicates that would lower the count (" + number(duplicates.size()) + ") ==");
    if (duplicates.isEmpty()) {
      out.println("  (none: no review item joins two counted contributors)");
    }
    for (LicenceDuplicate duplicate : duplicates) {
      out.println(String.format(Locale.ROOT, "  %s  confidence %.2f", duplicate.item().id(), duplicate.confidence()));
      out.println("    " + line(duplicate.first(), 0));
      out.println("    " + line(duplicate.second(), 0));
      out.println("    evidence:");
      printer.evidenceLines(duplicate.item().evidence(), "      ");
      out.println("    not merged: " + duplicate.item().reason());
    }
    out.println();

    out.println("== Summary ==");
    out.println("  licence units: " + number(report.count()) + " of " + number(report.contributors())
        + " contributors; " + number(left) + " left out");
    out.println("  duplicates between counted contributors: " + number(duplicates.size()) + " review items");
    out.println("  licence units if all of them were merged: " + number(report.countIfDuplicatesMerged())
        + " (" + number(report.count() - report.countIfDuplicatesMerged())
        + " fewer; review items are doubtful: accept only those that are one person)");
  }

  /** {@code c0123…  Ada Lovelace  github/583231 @octocat (gh-1)  last active 2026-11-28}. */
  private static String line(BillableContributor entry, int nameWidth) {
    IdentityRecord record = entry.record();
    StringBuilder text = new StringBuilder().append(entry.contributor().id()).append("  ")
        .append(Main.pad(name(entry.contributor()), nameWidth)).append("  ");
    if (entry.account().isPresent()) {
      text.append(entry.account().get());
      record.login().ifPresent(login -> text.append(" @").append(login));
    } else {
      text.append(ResolutionPrinter.integration(record.integration()));
      if (!record.emails().isEmpty()) {
        text.append(" <").append(record.emails().get(0)).append('>');
      } else {
        record.displayName().ifPresent(name -> text.append(" \"").append(name).append('"'));
      }
    }
    text.append(" (").append(record.id()).append(')');
    entry.lastActivity().ifPresent(
        at -> text.append("  last active ").append(at.atOffset(ZoneOffset.UTC).toLocalDate()));
    return text.toString();
  }

  private static String name(Contributor contributor) {
    return contributor.displayName().isEmpty() ? "(no usable name)" : contributor.displayName();
  }

  private static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** The latest first or last seen instant of any record, in any tool: the data's "today". */
  private static Optional<Instant> latestActivity(List<IdentityRecord> records) {
    Instant latest = null;
    for (IdentityRecord record : records) {
      for (Optional<Instant> seen : List.of(record.firstSeen(), record.lastSeen())) {
        if (seen.isPresent() && (latest == null || seen.get().isAfter(latest))) {
          latest = seen.get();
        }
      }
    }
    return Optional.ofNullable(latest);
  }

  /** The end of a UTC day, the start of the next, so that the whole day is in the window. */
  static Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static int days(String text) {
    int days;
    try {
      days = Integer.parseInt(text.trim().replace("_", ""));
    } catch (NumberFormatException e) {
      throw new UsageException("licenses: " + ACTIVE_DAYS + " \"" + text + "\" is not a number of days; expected a"
          + " whole number such as 90");
    }
    if (days < 1) {
      throw new UsageException("licenses: " + ACTIVE_DAYS + " \"" + text + "\" is not a number of days; expected"
          + " 1 or more");
    }
    return days;
  }

  /**
   * Parses a day as {@code YYYY-MM-DD}.
   *
   * @throws UsageException naming the command, the option and the value if it is not one
   */
  static LocalDate day(String command, String flag, String text) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new UsageException(command + ": " + flag + " \"" + text + "\" is not a day; expected YYYY-MM-DD,"
          + " such as 2026-12-01");
    }
  }
}
