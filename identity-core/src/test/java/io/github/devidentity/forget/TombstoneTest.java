package io.github.devidentity.forget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TombstoneTest {
  static final String HEX = "0123456789abcdef".repeat(4);
  private static final Instant AT = Instant.parse("2026-10-01T09:00:00Z");

  @Test
  void hash_lowerCasesHexadecimalDigits() {
    assertThat(new Tombstone.Hash(Tombstone.Kind.EMAIL, " " + HEX.toUpperCase() + " ").value()).isEqualTo(HEX);
  }

  @Test
  void hash_rejectsAWrongLength() {
    assertThatThrownBy(() -> new Tombstone.Hash(Tombstone.Kind.EMAIL, "abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hash \"abc\" is 3 characters long; expected 64 hexadecimal digits (a salted SHA-256)");
  }

  @Test
  void hash_rejectsADigitThatIsNotHexadecimal() {
    assertThatThrownBy(() -> new Tombstone.Hash(Tombstone.Kind.EMAIL, "g" + HEX.substring(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hash \"g" + HEX.substring(1) + "\" holds 'g' at position 1; expected only hexadecimal "
            + "digits 0-9 and a-f");
  }

  @ParameterizedTest
  @CsvSource({"email, EMAIL", " Account-Id , ACCOUNT_ID", "RECORD_ID, RECORD_ID", "contributor_id, CONTRIBUTOR_ID"})
  void kind_parsesIgnoringCaseAndDashes(String text, Tombstone.Kind expected) {
    assertThat(Tombstone.Kind.parse(text)).isEqualTo(expected);
  }

  @Test
  void kind_parseListsTheKinds() {
    assertThatThrownBy(() -> Tombstone.Kind.parse("name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"name\" is not a tombstone hash kind; expected one of RECORD_ID, ACCOUNT_ID, LOGIN, EMAIL, "
            + "CONTRIBUTOR_ID");
  }

  @Test
  void tombstone_sortsItsHashesByKindThenValue() {
    Tombstone.Hash email = new Tombstone.Hash(Tombstone.Kind.EMAIL, HEX);
    Tombstone.Hash record = new Tombstone.Hash(Tombstone.Kind.RECORD_ID, "f" + HEX.substring(1));
    Tombstone.Hash record2 = new Tombstone.Hash(Tombstone.Kind.RECORD_ID, HEX);

    Tombstone tombstone = new Tombstone(" t-1 ", AT, Set.of(email, record, record2));

    assertThat(tombstone.id()).isEqualTo("t-1");
    assertThat(tombstone.hashes()).containsExactly(record2, record, email);
  }

  @Test
  void tombstone_rejectsAnIdWithWhitespace() {
    assertThatThrownBy(() -> new Tombstone("t 1", AT, Set.of(new Tombstone.Hash(Tombstone.Kind.EMAIL, HEX))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tombstone id \"t 1\" is blank or holds whitespace; expected an id such as t-3f2a9c0d1e4b5a69");
  }

  @Test
  void tombstone_rejectsNoHashes() {
    assertThatThrownBy(() -> new Tombstone("t-1", AT, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tombstone t-1 holds no hash; a tombstone needs at least one");
  }

  @Test
  void values_compareByContentAndRejectNulls() {
    Tombstone.Hash hash = new Tombstone.Hash(Tombstone.Kind.EMAIL, HEX);
    new EqualsTester()
        .addEqualityGroup(new Tombstone("t-1", AT, Set.of(hash)), new Tombstone("t-1", AT, Set.of(hash)))
        .addEqualityGroup(new Tombstone("t-2", AT, Set.of(hash)))
        .addEqualityGroup(new Tombstone("t-1", AT.plusSeconds(1), Set.of(hash)))
        .addEqualityGroup(new Tombstone("t-1", AT, Set.of(new Tombstone.Hash(Tombstone.Kind.LOGIN, HEX))))
        .testEquals();
    NullPointerTester nulls = new NullPointerTester().setDefault(String.class, HEX).setDefault(Set.class, Set.of(hash));
    nulls.testAllPublicConstructors(Tombstone.class);
    nulls.testAllPublicConstructors(Tombstone.Hash.class);
  }
}
