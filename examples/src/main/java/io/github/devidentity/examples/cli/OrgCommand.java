package io.github.devidentity.examples.cli;

import io.github.devidentity.csv.CsvDecisionStore;
import io.github.devidentity.csv.DevelopersCsv;
import io.github.devidentity.csv.DevelopersCsv.ColumnMapping;
import io.github.devidentity.csv.IdentityRecordsCsv;
import io.github.devidentity.csv.ValidationReport;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.org.Developer;
import io.github.devidentity.org.OrgDirectory;
import io.github.devidentity.org.Organisation;
import io.github.devidentity.org.Team;
import io.github.devidentity.resolve.Resolver;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code org}: validates a developers CSV and prints the org tree and the teams; with identity
 * records, also who is missing on either side.
 */
final class OrgCommand implements Command {
  static final String DEVELOPERS = "--developers";
  static final String INPUT = "--input";
  static final String DECISIONS = "--decisions";
  static final String DATE = "--date";
  static final String MAP = "--map";

  @Override
  public String name() {
    return "org";
  }

  @Override
  public String summary() {
    return "validate a developers CSV and print the org tree and teams";
  }

  @Override
  public String usage() {
    return "usage: " + Main.PROGRAM + " org " + DEVELOPERS + " FILE [" + MAP + " MAPPING] [" + INPUT
        + " RECORDS] [" + DECISIONS + " LOG]\n         [" + DATE + " YYYY-MM-DD]\n\n"
        + "Reads developers (header Email, Manager Email, Full Name, Role, Sub Role, Team,\n"
        + "Department, Site; only Email is required; Team lists shared teams separated by ; or |;\n"
        + "cells separated by commas, semicolons or tabs) and checks them. Every problem is printed\n"
        + "to stderr as one line: line, column, code, message. Warnings (ignored columns) do not stop\n"
        + "the command; with an error the exit code is 1. Otherwise prints the tree of managers and\n"
        + "the teams with their members.\n\n"
        + "options:\n"
        + "  " + DEVELOPERS + " FILE  the developers CSV to check\n"
        + "  " + MAP + " MAPPING      the header names of columns the file names differently, such as\n"
        + "                     \"Email=Work Mail,Team=Squad\"\n"
        + "  " + INPUT + " RECORDS    also resolve these identity records and print the developers no\n"
        + "                     contributor matches, the contributors no developer matches, and\n"
        + "                     ambiguous matches\n"
        + "  " + DECISIONS + " LOG    replay this decision log (CSV) while resolving; needs " + INPUT + "\n"
        + "  " + DATE + " DAY         list team members on this day; default today (UTC)";
  }

  @Override
  public Set<String> valueFlags() {
    return Set.of(DEVELOPERS, MAP, INPUT, DECISIONS, DATE);
  }

  @Override
  public Set<String> booleanFlags() {
    return Set.of();
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) {
    ColumnMapping mapping = mapping(args);
    DevelopersCsv.Sheet sheet = DevelopersCsv.read(args.existingFile(DEVELOPERS), mapping);
    if (args.value(DECISIONS).isPresent() && args.value(INPUT).isEmpty()) {
      throw new UsageException("org: " + DECISIONS + " replays decisions over records; give " + INPUT
          + " as well");
    }
    LocalDate date = date(args);
    ValidationReport report = sheet.report();
    err.print(report);
    if (sheet.organisation().isEmpty()) {
      err.println("error: " + sheet.source() + " has " + count(report.errors().size(), "error"));
      return Main.BAD_INPUT;
    }
    Organisation organisation = sheet.organisation().get();
    OrgDirectory directory = null;
    if (args.value(INPUT).isPresent()) {
      DecisionLog decisions = args.value(DECISIONS).isPresent()
          ? CsvDecisionStore.at(args.existingFile(DECISIONS)).load()
          : DecisionLog.empty();
      directory = OrgDirectory.of(organisation, Resolver.create()
          .resolve(IdentityRecordsCsv.read(args.existingFile(INPUT)), decisions, Map.of()));
    }
    printTree(organisation, out);
    printTeams(organisation, directory, date, out);
    if (directory != null) {
      printMatches(directory, out);
    }
    return Main.OK;
  }

  private static ColumnMapping mapping(Args args) {
    try {
      return args.value(MAP).map(ColumnMapping::parse).orElse(ColumnMapping.standard());
    } catch (IllegalArgumentException e) {
      throw new UsageException("org: " + MAP + ": " + e.getMessage());
    }
  }

  private static LocalDate date(Args args) {
    Optional<String> value = args.value(DATE);
    if (value.isEmpty()) {
      return LocalDate.now(ZoneOffset.UTC);
    }
    try {
      return LocalDate.parse(value.get());
    } catch (DateTimeParseException e) {
      throw new UsageException("org: " + DATE + " \"" + value.get() + "\" is not a day; expected one "
          + "such as 2024-06-01");
    }
  }

  private static void printTree(Organisation organisation, PrintStream out) {
    out.println("== Org tree (" + count(organisation.developers().size(), "developer") + ") ==");
    for (Developer root : organisation.roots()) {
      printNode(organisation, root, "", out);
    }
    out.println();
  }

  private static void printNode(Organisation organisation, Developer developer, String indent,
      PrintStream out) {
    StringBuilder line = new StringBuilder(indent).append(developer.email());
    developer.fullName().ifPresent(name -> line.append("  ").append(name));
    developer.role().ifPresent(role -> line.append(", ").append(role));
    developer.subRole().ifPresent(subRole -> line.append(" / ").append(subRole));
    if (!developer.teams().isEmpty()) {
      line.append("  [").append(String.join(", ", developer.teams())).append(']');
    }
    out.println(line);
    for (Developer report : organisation.reports(developer.email())) {
      printNode(organisation, report, indent + "  ", out);
    }
  }

  private static void printTeams(Organisation organisation, @Nullable OrgDirectory directory, LocalDate date,
      PrintStream out) {
    List<Team> teams = organisation.teams();
    out.println("== Teams on " + date + " (" + teams.size() + ") ==");
    for (Team team : teams) {
      List<Developer> members = organisation.members(team, date);
      out.println(team.describe() + " (" + count(members.size(), "member") + ")");
      for (Developer member : members) {
        StringBuilder line = new StringBuilder("  ").append(member.email());
        if (directory != null) {
          directory.contributorOf(member.email()).ifPresent(c -> line.append("  ").append(c.id()));
        }
        out.println(line);
      }
    }
    out.println();
  }

  private static void printMatches(OrgDirectory directory, PrintStream out) {
    List<Developer> unmatched = directory.unmatchedDevelopers();
    out.println("== Developers without a contributor (" + unmatched.size() + ") ==");
    unmatched.forEach(developer -> out.println("  " + developer));
    out.println();
    List<Contributor> dangling = directory.danglingContributors();
    out.println("== Contributors without a developer (" + dangling.size() + ") ==");
    for (Contributor contributor : dangling) {
      out.println("  " + contributor.id() + "  " + contributor.displayName()
          + contributor.primaryEmail().map(email -> " <" + email + ">").orElse(""));
    }
    out.println();
    List<OrgDirectory.AmbiguousMatch> ambiguous = directory.ambiguousMatches();
    out.println("== Ambiguous matches (" + ambiguous.size() + ") ==");
    ambiguous.forEach(match -> out.println("  " + match.describe()));
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
