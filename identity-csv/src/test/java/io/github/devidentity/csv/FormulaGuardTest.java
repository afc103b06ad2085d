package io.github.devidentity.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

final class FormulaGuardTest {
  private static final String[] PIECES = {
    "=", "+", "-", "@", "\t", "\r", "\n", "'", "''", " ", "\u00A0", "\u2003", "a", "Ada", "1+2", "SUM(A1)", "\"",
    ",", ";", "李", "😀", "t Hooft", "\uFEFF",
  };

  static Stream<Long> seeds() {
    SplittableRandom root = new SplittableRandom(0xF0B3L);
    return IntStream.range(0, 500).mapToObj(i -> root.nextLong());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void restoreOfProtect_isTheValue(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder value = new StringBuilder();
    for (int i = random.nextInt(5); i > 0; i--) {
      value.append(PIECES[random.nextInt(PIECES.length)]);
    }

    String cell = FormulaGuard.protect(value.toString());

    assertThat(FormulaGuard.restore(cell)).isEqualTo(value.toString());
    assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
        .doesNotStartWith("\t").doesNotStartWith("\r");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "=1+2           | '=1+2",
    "+1 555 0100    | '+1 555 0100",
    "-              | '-",
    "@Grace         | '@Grace",
    "'t Hooft       | ''t Hooft",
    "Ada Lovelace   | Ada Lovelace",
    "`a=b`          | a=b",
    "`  padded`     | '  padded",
  })
  void protect_prefixesWhatASpreadsheetWouldRunOrTrim(String value, String cell) {
    assertThat(FormulaGuard.protect(value)).isEqualTo(cell);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "'=1+2          | =1+2",
    "'t Hooft       | 't Hooft",
    "''t Hooft      | 't Hooft",
    "`  Ada  `      | Ada",
    "`'  padded  `  | `  padded  `",
    "'              | '",
  })
  void restore_dropsTheGuardOrTrims(String cell, String value) {
    assertThat(FormulaGuard.restore(cell)).isEqualTo(value);
  }
}
