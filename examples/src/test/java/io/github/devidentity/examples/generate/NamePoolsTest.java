package io.github.devidentity.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class NamePoolsTest {

  @Test
  void pools_areLargeAndFromSeveralCultures() {
    assertThat(NamePools.GIVEN).hasSizeGreaterThanOrEqualTo(150);
    assertThat(NamePools.FAMILY).hasSizeGreaterThanOrEqualTo(200);
    assertThat(NamePools.GIVEN_OF_CULTURE.length).isGreaterThanOrEqualTo(10);
    String all = String.join(" ", NamePools.GIVEN) + " " + String.join(" ", NamePools.FAMILY);
    for (String letter : List.of("é", "ü", "ø", "ñ", "ç", "Ł")) {
      assertThat(all).contains(letter);
    }
  }

  @Test
  void folded_isUniqueWithinEachPoolAndPlainLetters() {
    assertThat(new HashSet<>(List.of(NamePools.GIVEN_FOLD))).hasSameSizeAs(NamePools.GIVEN_FOLD);
    assertThat(new HashSet<>(List.of(NamePools.FAMILY_FOLD))).hasSameSizeAs(NamePools.FAMILY_FOLD);
    for (String folded : concat(NamePools.GIVEN_FOLD, NamePools.FAMILY_FOLD)) {
      assertThat(folded).matches("[a-z]{2,}");
    }
  }

  @Test
  void ascii_dropsAccentsAndSpecialLetters() {
    assertThat(NamePools.ascii("José Müller")).isEqualTo("Jose Muller");
    assertThat(NamePools.ascii("Łukasz Søren Weiß Đặng Yılmaz")).isEqualTo("Lukasz Soren Weiss Dang Yilmaz");
    assertThat(NamePools.fold("O'Brien")).isEqualTo("obrien");
    assertThat(NamePools.fold("van den Berg")).isEqualTo("vandenberg");
  }

  /**
   * Handles of the form given name + family name + number must never read as initial + another
   * family name + number, or as another given + family pair, or two people would share one.
   */
  @Test
  void handles_ofDifferentPoolNamesNeverCoincide() {
    Set<String> families = NamePools.foldedFamilies();
    Map<String, String> concatenations = new HashMap<>();
    for (String given : NamePools.GIVEN_FOLD) {
      for (String family : NamePools.FAMILY_FOLD) {
        String both = given + family;
        assertThat(concatenations.putIfAbsent(both, given + " " + family))
            .as("%s %s reads as %s", given, family, concatenations.get(both)).isNull();
        assertThat(families.contains(given.substring(1) + family)).as("%s + %s", given, family).isFalse();
      }
    }
    for (String adjective : NamePools.HANDLE_ADJECTIVES) {
      for (String noun : NamePools.HANDLE_NOUNS) {
        String word = adjective + noun;
        assertThat(concatenations).doesNotContainKey(word);
        assertThat(families).doesNotContain(word.substring(1));
        assertThat(InventedSurnames.number(word)).as(word).isNegative();
      }
    }
  }

  @Test
  void common_namesAreInThePools() {
    assertThat(Arrays.stream(NamePools.COMMON).map(pair -> NamePools.GIVEN[pair[0]] + " " + NamePools.FAMILY[pair[1]]))
        .contains("John Smith", "Wei Zhang");
  }

  private static List<String> concat(String[] a, String[] b) {
    List<String> all = new java.util.ArrayList<>(List.of(a));
    all.addAll(List.of(b));
    return all;
  }
}
