package io.github.devidentity.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.cloudid.CloudIdProblem;
import io.github.devidentity.csv.ValidationProblem.Code;
import io.github.devidentity.csv.ValidationProblem.Severity;
import io.github.devidentity.org.OrgProblem;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class ValidationReportTest {

  private static ValidationProblem problem(Severity severity, Code code, long line, long column) {
    return new ValidationProblem(severity, code, line, column, "", "", code.name().toLowerCase(Locale.ROOT));
  }

  @Test
  void problems_areInFileOrder_errorsBeforeWarnings_andThoseWithoutALineLast() {
    ValidationReport report = ValidationReport.of("ids.csv", List.of(
        problem(Severity.WARNING, Code.UNKNOWN_COLUMN, 1, 4),
        problem(Severity.ERROR, Code.UNKNOWN_DEVELOPER, 0, 0),
        problem(Severity.ERROR, Code.UNKNOWN_EMAIL, 3, 1),
        problem(Severity.ERROR, Code.INVALID_EMAIL, 2, 1),
        problem(Severity.ERROR, Code.DUPLICATE_COLUMN, 1, 4)));

    assertThat(report.problems()).extracting(ValidationProblem::code).containsExactly(Code.DUPLICATE_COLUMN,
        Code.UNKNOWN_COLUMN, Code.INVALID_EMAIL, Code.UNKNOWN_EMAIL, Code.UNKNOWN_DEVELOPER);
    assertThat(report.errors()).hasSize(4);
    assertThat(report.warnings()).extracting(ValidationProblem::code).containsExactly(Code.UNKNOWN_COLUMN);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.source()).isEqualTo("ids.csv");
  }

  @Test
  void report_withWarningsOnly_hasNoErrors() {
    ValidationReport report = ValidationReport.of("ids.csv", List.of(problem(Severity.WARNING, Code.UNKNOWN_FIELD, 2, 3)));

    assertThat(report.hasErrors()).isFalse();
    assertThat(report.errors()).isEmpty();
    assertThat(ValidationReport.of("ids.csv", List.of())).hasToString("");
  }

  @Test
  void toString_isOneLinePerProblem_leavingOutWhatIsUnknown() {
    ValidationReport report = ValidationReport.of("ids.json", List.of(
        new ValidationProblem(Severity.ERROR, Code.INVALID_EMAIL, 3, 14, "[1].email", "ada(at)x", "\"ada(at)x\" is not"),
        new ValidationProblem(Severity.ERROR, Code.INVALID_CSV, 7, 0, "", "", "no closing quote"),
        new ValidationProblem(Severity.WARNING, Code.MAPPED_COLUMN_MISSING, 1, 0, "Office", "", "no Office"),
        new ValidationProblem(Severity.ERROR, Code.EMPTY_CSV, 0, 0, "", "", "the file is empty"),
        new ValidationProblem(Severity.ERROR, Code.UNKNOWN_DEVELOPER, 0, 0, "membership", "", "zed")));

    assertThat(report).hasToString(String.join("\n",
        "line 1 (Office): warning MAPPED_COLUMN_MISSING: no Office",
        "line 3, column 14 ([1].email): error INVALID_EMAIL: \"ada(at)x\" is not",
        "line 7: error INVALID_CSV: no closing quote",
        "error EMPTY_CSV: the file is empty",
        "(membership): error UNKNOWN_DEVELOPER: zed",
        ""));
  }

  @Test
  void problem_negativeLineOrColumn_isRejected() {
    assertThatThrownBy(() -> problem(Severity.ERROR, Code.INVALID_CSV, -1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line -1, column 0; expected 0 or more");
  }

  static Stream<String> coreCodes() {
    return Stream.concat(Arrays.stream(OrgProblem.Code.values()).map(Enum::name),
        Arrays.stream(CloudIdProblem.Code.values()).map(Enum::name));
  }

  @ParameterizedTest
  @MethodSource("coreCodes")
  void code_existsForEveryOrganisationAndCloudIdCode(String name) {
    assertThat(Code.valueOf(name).name()).isEqualTo(name);
  }
}
