package io.github.devidentity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ValuesTest {

  @ParameterizedTest
  @CsvSource({
    "git, GIT",
    "GitHub, GITHUB",
    "github_enterprise, GITHUB_ENTERPRISE",
    "jira_cloud, JIRA_CLOUD",
    "Jira-Cloud, JIRA_CLOUD",
    "bitbucket-cloud, BITBUCKET_CLOUD",
    "jira-dc, JIRA_DATA_CENTER",
    "harness, HARNESS_CODE",
    "azure_devops, AZURE_DEVOPS",
  })
  void integrationType_parseIgnoresCaseDashesAndUnderscores(String text, IntegrationType expected) {
    assertThat(IntegrationType.parse(text)).isEqualTo(expected);
  }

  @Test
  void integrationType_parseListsKnownTypes() {
    assertThatThrownBy(() -> IntegrationType.parse("svn"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("\"svn\" is not an integration type; expected one of git, github, ");
  }

  @Test
  void integrationType_knowsSourceCodeManagement() {
    assertThat(IntegrationType.GITHUB.isSourceCodeManagement()).isTrue();
    assertThat(IntegrationType.GIT.isSourceCodeManagement()).isTrue();
    assertThat(IntegrationType.HARNESS_CODE.isSourceCodeManagement()).isTrue();
    assertThat(IntegrationType.JIRA_CLOUD.isSourceCodeManagement()).isFalse();
    assertThat(IntegrationType.JIRA_DATA_CENTER.isSourceCodeManagement()).isFalse();
    assertThat(IntegrationType.GIT.hasAccountIds()).isFalse();
    assertThat(IntegrationType.JIRA_CLOUD.hasAccountIds()).isTrue();
  }

  @Test
  void integrationType_sourceCodeManagement_isExactlyTheToolsLicencesBill() {
    assertThat(EnumSet.allOf(IntegrationType.class).stream().filter(IntegrationType::isSourceCodeManagement))
        .containsExactlyInAnyOrder(IntegrationType.GIT, IntegrationType.GITHUB, IntegrationType.GITHUB_ENTERPRISE,
            IntegrationType.GITLAB, IntegrationType.BITBUCKET_CLOUD, IntegrationType.BITBUCKET_SERVER,
            IntegrationType.AZURE_DEVOPS, IntegrationType.HARNESS_CODE);
  }

  @Test
  void integration_parsesTypeAndInstance() {
    assertThat(Integration.parse("github:acme-github"))
        .isEqualTo(Integration.of(IntegrationType.GITHUB, "acme-github"));
    assertThat(Integration.parse("bitbucket-cloud")).isEqualTo(Integration.of(IntegrationType.BITBUCKET_CLOUD));
    assertThat(Integration.of(IntegrationType.BITBUCKET_CLOUD).toString()).isEqualTo("bitbucket-cloud");
    assertThat(Integration.of(IntegrationType.GITHUB, "acme").toString()).isEqualTo("github:acme");
  }

  @Test
  void integration_rejectsBlankInstance() {
    assertThatThrownBy(() -> Integration.parse("github: "))
        .hasMessage("integration instance name is blank; give the name the host uses");
  }

  @Test
  void values_haveValueEquality() {
    new EqualsTester()
        .addEqualityGroup(RecordId.of("a"), RecordId.of(" a "))
        .addEqualityGroup(RecordId.of("b"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ContributorId.of("c1"), ContributorId.of("c1 "))
        .addEqualityGroup(ContributorId.of("c2"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(AccountRef.of(Integration.of(IntegrationType.GITHUB), "1"),
            AccountRef.of(Integration.of(IntegrationType.GITHUB), " 1"))
        .addEqualityGroup(AccountRef.of(Integration.of(IntegrationType.GITLAB), "1"))
        .testEquals();
  }

  @Test
  void values_rejectBlankAndNull() {
    assertThatThrownBy(() -> RecordId.of(" ")).hasMessage("record id is blank");
    assertThatThrownBy(() -> ContributorId.of("a b")).hasMessage("contributor id \"a b\" is blank or holds whitespace");
    assertThatThrownBy(() -> AccountRef.of(Integration.of(IntegrationType.JIRA_CLOUD), ""))
        .hasMessage("account id in jira-cloud is blank");
    new NullPointerTester().testAllPublicConstructors(RecordId.class);
    new NullPointerTester().testAllPublicConstructors(ContributorId.class);
    new NullPointerTester().setDefault(Integration.class, Integration.of(IntegrationType.GIT))
        .testAllPublicConstructors(AccountRef.class);
  }

  @Test
  void contributor_sortsRecordsAndRejectsRepeats() {
    Integration git = Integration.of(IntegrationType.GIT);
    IdentityRecord b = IdentityRecord.builder(RecordId.of("b"), git).build();
    IdentityRecord a = IdentityRecord.builder(RecordId.of("a"), git).build();
    Contributor contributor = Contributor.builder(ContributorId.of("c1")).record(b).record(a)
        .primaryEmail("x@example.org").displayName(" X ").build();

    assertThat(contributor.records()).containsExactly(a, b);
    assertThat(contributor.emails()).containsExactly("x@example.org");
    assertThat(contributor.displayName()).isEqualTo("X");
    assertThat(contributor.toBuilder().build()).isEqualTo(contributor);
    assertThatThrownBy(() -> contributor.toBuilder().record(a).build())
        .hasMessage("contributor c1 holds record a twice");
  }
}
