package io.github.devidentity.examples.generate;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class IdsTest {

  static Stream<String> texts() {
    SplittableRandom random = new SplittableRandom(3);
    return Stream.generate(() -> {
      char[] chars = new char[random.nextInt(60)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) (32 + random.nextInt(95));
      }
      return new String(chars);
    }).limit(300);
  }

  @ParameterizedTest
  @MethodSource("texts")
  void base64_matchesTheJdkWithoutPadding(String text) {
    StringBuilder out = new StringBuilder();

    Ids.base64(out, text);

    assertThat(out.toString()).isEqualTo(Base64.getEncoder().withoutPadding().encodeToString(text.getBytes(US_ASCII)));
  }

  @Test
  void mix32_isOneToOne() {
    Set<Integer> seen = new HashSet<>();
    IntStream.range(0, 1_000_000).forEach(i -> seen.add(Ids.mix32(i)));

    assertThat(seen).hasSize(1_000_000);
  }

  @Test
  void uuid_isVersionFourWithTheUniquePartLast() {
    StringBuilder out = new StringBuilder();

    Ids.uuid(out, new SplittableRandom(1), 0xabcdef01);

    assertThat(out.toString()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{4}abcdef01");
  }

  @Test
  void padded_fillsWithZeros() {
    StringBuilder out = new StringBuilder();

    Ids.padded(out, 42, 8);
    out.append(' ');
    Ids.padded(out, 123_456_789, 8);

    assertThat(out.toString()).isEqualTo("00000042 123456789");
  }
}
