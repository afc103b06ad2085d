package io.github.devidentity.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class NameRelationTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Erik M. Bray|Erik Bray|SAME",
    "Hrisca Daniel (uidn3651)|Daniel Hrisca|SAME",
    "SUTTON Jonathan [fcs]|Jonathan Sutton|SAME",
    "Matt Ord|Matthew Ord|VARIANT",
    "Arthur Svistunov|Artur Svistunov|VARIANT",
    "Derek Homier|Derek Homeier|VARIANT",
    "Nathan Woods|Charles Nathan Woods|VARIANT",
    "Praneeth Ratna|Mamidi Ratna Praneeth|VARIANT",
    "E. Madison Bray|Erik Bray|INITIAL",
    "Andrew Cross|Abigail Cross|CONFLICT",
    "Markus Meister|Markus Mohrhard|CONFLICT",
    "Ada Lovelace|Grace Hopper|CONFLICT",
    "Daniel|Daniel Hrisca|UNKNOWN",
    "ashutosh619-sudo|Ashutosh Singh|UNKNOWN",
  })
  void of_relatesTwoNames(String a, String b, NameRelation expected) {
    assertThat(NameRelation.of(Names.normalize(a), Names.normalize(b))).isEqualTo(expected);
    assertThat(NameRelation.of(Names.normalize(b), Names.normalize(a))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Mike Toews|Mike Taves|false",
    "Luke Peterson|Dale Lukas Peterson|true",
    "Ada Lovelace|Grace Hopper|true",
    "Ben Root|Benjamin Root|false",
    "Lev Abalkin|Alexander Belopolsky|true",
  })
  void contradicts_isLenientAboutSurnames(String a, String b, boolean expected) {
    assertThat(NameRelation.contradicts(Names.normalize(a), Names.normalize(b))).isEqualTo(expected);
  }
}
