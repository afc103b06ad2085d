package io.github.devidentity.csv;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.InvalidInputException;
import io.github.devidentity.org.Developer;
import io.github.devidentity.org.OrgProblem;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the developers of an organisation from a CSV export of a directory or HR system, one
 * developer a row, keeping the line each came from.
 *
 * <p>The header names the columns {@code Email, Manager Email, Full Name, Role, Sub Role, Team,
 * Department, Site} in any order; names compare ignoring case and surrounding spaces, and {@code
 * manager_email}, {@code full_name} and {@code sub_role} are accepted too. Other columns are
 * ignored. Only {@code Email} is required; an empty cell counts as absent. A developer shared by
 * several teams lists them all in {@code Team}, separated by {@code ;} or {@code |}: {@code
 * Payments; Core}.
 *
 * <p>Reading checks the CSV only; whether the developers make an organisation (valid and unique
 * emails, known managers, no cycles) is checked when an {@link io.github.devidentity.org.Organisation}
 * is built from them, and {@link Sheet#line(OrgProblem)} maps each problem back to its line.
 * Files are UTF-8, with or without a byte-order mark.
 *
 * <pre>{@code
 * DevelopersCsv.Sheet sheet = DevelopersCsv.read(Path.of("developers.csv"));
 * try {
 *   Organisation org = Organisation.builder().developers(sheet.developers()).build();
 * } catch (InvalidOrganisationException e) {
 *   for (OrgProblem problem : e.problems()) {
 *     System.err.println("line " + sheet.line(problem) + ": " + problem);
 *   }
 * }
 * }</pre>
 */
public final class DevelopersCsv {
  private static final Pattern TEAM_SEPARATOR = Pattern.compile("[;|]");

  private enum Column implements KnownColumn {
    EMAIL,
    MANAGER_EMAIL,
    FULL_NAME,
    ROLE,
    SUB_ROLE,
    TEAM,
    DEPARTMENT,
    SITE;

    /** The name in words, as exports spell it ({@code manager email}), then with underscores. */
    @Override
    public List<String> names() {
      String snake = name().toLowerCase(Locale.ROOT);
      return snake.indexOf('_') < 0 ? List.of(snake) : List.of(snake.replace('_', ' '), snake);
    }
  }

  private DevelopersCsv() {}

  /**
   * Reads every developer of a UTF-8 file.
   *
   * @param file the file; messages name it as given
   * @return the developers in file order, with their lines
   * @throws InvalidInputException if the file is malformed or lacks the {@code Email} column; the
   *     message names the file, line and column
   * @throws io.github.devidentity.IdentityException if the file cannot be read
   */
  public static Sheet read(Path file) {
    requireNonNull(file, "file");
    return Csv.readFile(file, reader -> read(reader, file.toString()));
  }

  /**
   * Reads every developer from a stream, which is not closed.
   *
   * @param reader the CSV text
   * @param sourceName names the stream in messages, such as its file name
   * @return the developers in stream order, with their lines
   * @throws InvalidInputException if the stream is malformed or lacks the {@code Email} column;
   *     the message names {@code sourceName}, line and column
   * @throws io.github.devidentity.IdentityException if the stream cannot be read
   */
  public static Sheet read(Reader reader, String sourceName) {
    requireNonNull(reader, "reader");
    requireNonNull(sourceName, "sourceName");
    CsvRows rows = CsvRows.open(reader, sourceName);
    Header<Column> header = Header.read(rows, Column.class, EnumSet.of(Column.EMAIL));
    List<Developer> developers = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    for (Row row = rows.next(); row != null; row = rows.next()) {
      header.checkWidth(row);
      developers.add(developer(header, row));
      lines.add(row.line());
    }
    return new Sheet(sourceName, developers, lines);
  }

  private static Developer developer(Header<Column> header, Row row) {
    Developer.Builder builder = Developer.builder(header.cell(row, Column.EMAIL).text())
        .managerEmail(header.cell(row, Column.MANAGER_EMAIL).orNull())
        .fullName(header.cell(row, Column.FULL_NAME).orNull())
        .role(header.cell(row, Column.ROLE).orNull())
        .subRole(header.cell(row, Column.SUB_ROLE).orNull())
        .department(header.cell(row, Column.DEPARTMENT).orNull())
        .site(header.cell(row, Column.SITE).orNull());
    for (String team : TEAM_SEPARATOR.split(header.cell(row, Column.TEAM).text(), -1)) {
      // "Payments; Core;" has an empty piece after the last separator: it names no team.
      if (!team.isBlank()) {
        builder.team(team);
      }
    }
    return builder.build();
  }

  /** The developers of one file, in file order, each with the line it starts on. */
  public static final class Sheet {
    private final String source;
    private final List<Developer> developers;
    private final List<Long> lines;

    private Sheet(String source, List<Developer> developers, List<Long> lines) {
      this.source = source;
      this.developers = List.copyOf(developers);
      this.lines = List.copyOf(lines);
    }

    /** The file or stream name, as given to the reader. */
    public String source() {
      return source;
    }

    /** The developers, in file order: positions match an organisation built from them. */
    public List<Developer> developers() {
      return developers;
    }

    /**
     * The 1-based line the developer at a position starts on.
     *
     * @throws IndexOutOfBoundsException if there is no developer at {@code index}
     */
    public long line(int index) {
      return lines.get(index);
    }

    /**
     * The line of the developer a problem is about, for an organisation built from {@link
     * #developers()} in order; 0 for a problem about a membership, which is not in this file.
     *
     * @throws IndexOutOfBoundsException if the problem names a developer position this file does
     *     not have
     */
    public long line(OrgProblem problem) {
      return problem.origin() == OrgProblem.Origin.DEVELOPER ? line(problem.index()) : 0;
    }

    @Override
    public String toString() {
      return source + " (" + developers.size() + (developers.size() == 1 ? " developer)" : " developers)");
    }
  }
}
