package io.github.devidentity.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class NamesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "José Müller|jose muller",
    "Muller, Jose|jose muller",
    "  JOSE   MULLER |jose muller",
    "José-María Gómez|jose maria gomez",
    "Gómez, José-María|jose maria gomez",
    "Jörgen Straße|jorgen strasse",
    "JÃ¶rgen Stenarson|jorgen stenarson",
    "Søren Kierkegaard|soren kierkegaard",
    "Łukasz Żółw|lukasz zolw",
    "O'Brien, Conan|conan o brien",
    "Ｊｏｈｎ Ｄｏｅ|john doe",
    "Cédric Deltheil|cedric deltheil",
    "Martin Luther King, Jr|martin luther king jr",
    "jdfreder|jdfreder",
  })
  void normalize_foldsToComparableKey(String raw, String key) {
    assertThat(Names.normalize(raw).key()).isEqualTo(key);
  }

  @Test
  void normalize_nfdAndNfcGiveOneKey() {
    String nfc = "C\u00e9dric Deltheil";
    String nfd = "Ce\u0301dric Deltheil";

    assertThat(Names.normalize(nfd).key()).isEqualTo(Names.normalize(nfc).key());
  }

  @Test
  void normalize_keepsPartsAndRaw() {
    PersonName name = Names.normalize("Ada  Lovelace");

    assertThat(name.raw()).isEqualTo("Ada  Lovelace");
    assertThat(name.parts()).containsExactly("ada", "lovelace");
  }

  @Test
  void isFullName_needsTwoRealWords() {
    assertThat(Names.normalize("Ada Lovelace").isFullName()).isTrue();
    assertThat(Names.normalize("Daniel").isFullName()).isFalse();
    assertThat(Names.normalize("J. R.").isFullName()).isFalse();
    assertThat(Names.normalize("A. Lovelace").isFullName()).isFalse();
    assertThat(Names.normalize("Your Name").isFullName()).isFalse();
  }

  @Test
  void normalize_marksPlaceholders() {
    assertThat(Names.normalize("unknown").placeholder()).isTrue();
    assertThat(Names.normalize("  ROOT ").placeholder()).isTrue();
    assertThat(Names.normalize("").placeholder()).isTrue();
    assertThat(Names.normalize("(no author)").placeholder()).isTrue();
    assertThat(Names.normalize("Ada Lovelace").placeholder()).isFalse();
  }

  @Test
  void repairMojibake_leavesGenuineLatin1Alone() {
    assertThat(Names.repairMojibake("Ã la carte")).isEqualTo("Ã la carte");
    assertThat(Names.repairMojibake("Jörgen")).isEqualTo("Jörgen");
  }
}
