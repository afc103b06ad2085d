package io.github.devidentity.csv;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every problem found in one CSV file, in file order: the errors that block it and the warnings
 * worth knowing. Nothing from a file is applied while {@link #hasErrors()}.
 *
 * <p>Problems are sorted by line, then column, then the order they were found. A report keeps at
 * most {@value #LISTED_PER_CODE} problems of each code, so a million bad rows do not fill the
 * memory; the counts always cover every problem, and {@link #toText()} says how many were left
 * unlisted.
 *
 * <pre>{@code
 * CsvReport report = ContributorsCsv.validate(Path.of("contributors.csv"));
 * if (report.hasErrors()) {
 *   System.err.print(report.toText());
 * }
 * }</pre>
 */
public final class CsvReport {
  /** The most problems of one code a report lists. */
  public static final int LISTED_PER_CODE = 1000;

  private static final Comparator<CsvProblem> FILE_ORDER =
      Comparator.comparingLong(CsvProblem::line).thenComparingLong(CsvProblem::column);

  private final String source;
  private final List<CsvProblem> problems;
  private final long errorCount;
  private final long warningCount;

  private CsvReport(String source, List<CsvProblem> problems, long errorCount, long warningCount) {
    this.source = source;
    List<CsvProblem> sorted = new ArrayList<>(problems);
    sorted.sort(FILE_ORDER);
    this.problems = List.copyOf(sorted);
    this.errorCount = errorCount;
    this.warningCount = warningCount;
  }

  /**
   * A report of these problems, all listed.
   *
   * @param source the file or stream the problems are in, as messages name it
   * @param problems the problems, in any order
   */
  public static CsvReport of(String source, Collection<CsvProblem> problems) {
    requireNonNull(source, "source");
    Builder builder = new Builder(source, Integer.MAX_VALUE);
    problems.forEach(builder::add);
    return builder.build();
  }

  /** Starts a report that lists at most {@value #LISTED_PER_CODE} problems per code. */
  static Builder builder(String source) {
    return new Builder(requireNonNull(source, "source"), LISTED_PER_CODE);
  }

  /** The file or stream the report is about. */
  public String source() {
    return source;
  }

  /** The problems listed, in file order. */
  public List<CsvProblem> problems() {
    return problems;
  }

  /** The errors listed, in file order. */
  public List<CsvProblem> errors() {
    return problems.stream().filter(CsvProblem::isError).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /** The warnings listed, in file order. */
  public List<CsvProblem> warnings() {
    return problems.stream().filter(p -> !p.isError()).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /** Whether any error stands, listed or not. */
  public boolean hasErrors() {
    return errorCount > 0;
  }

  /** How many errors were found, listed or not. */
  public long errorCount() {
    return errorCount;
  }

  /** How many warnings were found, listed or not. */
  public long warningCount() {
    return warningCount;
  }

  /** How many problems were found but not listed, beyond {@value #LISTED_PER_CODE} of a code. */
  public long unlisted() {
    return errorCount + warningCount - problems.size();
  }

  /**
   * This report with another's problems added, such as the problems a file has against the data
   * it is applied to.
   *
   * @throws IllegalArgumentException if the other report is about another source
   */
  public CsvReport with(CsvReport more) {
    if (!more.source.equals(source)) {
      throw new IllegalArgumentException(
          "cannot join the report of " + more.source + " to the report of " + source);
    }
    List<CsvProblem> all = new ArrayList<>(problems);
    all.addAll(more.problems);
    return new CsvReport(source, all, errorCount + more.errorCount, warningCount + more.warningCount);
  }

  /** One line: {@code contributors.csv: 2 errors, 1 warning}. */
  public String summary() {
    return source + ": " + count(errorCount, "error") + ", " + count(warningCount, "warning");
  }

  /**
   * One line per problem ({@link CsvProblem#toString()}: line, column, severity, code, message),
   * then a line saying how many were left unlisted, if any. Each line ends with {@code \n}; empty
   * when there is no problem.
   */
  public String toText() {
    StringBuilder text = new StringBuilder();
    problems.forEach(problem -> text.append(problem).append('\n'));
    if (unlisted() > 0) {
      text.append(String.format(Locale.ROOT, "%,d more problems are not listed; at most %,d of each code are",
          unlisted(), LISTED_PER_CODE)).append('\n');
    }
    return text.toString();
  }

  /**
   * The report as one JSON object: {@code {"source":…,"errors":2,"warnings":1,"unlisted":0,
   * "problems":[{"line":3,"column":2,"severity":"ERROR","code":"INVALID_EMAIL","field":"Email",
   * "value":"…","message":"…"}]}}, without spaces or line breaks.
   */
  public String toJson() {
    StringBuilder json = new StringBuilder();
    Json.object(json)
        .string("source", source)
        .number("errors", errorCount)
        .number("warnings", warningCount)
        .number("unlisted", unlisted())
        .array("problems", problems, (out, problem) -> Json.object(out)
            .number("line", problem.line())
            .number("column", problem.column())
            .string("severity", problem.severity().name())
            .string("code", problem.code().name())
            .string("field", problem.field())
            .string("value", problem.value())
            .string("message", problem.message())
            .end())
        .end();
    return json.toString();
  }

  @Override
  public String toString() {
    return summary();
  }

  /** {@code 1 error}, {@code 1,500 errors}: a count with its noun, plural unless one. */
  static String count(long n, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
  }

  /** Collects problems as a file is read, keeping a bounded number of each code. */
  static final class Builder {
    private final String source;
    private final int listedPerCode;
    private final List<CsvProblem> problems = new ArrayList<>();
    private final Map<CsvProblem.Code, Integer> listed = new EnumMap<>(CsvProblem.Code.class);
    private long errorCount;
    private long warningCount;

    private Builder(String source, int listedPerCode) {
      this.source = source;
      this.listedPerCode = listedPerCode;
    }

    /** The source the problems are in. */
    String source() {
      return source;
    }

    /** Adds a problem. */
    Builder add(CsvProblem problem) {
      requireNonNull(problem, "problem");
      if (problem.isError()) {
        errorCount++;
      } else {
        warningCount++;
      }
      if (listed.merge(problem.code(), 1, Integer::sum) <= listedPerCode) {
        problems.add(problem);
      }
      return this;
    }

    /** Whether an error was added. */
    boolean hasErrors() {
      return errorCount > 0;
    }

    CsvReport build() {
      return new CsvReport(source, problems, errorCount, warningCount);
    }
  }
}
