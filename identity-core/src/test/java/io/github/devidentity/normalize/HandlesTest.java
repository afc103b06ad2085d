package io.github.devidentity.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.normalize.Handles.Handle;
import io.github.devidentity.normalize.Handles.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class HandlesTest {
  private static NormalizedRecord git(String name, String email) {
    return NormalizedRecord.of(IdentityRecord.builder(RecordId.of("r"), Integration.of(IntegrationType.GIT))
        .displayName(name).email(email).build());
  }

  private static java.util.List<String> values(NormalizedRecord record) {
    return record.handles().stream().map(Handle::value).distinct().collect(java.util.stream.Collectors.toList());
  }

  @Test
  void of_collectsLoginsLocalPartsAndHandleLikeNames() {
    assertThat(git("rgommers", "ralf.gommers+lists@googlemail.com").handles()).containsExactly(
        new Handle("ralfgommers", Source.LOCAL_PART, false),
        new Handle("rgommers", Source.NAME, false));
    assertThat(git("Mona", "12345+monalisa@users.noreply.github.com").handles())
        .containsExactly(new Handle("monalisa", Source.LOGIN, false), new Handle("mona", Source.GIVEN_NAME, false));
  }

  @Test
  void of_alsoTriesHandlesWithoutTrailingNumber() {
    assertThat(git("gfyoung17", "x@example.org").handles())
        .contains(new Handle("gfyoung17", Source.NAME, false), new Handle("gfyoung", Source.NAME, true));
    assertThat(values(git("ab12", "x@example.org"))).containsExactly("ab12");
  }

  @Test
  void of_skipsPlaceholderMailboxesAndShortHandles() {
    assertThat(values(git("", "root@localhost"))).isEmpty();
    assertThat(values(git("", "al@example.org"))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"Ayush, true", "Elad, true", "Maldoalberto, false", "Christopher, true", "rgommers, false",
      "CloseChoice, false", "Bharat123Rox, false"})
  void looksLikeGivenName_tellsNamesFromHandles(String word, boolean given) {
    assertThat(Handles.looksLikeGivenName(word)).isEqualTo(given);
  }

  @Test
  void isDistinctive_rejectsGivenNamesRoleWordsAndShortHandles() {
    assertThat(Handles.isDistinctive("rgommers")).isTrue();
    assertThat(Handles.isDistinctive("daniel")).isFalse();
    assertThat(Handles.isDistinctive("contact")).isFalse();
    assertThat(Handles.isDistinctive("abcd")).isFalse();
  }

  @Test
  void derive_buildsTheUsualLoginPatterns() {
    Handles.Derived derived = Handles.derive(Names.normalize("Brian E. Granger"));

    assertThat(derived.exact()).contains("briangranger", "bgranger", "grangerbrian", "grangerb", "begranger");
    assertThat(derived.weak()).containsExactly("briang");
    assertThat(derived.prefixes()).contains("bgrange", "briangra").doesNotContain("brian", "brianr");
  }

  @Test
  void derive_usesNicknamesAndSkipsNonNames() {
    assertThat(Handles.derive(Names.normalize("Jeffrey Yancey")).exact()).contains("jeffyancey");
    assertThat(Handles.derive(Names.normalize("Daniel")).exact()).isEmpty();
    assertThat(Handles.derive(Names.normalize("ashutosh619-sudo")).exact()).isEmpty();
  }

  @Test
  void nameInLocalPart_readsDottedNames() {
    assertThat(Handles.nameInLocalPart(Emails.normalize("erik.m.bray@example.org")).map(PersonName::key))
        .hasValue("erik m bray");
    assertThat(Handles.nameInLocalPart(Emails.normalize("erik@example.org"))).isEmpty();
    assertThat(Handles.nameInLocalPart(Emails.normalize("github.com@example.org"))).isEmpty();
    assertThat(Handles.nameInHandle("woodsp-ibm")).isEmpty();
    assertThat(Handles.nameInHandle("akshat_jain").map(PersonName::key)).hasValue("akshat jain");
  }
}
