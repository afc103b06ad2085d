package io.github.devidentity.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.IdentityException;
import java.net.URI;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The page arithmetic and cursor of the paged sources. */
final class StepwiseSyncTest {
  private static final String ALPHABET = "aZ09 /+&=?%#ü-_.~$:";

  @Test
  void withParameter_replacesInPlaceOrAddsLast() {
    URI page = URI.create("https://x.example/users?startAt=0&maxResults=50");

    assertThat(StepwiseSync.withParameter(page, "startAt", "50"))
        .hasToString("https://x.example/users?startAt=50&maxResults=50");
    assertThat(StepwiseSync.withParameter(page, "continuationToken", "a b/c"))
        .hasToString("https://x.example/users?startAt=0&maxResults=50&continuationToken=a%20b%2Fc");
    assertThat(StepwiseSync.withParameter(URI.create("https://x.example/users"), "page", "2"))
        .hasToString("https://x.example/users?page=2");
  }

  static Stream<String> values() {
    SplittableRandom random = new SplittableRandom(20_261_107);
    return IntStream.range(0, 300).mapToObj(i -> {
      StringBuilder value = new StringBuilder();
      for (int n = random.nextInt(1, 12); n > 0; n--) {
        value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      return value.toString();
    });
  }

  @ParameterizedTest
  @MethodSource("values")
  void withParameter_readsBackWhatItSetAndKeepsTheOtherParameters(String value) {
    URI page = URI.create("https://x.example/a/b?api-version=7.1&$top=100&token=old");

    URI next = StepwiseSync.withParameter(page, "token", value);

    assertThat(StepwiseSync.parameter(next, "token")).isEqualTo(value);
    assertThat(StepwiseSync.parameter(next, "$top")).isEqualTo("100");
    assertThat(StepwiseSync.parameter(next, "api-version")).isEqualTo("7.1");
    assertThat(next.getRawPath()).isEqualTo("/a/b");
  }

  @Test
  void nextOffset_movesOnByAFullPageAndEndsOnAShortOne() {
    URI page = URI.create("https://x.example/c?$top=2");

    URI second = StepwiseSync.nextOffset(page, "$skip", 2, 2);

    assertThat(second).hasToString("https://x.example/c?$top=2&$skip=2");
    assertThat(StepwiseSync.nextOffset(second, "$skip", 2, 2)).hasToString("https://x.example/c?$top=2&$skip=4");
    assertThat(StepwiseSync.nextOffset(second, "$skip", 1, 2)).isNull();
  }

  @Test
  void join_dropsADoubledSlash() {
    assertThat(StepwiseSync.join(URI.create("https://x.example/jira/"), "/rest/api/2/search", "a=1"))
        .hasToString("https://x.example/jira/rest/api/2/search?a=1");
    assertThat(StepwiseSync.join(URI.create("https://x.example"), "/p", "")).hasToString("https://x.example/p");
  }

  @Test
  void position_readsBackWhatItWrote() {
    StepwiseSync.Position position = new StepwiseSync.Position(Instant.parse("2026-01-02T03:04:05Z"), 2,
        URI.create("https://x.example/c?page=3"), Instant.parse("2026-02-03T04:05:06Z"));

    assertThat(StepwiseSync.Position.parse("Tool", position.write())).isEqualTo(position);
    assertThat(position.resumed()).isTrue();
    assertThat(StepwiseSync.Position.parse("Tool", null)).satisfies(start -> {
      assertThat(start.resumed()).isFalse();
      assertThat(start.since()).isNull();
    });
    assertThat(new StepwiseSync.Position(null, 0, null, null).write()).isEqualTo("{\"step\":0}");
  }

  @Test
  void position_refusesACursorItDidNotWrite() {
    assertThatThrownBy(() -> StepwiseSync.Position.parse("Harness Code", "[1]"))
        .isInstanceOf(IdentityException.class)
        .hasMessage("the Harness Code cursor \"[1]\" is not one this source wrote; start a full sync with no cursor");
    assertThatThrownBy(() -> StepwiseSync.Position.parse("Harness Code", "{\"since\": \"yesterday\"}"))
        .hasMessageContaining("is not one this source wrote");
  }

  @Test
  void hosted_refusesABaseUrlWithoutAHost() {
    assertThatThrownBy(() -> StepwiseSync.hosted(URI.create("jira.acme.example"), "Jira Data Center", "https://jira.acme.example"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the Jira Data Center base URL jira.acme.example has no host; expected e.g. https://jira.acme.example");
  }
}
