package io.github.devidentity.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class LicencePolicyTest {
  private static final Instant AS_OF = Instant.parse("2026-12-01T00:00:00Z");

  @Test
  void allContributors_hasNoWindow() {
    LicencePolicy policy = LicencePolicy.allContributors();

    assertThat(policy.activeWindow()).isEmpty();
    assertThat(policy.asOf()).isEmpty();
    assertThat(policy.windowStart()).isEmpty();
    assertThat(policy).hasToString("every contributor with a source-code-management identity");
  }

  @Test
  void activeWithin_setsTheWindowAndItsEnds() {
    LicencePolicy policy = LicencePolicy.builder().activeWithin(Duration.ofDays(30), AS_OF).build();

    assertThat(policy.activeWindow()).contains(Duration.ofDays(30));
    assertThat(policy.asOf()).contains(AS_OF);
    assertThat(policy.windowStart()).contains(Instant.parse("2026-11-01T00:00:00Z"));
    assertThat(policy).hasToString(
        "contributors active in source code management in the 30 days up to 2026-12-01T00:00:00Z");
    assertThat(LicencePolicy.builder().activeWithin(Duration.ofHours(36), AS_OF).build().toString())
        .contains("in the PT36H up to");
    assertThat(LicencePolicy.builder().activeWithin(Duration.ofDays(1), AS_OF).build().toString())
        .contains("in the 1 day up to");
  }

  @Test
  void activeWithin_zeroOrNegativeWindow_isRejected() {
    assertThatThrownBy(() -> LicencePolicy.builder().activeWithin(Duration.ZERO, AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("active window is PT0S; expected a positive duration such as Duration.ofDays(90)");
    assertThatThrownBy(() -> LicencePolicy.builder().activeWithin(Duration.ofDays(-1), AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("active window is PT-24H; expected a positive duration");
  }

  @Test
  void activeWithin_windowBeforeTheEarliestInstant_isRejected() {
    assertThatThrownBy(() -> LicencePolicy.builder().activeWithin(Duration.ofSeconds(Long.MAX_VALUE), AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("starts before the earliest instant; expected a shorter window");
  }

  @Test
  void toBuilder_anyActivity_dropsTheWindow() {
    LicencePolicy windowed = LicencePolicy.builder().activeWithin(Duration.ofDays(30), AS_OF).build();

    assertThat(windowed.toBuilder().build()).isEqualTo(windowed);
    assertThat(windowed.toBuilder().anyActivity().build()).isEqualTo(LicencePolicy.allContributors());
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(Duration.class, Duration.ofDays(1));
    tester.testAllPublicStaticMethods(LicencePolicy.class);
    tester.testAllPublicInstanceMethods(LicencePolicy.builder());
    tester.testAllPublicStaticMethods(LicenceCounter.class);
    tester.testAllPublicInstanceMethods(LicenceCounter.create());
  }

  @Test
  void policies_haveValueEquality() {
    new EqualsTester()
        .addEqualityGroup(LicencePolicy.allContributors(), LicencePolicy.builder().build())
        .addEqualityGroup(LicencePolicy.builder().activeWithin(Duration.ofDays(30), AS_OF).build(),
            LicencePolicy.builder().activeWithin(Duration.ofHours(720), AS_OF).build())
        .addEqualityGroup(LicencePolicy.builder().activeWithin(Duration.ofDays(90), AS_OF).build())
        .addEqualityGroup(LicencePolicy.builder().activeWithin(Duration.ofDays(30), AS_OF.plusSeconds(1)).build())
        .testEquals();
  }
}
