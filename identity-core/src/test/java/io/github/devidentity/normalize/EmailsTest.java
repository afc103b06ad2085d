package io.github.devidentity.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.normalize.EmailAddress.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

final class EmailsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Ada@Example.ORG|ada@example.org",
    "'  ada@example.org  '|ada@example.org",
    "mailto:ada@example.org|ada@example.org",
    "MAILTO:Ada@Example.org|ada@example.org",
    "<ada@example.org>|ada@example.org",
    "Ada Lovelace <ada@example.org>|ada@example.org",
    "\"ada@example.org\"|ada@example.org",
    "<mailto:ADA@example.org>|ada@example.org",
  })
  void normalize_unwrapsAndLowerCases(String raw, String expected) {
    EmailAddress email = Emails.normalize(raw);

    assertThat(email.normalized()).isEqualTo(expected);
    assertThat(email.status()).isEqualTo(Status.VALID);
    assertThat(email.raw()).isEqualTo(raw);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "ada(at)example.org",
    "ada@",
    "@example.org",
    "ada@@example.org",
    "ada@exa@mple.org",
    "ada @example.org",
    "ada lovelace",
  })
  void normalize_flagsInvalidAddressesWithoutDroppingThem(String raw) {
    EmailAddress email = Emails.normalize(raw);

    assertThat(email.status()).isEqualTo(Status.INVALID);
    assertThat(email.isLinkable()).isFalse();
    assertThat(email.raw()).isEqualTo(raw);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "root@localhost",
    "none@none",
    "noreply@github.com",
    "NoReply@GitHub.com",
    "karan@karan-laptop.(none)",
    "markus@AVA-351181.(none)",
    "?@?",
    "devnull@localhost",
    "unknown@example.org",
    "jdoe@host.localdomain",
    "nobody@nowhere",
  })
  void normalize_marksPlaceholders(String raw) {
    EmailAddress email = Emails.normalize(raw);

    assertThat(email.status()).isEqualTo(Status.PLACEHOLDER);
    assertThat(email.isLinkable()).isFalse();
  }

  @Test
  void normalize_recoversAnAddressAfterAName() {
    EmailAddress email = Emails.normalize("Daniel Müllner muellner@math.stanford.edu");

    assertThat(email.normalized()).isEqualTo("muellner@math.stanford.edu");
    assertThat(email.status()).isEqualTo(Status.VALID);
    assertThat(email.raw()).isEqualTo("Daniel Müllner muellner@math.stanford.edu");
  }

  @Test
  void normalize_emptyIsPlaceholder() {
    assertThat(Emails.normalize("   ").status()).isEqualTo(Status.PLACEHOLDER);
  }

  @Test
  void normalize_gitHubNoreplyWithIdYieldsLoginAndId() {
    EmailAddress email = Emails.normalize("12345+OctoCat@users.noreply.github.com");

    assertThat(email.isLinkable()).isTrue();
    assertThat(email.noreplyAddress()).hasValue(new NoreplyAddress("github.com", "octocat", "12345"));
  }

  @Test
  void normalize_oldGitHubNoreplyYieldsLoginOnly() {
    assertThat(Emails.normalize("octocat@users.noreply.github.com").noreplyAddress())
        .hasValue(new NoreplyAddress("github.com", "octocat", null));
  }

  @Test
  void normalize_gitLabNoreplyYieldsLoginAndId() {
    assertThat(Emails.normalize("123-jane-doe@users.noreply.gitlab.com").noreplyAddress())
        .hasValue(new NoreplyAddress("gitlab.com", "jane-doe", "123"));
  }

  @Test
  void normalize_malformedNoreplyLoginNamesNobody() {
    assertThat(Emails.normalize("ab+c@users.noreply.github.com").noreplyAddress()).isEmpty();
    assertThat(Emails.normalize("export W5430404+lphuc2250gma@users.noreply.github.com").noreplyAddress()).isEmpty();
  }

  @Test
  void normalize_botNoreplyKeepsBotSuffix() {
    assertThat(Emails.normalize("49699333+dependabot[bot]@users.noreply.github.com").noreplyAddress())
        .hasValue(new NoreplyAddress("github.com", "dependabot[bot]", "49699333"));
  }

  @Test
  void normalize_ordinaryAddressHasNoNoreply() {
    assertThat(Emails.normalize("ada@example.org").noreplyAddress()).isEmpty();
  }

  @Test
  void localPartAndDomain_splitAtTheAt() {
    EmailAddress email = Emails.normalize("Ada.L@Example.org");

    assertThat(email.localPart()).isEqualTo("ada.l");
    assertThat(email.domain()).isEqualTo("example.org");
  }
}
