package io.github.devidentity.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class InventedSurnamesTest {

  @Test
  void folded_givesDistinctNamesOutsideThePools() {
    InventedSurnames names = new InventedSurnames(12345);
    Set<String> seen = new HashSet<>();
    Set<String> families = NamePools.foldedFamilies();

    for (long n = 0; n < 500_000; n++) {
      String name = names.folded(n);
      if (!seen.add(name) || families.contains(name)) {
        throw new AssertionError("name " + n + ", " + name + ", is not new or is a pool name");
      }
    }
  }

  static Stream<Long> numbers() {
    SplittableRandom random = new SplittableRandom(7);
    return Stream.generate(() -> random.nextLong(1L << 40)).limit(300);
  }

  @ParameterizedTest
  @MethodSource("numbers")
  void folded_readsBackAsAnInventedName(long n) {
    String name = new InventedSurnames(n * 31).folded(n);

    assertThat(name).matches("[a-z]{4,}");
    assertThat(InventedSurnames.number(name)).isNotNegative();
  }

  @Test
  void number_rejectsWhatIsNotInvented() {
    assertThat(InventedSurnames.number("smith")).isNegative();
    assertThat(InventedSurnames.number("ba")).isNegative();
    assertThat(InventedSurnames.number("tanaka")).isNotNegative();
  }

  @Test
  void folded_neverEqualsAPoolNameBehindAGivenNameOrInitial() {
    InventedSurnames names = new InventedSurnames(0);
    Set<String> forbidden = new HashSet<>();
    for (String family : NamePools.FAMILY_FOLD) {
      for (char c = 'a'; c <= 'z'; c++) {
        forbidden.add(c + family);
      }
      for (String given : NamePools.GIVEN_FOLD) {
        forbidden.add(given + family);
      }
    }

    for (long n = 0; n < 300_000; n++) {
      String name = names.folded(n);
      if (forbidden.contains(name)) {
        throw new AssertionError("name " + n + ", " + name + ", reads as a pool name behind a given name or initial");
      }
    }
  }
}
