package io.github.devidentity.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class GivenNamesTest {

  @ParameterizedTest
  @CsvSource({
    "matt, matthew, true", "matthew, matt, true", "alex, alexander, true", "e, erik, true",
    "arthur, artur, true", "jon, jonathan, true", "andrew, abigail, false", "ada, grace, false",
    "e, grace, false", "li, lin, false",
  })
  void compatible_acceptsNicknamesPrefixesInitialsAndTypos(String a, String b, boolean expected) {
    assertThat(GivenNames.compatible(a, b)).isEqualTo(expected);
  }

  @Test
  void variants_goBothWays() {
    assertThat(GivenNames.variants("jeffrey")).contains("jeff");
    assertThat(GivenNames.variants("jeff")).contains("jeffrey", "jeffery");
    assertThat(GivenNames.isCommon("daniel")).isTrue();
    assertThat(GivenNames.isCommon("rgommers")).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"homier, homeier, 1, true", "homeir, homeier, 1, true", "toews, taves, 2, false",
      "toews, taves, 3, true", "ab, ba, 1, true", "abc, abc, 0, true", "abc, abcdef, 2, false"})
  void editDistance_isBounded(String a, String b, int bound, boolean expected) {
    assertThat(EditDistance.atMost(a, b, bound)).isEqualTo(expected);
  }
}
