package io.github.devidentity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class IdentityRecordTest {
  private static final Integration GITHUB = Integration.of(IntegrationType.GITHUB, "acme-github");

  @Test
  void builder_trimsAndDropsBlankValues() {
    IdentityRecord record = IdentityRecord.builder(RecordId.of(" r1 "), GITHUB)
        .accountId("  ")
        .login(" octocat ")
        .displayName("")
        .email(" a@example.org ")
        .email("a@example.org")
        .email(" ")
        .build();

    assertThat(record.id()).isEqualTo(RecordId.of("r1"));
    assertThat(record.accountId()).isEmpty();
    assertThat(record.login()).hasValue("octocat");
    assertThat(record.displayName()).isEmpty();
    assertThat(record.emails()).containsExactly("a@example.org");
  }

  @Test
  void toBuilder_roundTrips() {
    IdentityRecord record = IdentityRecord.builder(RecordId.of("r1"), GITHUB)
        .accountId("583231").login("octocat").displayName("The Octocat").email("o@github.com")
        .bot(false).firstSeen(Instant.parse("2020-01-01T00:00:00Z")).lastSeen(Instant.parse("2021-01-01T00:00:00Z"))
        .activityCount(7).attribute("team", "core")
        .linkedAccount(AccountRef.of(Integration.of(IntegrationType.JIRA_CLOUD), "5b10"))
        .build();

    assertThat(record.toBuilder().build()).isEqualTo(record);
    assertThat(record.account()).hasValue(AccountRef.of(GITHUB, "583231"));
  }

  @Test
  void equals_comparesEveryField() {
    IdentityRecord.Builder base = IdentityRecord.builder(RecordId.of("r1"), GITHUB).login("octocat");
    new EqualsTester()
        .addEqualityGroup(base.build(), base.build())
        .addEqualityGroup(base.build().toBuilder().login("hubot").build())
        .addEqualityGroup(base.build().toBuilder().email("a@b.org").build())
        .addEqualityGroup(base.build().toBuilder().bot(true).build())
        .addEqualityGroup(base.build().toBuilder().activityCount(3).build())
        .testEquals();
  }

  @Test
  void build_rejectsLastSeenBeforeFirstSeen() {
    IdentityRecord.Builder builder = IdentityRecord.builder(RecordId.of("r1"), GITHUB)
        .firstSeen(Instant.parse("2021-01-01T00:00:00Z"))
        .lastSeen(Instant.parse("2020-01-01T00:00:00Z"));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("record r1: lastSeen 2020-01-01T00:00:00Z is before firstSeen 2021-01-01T00:00:00Z");
  }

  @Test
  void activityCount_rejectsNegative() {
    assertThatThrownBy(() -> IdentityRecord.builder(RecordId.of("r1"), GITHUB).activityCount(-1))
        .hasMessage("activityCount is -1; expected 0 or more");
  }

  @Test
  void publicApi_rejectsNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(RecordId.class, RecordId.of("r"))
        .setDefault(Integration.class, GITHUB);
    tester.testAllPublicStaticMethods(IdentityRecord.class);
    tester.testAllPublicInstanceMethods(IdentityRecord.builder(RecordId.of("r"), GITHUB));
  }
}
