package io.github.devidentity.csv;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.csv.ValidationProblem.Code;
import io.github.devidentity.csv.ValidationProblem.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every problem found in one file, errors and warnings, in file order: the whole answer to "what
 * is wrong with this file", so a person can fix it in one pass. While any {@link #errors() error}
 * stands, nothing from the file is applied.
 *
 * <pre>{@code
 * CloudIdFile file = CloudIdsCsv.read(Path.of("cloud-ids.csv"));
 * if (file.report().hasErrors()) {
 *   System.err.print(file.report());   // one line per problem
 * }
 * }</pre>
 */
public final class ValidationReport {
  private static final Comparator<ValidationProblem> ORDER =
      Comparator.comparingLong((ValidationProblem problem) -> problem.line() == 0 ? Long.MAX_VALUE : problem.line())
          .thenComparingLong(ValidationProblem::column)
          .thenComparing(ValidationProblem::severity)
          .thenComparing(ValidationProblem::code);

  private final String source;
  private final List<ValidationProblem> problems;

  private ValidationReport(String source, List<ValidationProblem> problems) {
    this.source = source;
    List<ValidationProblem> sorted = new ArrayList<>(problems);
    sorted.sort(ORDER);
    this.problems = List.copyOf(sorted);
  }

  /** A report of these problems, in any order, about a file. */
  static ValidationReport of(String source, List<ValidationProblem> problems) {
    requireNonNull(source, "source");
    requireNonNull(problems, "problems");
    problems.forEach(problem -> requireNonNull(problem, "problem"));
    return new ValidationReport(source, problems);
  }

  /** The file or stream name, as given to the reader. */
  public String source() {
    return source;
  }

  /**
   * Every problem, by line (problems without a line last), then column, errors before warnings,
   * then code.
   */
  public List<ValidationProblem> problems() {
    return problems;
  }

  /** The errors, in {@link #problems()} order. */
  public List<ValidationProblem> errors() {
    return problems.stream().filter(ValidationProblem::isError).toList();
  }

  /** The warnings, in {@link #problems()} order. */
  public List<ValidationProblem> warnings() {
    return problems.stream().filter(problem -> !problem.isError()).toList();
  }

  /** Whether any error stands. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(ValidationProblem::isError);
  }

  /** This report with more problems, such as those found once the file's rows were used. */
  ValidationReport with(List<ValidationProblem> more) {
    requireNonNull(more, "more");
    List<ValidationProblem> all = new ArrayList<>(problems);
    all.addAll(more);
    return of(source, all);
  }

  /** One line per problem, each ending in a line break; empty without problems. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    problems.forEach(problem -> text.append(problem).append('\n'));
    return text.toString();
  }

  /** Collects problems while a file is read. */
  static final class Builder {
    private final String source;
    private final List<ValidationProblem> problems = new ArrayList<>();

    Builder(String source) {
      this.source = source;
    }

    String source() {
      return source;
    }

    Builder error(Code code, long line, long column, String field, String value, String message) {
      problems.add(new ValidationProblem(Severity.ERROR, code, line, column, field, value, message));
      return this;
    }

    Builder warning(Code code, long line, long column, String field, String value, String message) {
      problems.add(new ValidationProblem(Severity.WARNING, code, line, column, field, value, message));
      return this;
    }

    ValidationReport build() {
      return new ValidationReport(source, problems);
    }
  }
}
