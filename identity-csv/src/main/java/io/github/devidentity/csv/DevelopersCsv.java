package io.github.devidentity.csv;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.csv.ValidationProblem.Code;
import io.github.devidentity.csv.ValidationProblem.Severity;
import io.github.devidentity.org.Developer;
import io.github.devidentity.org.InvalidOrganisationException;
import io.github.devidentity.org.OrgProblem;
import io.github.devidentity.org.Organisation;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads the developers of an organisation from a CSV export of a directory or HR system, one
 * developer a row, and checks that they make an {@link Organisation}, reporting every problem with
 * its line, column and value.
 *
 * <p>The header names the columns {@code Email, Manager Email, Full Name, Role, Sub Role, Team,
 * Department, Site} in any order; names compare ignoring case and surrounding spaces, and {@code
 * manager_email}, {@code full_name} and {@code sub_role} are accepted too. A file that names them
 * differently is read with a {@link ColumnMapping}, such as {@code Email=Work Mail,Team=Squad}.
 * Only {@code Email} is required; an empty cell counts as absent. A developer shared by several
 * teams lists them all in {@code Team}, separated by {@code ;} or {@code |}: {@code Payments;
 * Core}.
 *
 * <p>Files are UTF-8, with or without a byte-order mark, with CRLF or LF line ends, and cells
 * separated by commas, semicolons or tabs, whichever the header line uses.
 *
 * <p>Reading never stops at a problem. The {@link Sheet#report() report} lists them all: the
 * file's (invalid CSV, a missing {@code Email} column, a duplicate column, a row wider than the
 * header), warnings about columns that are ignored or mapped but absent, and the organisation's
 * ({@code INVALID_EMAIL}, {@code DUPLICATE_EMAIL}, {@code UNKNOWN_MANAGER}, {@code MANAGER_CYCLE}
 * … with the {@link OrgProblem.Code organisation's codes}), each on the line and cell it comes from.
 * The {@link Sheet#organisation() organisation} is there only when no error stands.
 *
 * <pre>{@code
 * DevelopersCsv.Sheet sheet = DevelopersCsv.read(Path.of("people.csv"),
 *     DevelopersCsv.ColumnMapping.parse("Email=Work Mail,Team=Squad"));
 * sheet.report().problems().forEach(System.err::println);
 * Optional<Organisation> org = sheet.organisation();
 * }</pre>
 */
public final class DevelopersCsv {
  private static final Pattern TEAM_SEPARATOR = Pattern.compile("[;|]");

  /** The columns of a developers file. */
  public enum Column implements KnownColumn {
    /** The developer's work email; required. */
    EMAIL("Email"),
    /** Their manager's email; empty at the top of the tree. */
    MANAGER_EMAIL("Manager Email"),
    /** Their full name. */
    FULL_NAME("Full Name"),
    /** Their role, such as {@code Engineer}. */
    ROLE("Role"),
    /** Their sub role, such as {@code Backend}. */
    SUB_ROLE("Sub Role"),
    /** Their teams, separated by {@code ;} or {@code |}. */
    TEAM("Team"),
    /** Their department. */
    DEPARTMENT("Department"),
    /** Their site or office. */
    SITE("Site");

    private final String label;

    Column(String label) {
      this.label = label;
    }

    /** The column's usual header: {@code Manager Email}. */
    public String label() {
      return label;
    }

    /**
     * The names that select the column when no mapping renames it, lower case: the label, then
     * with underscores ({@code manager email}, {@code manager_email}).
     */
    @Override
    public List<String> names() {
      String words = label.toLowerCase(Locale.ROOT);
      return words.indexOf(' ') < 0 ? List.of(words) : List.of(words, words.replace(' ', '_'));
    }

    /**
     * The column with this name, ignoring case, spaces, underscores and hyphens: {@code Manager
     * Email}, {@code manager_email}, {@code MANAGER-EMAIL}.
     *
     * @throws IllegalArgumentException if no column has the name; the message lists them
     */
    public static Column parse(String name) {
      String key = squash(requireNonNull(name, "name"));
      for (Column column : values()) {
        if (squash(column.label).equals(key)) {
          return column;
        }
      }
      throw new IllegalArgumentException('"' + name.trim() + "\" is not a developers column; expected one of "
          + Arrays.stream(values()).map(Column::label).collect(Collectors.joining(", ")));
    }

    private static String squash(String name) {
      return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    }
  }

  /**
   * The header names a file uses for the columns it names differently; the other columns keep
   * their usual names. A mapped column is selected by its mapped name only, compared ignoring case
   * and surrounding spaces.
   *
   * <pre>{@code
   * ColumnMapping mapping = ColumnMapping.parse("Email=Work Mail, Team=Squad");
   * mapping.header(Column.EMAIL); // Optional[Work Mail]
   * }</pre>
   *
   * @param headers the header name of each renamed column, trimmed, never blank, no two the same
   */
  public record ColumnMapping(Map<Column, String> headers) {
    private static final ColumnMapping STANDARD = new ColumnMapping(Map.of());

    /**
     * Trims and checks the names.
     *
     * @throws IllegalArgumentException if a name is blank, or two columns have the same name
     */
    public ColumnMapping {
      Map<Column, String> copy = new EnumMap<>(Column.class);
      Map<String, Column> byName = new HashMap<>();
      requireNonNull(headers, "headers").forEach((column, header) -> {
        String name = requireNonNull(header, "header").trim();
        if (name.isEmpty()) {
          throw new IllegalArgumentException("the header name for " + column.label()
              + " is blank; give the name the file uses, such as " + column.label() + "=Work Mail");
        }
        Column other = byName.put(name.toLowerCase(Locale.ROOT), requireNonNull(column, "column"));
        if (other != null) {
          throw new IllegalArgumentException("both " + other.label() + " and " + column.label()
              + " are mapped to \"" + name + "\"; a header name selects one column");
        }
        copy.put(column, name);
      });
      headers = Collections.unmodifiableMap(copy);
    }

    /** The mapping that renames nothing: every column has its usual names. */
    public static ColumnMapping standard() {
      return STANDARD;
    }

    /**
     * Parses {@code Column=Header} pairs separated by commas, such as {@code Email=Work Mail,
     * Team=Squad}; columns are named as {@link Column#parse} reads them. Blank text is the standard
     * mapping.
     *
     * @throws IllegalArgumentException if a pair has no {@code =}, names an unknown column or one
     *     twice, or maps to a blank or taken name
     */
    public static ColumnMapping parse(String text) {
      Map<Column, String> headers = new EnumMap<>(Column.class);
      for (String pair : requireNonNull(text, "text").split(",")) {
        if (pair.isBlank()) {
          continue;
        }
        int equals = pair.indexOf('=');
        if (equals < 0) {
          throw new IllegalArgumentException('"' + pair.trim() + "\" has no '='; expected Column=Header, "
              + "such as Email=Work Mail");
        }
        Column column = Column.parse(pair.substring(0, equals));
        if (headers.put(column, pair.substring(equals + 1)) != null) {
          throw new IllegalArgumentException(column.label() + " is mapped twice; map each column once");
        }
      }
      return new ColumnMapping(headers);
    }

    /** This mapping with one more column renamed, replacing its name if it had one. */
    public ColumnMapping with(Column column, String header) {
      Map<Column, String> more = new EnumMap<>(Column.class);
      more.putAll(headers);
      more.put(requireNonNull(column, "column"), header);
      return new ColumnMapping(more);
    }

    /** The name the file uses for a column, if this mapping renames it. */
    public Optional<String> header(Column column) {
      return Optional.ofNullable(headers.get(requireNonNull(column, "column")));
    }

    /** The names that select a column: its mapped name, or its usual names no mapped name took. */
    List<String> names(Column column) {
      String mapped = headers.get(column);
      if (mapped != null) {
        return List.of(mapped);
      }
      Set<String> taken = new HashSet<>();
      headers.values().forEach(name -> taken.add(name.toLowerCase(Locale.ROOT)));
      // A column whose every usual name a mapped column took selects nothing, so it is absent.
      return column.names().stream().filter(name -> !taken.contains(name)).toList();
    }

    /** {@code Email=Work Mail,Team=Squad}: the form {@link #parse} reads. */
    @Override
    public String toString() {
      return headers.entrySet().stream().map(entry -> entry.getKey().label() + "=" + entry.getValue())
          .collect(Collectors.joining(","));
    }
  }

  private DevelopersCsv() {}

  /**
   * Reads and checks the developers of a UTF-8 file with the usual column names.
   *
   * @param file the file; the report names it as given
   * @throws io.github.devidentity.IdentityException if the file cannot be read
   */
  public static Sheet read(Path file) {
    return read(file, ColumnMapping.standard());
  }

  /**
   * Reads and checks the developers of a UTF-8 file whose columns the mapping renames.
   *
   * @param file the file; the report names it as given
   * @param mapping the header names the file uses
   * @throws io.github.devidentity.IdentityException if the file cannot be read
   */
  public static Sheet read(Path file, ColumnMapping mapping) {
    requireNonNull(file, "file");
    requireNonNull(mapping, "mapping");
    return Csv.readFile(file, reader -> read(reader, file.toString(), mapping));
  }

  /**
   * Reads and checks the developers of a stream with the usual column names; the stream is not
   * closed.
   *
   * @param reader the CSV text
   * @param sourceName names the stream in the report, such as its file name
   * @throws io.github.devidentity.IdentityException if the stream cannot be read
   */
  public static Sheet read(Reader reader, String sourceName) {
    return read(reader, sourceName, ColumnMapping.standard());
  }

  /**
   * Reads and checks the developers of a stream whose columns the mapping renames; the stream is
   * not closed.
   *
   * @param reader the CSV text
   * @param sourceName names the stream in the report, such as its file name
   * @param mapping the header names the stream uses
   * @throws io.github.devidentity.IdentityException if the stream cannot be read
   */
  public static Sheet read(Reader reader, String sourceName, ColumnMapping mapping) {
    requireNonNull(reader, "reader");
    requireNonNull(sourceName, "sourceName");
    requireNonNull(mapping, "mapping");
    ValidationReport.Builder report = new ValidationReport.Builder(sourceName);
    Set<Column> mapped = mapping.headers().isEmpty() ? EnumSet.noneOf(Column.class) : EnumSet.copyOf(mapping.headers().keySet());
    CheckedCsv<Column> csv = CheckedCsv.open(reader, Column.class, mapping::names, EnumSet.of(Column.EMAIL),
        mapped, report);
    if (csv == null) {
      return new Sheet(sourceName, null, List.of(), List.of(), report, false);
    }
    List<Developer> developers = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (Row row = csv.next(); row != null; row = csv.next()) {
      developers.add(developer(csv.header(), row));
      rows.add(row);
    }
    return new Sheet(sourceName, csv.header(), developers, rows, report, csv.complete());
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

  /**
   * The developers of one file, in file order, each with the line it starts on; the report of
   * every problem; and the organisation they make when no error stands.
   */
  public static final class Sheet {
    private final String source;
    private final @Nullable Header<Column> header;
    private final List<Developer> developers;
    private final List<Row> rows;
    private final ValidationReport report;
    private final @Nullable Organisation organisation;

    private Sheet(String source, @Nullable Header<Column> header, List<Developer> developers, List<Row> rows,
        ValidationReport.Builder problems, boolean complete) {
      this.source = source;
      this.header = header;
      this.developers = List.copyOf(developers);
      this.rows = List.copyOf(rows);
      Organisation built = null;
      List<ValidationProblem> more = new ArrayList<>();
      // A file cut short by invalid CSV would report managers in its lost rows as unknown.
      if (header != null && complete) {
        try {
          built = Organisation.builder().developers(developers).build();
        } catch (InvalidOrganisationException e) {
          e.problems().forEach(problem -> more.add(locate(problem)));
        }
      }
      this.report = problems.build().with(more);
      this.organisation = report.hasErrors() ? null : built;
    }

    /** The file or stream name, as given to the reader. */
    public String source() {
      return source;
    }

    /** The developers, in file order: positions match an organisation built from them. */
    public List<Developer> developers() {
      return developers;
    }

    /** Every problem of the file and of the organisation its developers make, in file order. */
    public ValidationReport report() {
      return report;
    }

    /** The organisation of the developers; empty while the report has an error. */
    public Optional<Organisation> organisation() {
      return Optional.ofNullable(organisation);
    }

    /**
     * The 1-based line the developer at a position starts on.
     *
     * @throws IndexOutOfBoundsException if there is no developer at {@code index}
     */
    public long line(int index) {
      return rows.get(index).line();
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

    /**
     * A problem of an organisation built from {@link #developers()} in order, as a report line:
     * on the developer's line, in the {@code Email} cell for the developer's own email and in the
     * {@code Manager Email} cell for the manager codes, with the cell's value. A problem about a
     * membership, which is not in this file, has no line.
     *
     * @throws IndexOutOfBoundsException if the problem names a developer position this file does
     *     not have
     */
    public ValidationProblem locate(OrgProblem problem) {
      requireNonNull(problem, "problem");
      Code code = Code.valueOf(problem.code().name());
      if (problem.origin() == OrgProblem.Origin.MEMBERSHIP || header == null) {
        return new ValidationProblem(Severity.ERROR, code, 0, 0, "", problem.emails().get(0), problem.message());
      }
      Row row = rows.get(problem.index());
      boolean own = problem.code() == OrgProblem.Code.INVALID_EMAIL || problem.code() == OrgProblem.Code.DUPLICATE_EMAIL;
      Cell cell = header.cell(row, own ? Column.EMAIL : Column.MANAGER_EMAIL);
      return new ValidationProblem(Severity.ERROR, code, row.line(), cell.column(), cell.name(), cell.text(),
          problem.message());
    }

    @Override
    public String toString() {
      return source + " (" + developers.size() + (developers.size() == 1 ? " developer)" : " developers)");
    }
  }
}
