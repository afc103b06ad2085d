package io.github.devidentity.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.csv.CsvProblem.Code;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CsvReportTest {
  private static final CsvProblem LATE = CsvProblem.error(Code.INVALID_EMAIL, 7, 2, "Email", "x", "\"x\" is bad");
  private static final CsvProblem EARLY = CsvProblem.warning(Code.SPACES_TRIMMED, 3, 1, "Full_Name", " a", "trimmed");
  private static final CsvProblem FILE = CsvProblem.error(Code.EMPTY_CSV, 0, 0, "", "", "the file is empty");

  @Test
  void problems_areInFileOrder() {
    CsvReport report = CsvReport.of("f.csv", List.of(LATE, EARLY, FILE));

    assertThat(report.problems()).containsExactly(FILE, EARLY, LATE);
    assertThat(report.errors()).containsExactly(FILE, LATE);
    assertThat(report.warnings()).containsExactly(EARLY);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.summary()).isEqualTo("f.csv: 2 errors, 1 warning");
  }

  @Test
  void toText_isOneLinePerProblem() {
    assertThat(CsvReport.of("f.csv", List.of(LATE, EARLY, FILE)).toText()).isEqualTo(String.join("\n",
        "ERROR EMPTY_CSV: the file is empty",
        "line 3, column 1: WARNING SPACES_TRIMMED: trimmed",
        "line 7, column 2: ERROR INVALID_EMAIL: \"x\" is bad",
        ""));
  }

  @Test
  void toJson_escapesEverythingAParserCares() {
    CsvProblem odd = CsvProblem.error(Code.INVALID_CSV, 2, 3, "Na\"me", "a\\b\n\t\u0001\uD800😀", "m");

    assertThat(CsvReport.of("dir\\f.csv", List.of(odd)).toJson()).isEqualTo(
        "{\"source\":\"dir\\\\f.csv\",\"errors\":1,\"warnings\":0,\"unlisted\":0,\"problems\":[{\"line\":2,"
            + "\"column\":3,\"severity\":\"ERROR\",\"code\":\"INVALID_CSV\",\"field\":\"Na\\\"me\","
            + "\"value\":\"a\\\\b\\n\\t\\u0001\\ud800😀\",\"message\":\"m\"}]}");
  }

  @Test
  void builder_listsAtMostAThousandOfACodeButCountsAll() {
    CsvReport.Builder builder = CsvReport.builder("big.csv");
    for (int line = 2; line < 2 + 1500; line++) {
      builder.add(CsvProblem.error(Code.INVALID_EMAIL, line, 2, "Email", "x", "bad"));
    }
    builder.add(EARLY);

    CsvReport report = builder.build();

    assertThat(report.problems()).hasSize(1001);
    assertThat(report.errorCount()).isEqualTo(1500);
    assertThat(report.unlisted()).isEqualTo(500);
    assertThat(report.toText()).endsWith(
        "500 more problems are not listed; at most 1,000 of each code are\n");
    assertThat(report.toJson()).contains("\"errors\":1500,\"warnings\":1,\"unlisted\":500");
  }

  @Test
  void with_addsTheOtherReportsProblemsOfTheSameSource() {
    CsvReport joined = CsvReport.of("f.csv", List.of(LATE)).with(CsvReport.of("f.csv", List.of(EARLY)));

    assertThat(joined.problems()).containsExactly(EARLY, LATE);
    assertThatThrownBy(() -> joined.with(CsvReport.of("g.csv", List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot join the report of g.csv to the report of f.csv");
  }

  @Test
  void problem_rejectsNegativePlacesAndBlankMessages() {
    assertThatThrownBy(() -> CsvProblem.error(Code.INVALID_CSV, -1, 0, "", "", "m"))
        .hasMessage("line is -1; expected 0 or more");
    assertThatThrownBy(() -> CsvProblem.error(Code.INVALID_CSV, 1, -2, "", "", "m"))
        .hasMessage("column is -2; expected 0 or more");
    assertThatThrownBy(() -> CsvProblem.error(Code.INVALID_CSV, 1, 1, "", "", " "))
        .hasMessage("message is blank; say what is wrong");
  }
}
