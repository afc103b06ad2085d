package io.github.devidentity.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.model.AccountRef;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ContributorsCsvTest {
  private static final Integration GIT = Integration.of(IntegrationType.GIT);
  private static final Integration GITHUB = Integration.of(IntegrationType.GITHUB);
  private static final Integration ACME = Integration.of(IntegrationType.GITHUB, "acme-github");

  @TempDir Path dir;

  static ContributorsSheet read(String text) {
    return read(text, ContributorsCsv.Schema.open());
  }

  static ContributorsSheet read(String text, ContributorsCsv.Schema schema) {
    return ContributorsCsv.read(new ByteArrayInputStream(text.getBytes(UTF_8)), "contributors.csv", schema);
  }

  private static IdentityRecord record(String id, Integration integration, String accountId, String... emails) {
    return IdentityRecord.builder(RecordId.of(id), integration).accountId(accountId).emails(List.of(emails)).build();
  }

  private static Contributor contributor(String id, String name, String email, IdentityRecord... records) {
    return Contributor.builder(ContributorId.of(id)).displayName(name).primaryEmail(email).records(List.of(records))
        .build();
  }

  private static String write(List<Contributor> contributors) {
    StringWriter out = new StringWriter();
    ContributorsCsv.write(contributors, out);
    return out.toString();
  }

  @Test
  void write_givesAccountsPerIntegrationAndOneRowPerAccountInTheBusiestOne() {
    Contributor ada = contributor("c1", "Ada Lovelace", "ada@example.org",
        record("gh-1", GITHUB, "1815", "ada@example.org"),
        record("gh-2", GITHUB, "1816"),
        record("git-1", GIT, null, "ada@example.org", "ADA@home.example"),
        record("acme-1", ACME, "77"));
    Contributor grace = contributor("c2", "Grace Hopper", "grace@example.org",
        record("git-2", GIT, null, "grace@example.org"));

    assertThat(write(List.of(ada, grace))).isEqualTo(String.join("\n",
        "Full_Name,Email,Integration: git,Integration: github:acme-github,Integration: github",
        "Ada Lovelace,ada@example.org,ada@example.org,77,1815",
        "Ada Lovelace,ada@example.org,ada@home.example,,1816",
        "Grace Hopper,grace@example.org,grace@example.org,,",
        ""));
  }

  @Test
  void write_guardsFormulaCellsAndQuotesWhatCsvNeeds() {
    Contributor odd = Contributor.builder(ContributorId.of("c1")).displayName("=HYPERLINK(\"x\")")
        .primaryEmail("odd@example.org").attribute("Notes", "+1, \"two\"\nthree").attribute("@Team", " padded")
        .records(List.of(record("gh-1", GITHUB, "-7"))).build();

    assertThat(write(List.of(odd))).isEqualTo(String.join("\n",
        "Full_Name,Email,'@Team,Notes,Integration: github",
        "\"'=HYPERLINK(\"\"x\"\")\",odd@example.org,' padded,\"'+1, \"\"two\"\"",
        "three\",'-7",
        ""));
  }

  @Test
  void write_listsWhatItLeavesOutAndWhy() {
    Contributor noEmail = Contributor.builder(ContributorId.of("c1")).displayName("Ghost")
        .records(List.of(record("gh-1", GITHUB, "1"))).build();
    Contributor noName = Contributor.builder(ContributorId.of("c2")).primaryEmail("x@example.org")
        .records(List.of(record("gh-2", GITHUB, "2"))).build();
    Contributor first = contributor("c3", "Ann", "team@example.org", record("git-1", GIT, null, "team@example.org"),
        record("git-9", GIT, null)); // no address: no cell can name it
    Contributor sameEmail = contributor("c4", "Ben", "team@example.org", record("git-2", GIT, null, "ben@example.org"));
    Contributor sharing = contributor("c5", "Cy", "cy@example.org", record("git-3", GIT, null, "team@example.org"),
        record("gh-3", GITHUB, "3"));

    StringWriter out = new StringWriter();
    ContributorsCsv.Export export = ContributorsCsv.write(List.of(noEmail, noName, first, sameEmail, sharing), out);

    assertThat(out.toString()).isEqualTo(String.join("\n",
        "Full_Name,Email,Integration: git,Integration: github",
        "Ann,team@example.org,,",
        "Cy,cy@example.org,,3",
        ""));
    assertThat(export.contributors()).isEqualTo(2);
    assertThat(export.rows()).isEqualTo(2);
    assertThat(export.omissions()).extracting(Object::toString).containsExactly(
        "c1 (record gh-1): has no usable email address, and every row needs an Email",
        "c2 (record gh-2): has no name, and every row needs a Full_Name",
        "c3 (record git-1): holds git/team@example.org, which records of c5 hold too, so a cell would claim it for "
            + "both",
        "c3 (record git-9): has neither an account id nor a usable email address, so no column can name it",
        "c4 (record git-2): has the email team@example.org of c3, written before it, and rows with one email are one "
            + "person",
        "c5 (record git-3): holds git/team@example.org, which records of c3 hold too, so a cell would claim it for "
            + "both");
  }

  @Test
  void write_rejectsAttributesDifferingOnlyInCase() {
    Contributor a = Contributor.builder(ContributorId.of("c1")).displayName("A").primaryEmail("a@example.org")
        .attribute("Team", "x").records(List.of(record("gh-1", GITHUB, "1"))).build();
    Contributor b = Contributor.builder(ContributorId.of("c2")).displayName("B").primaryEmail("b@example.org")
        .attribute("team", "y").records(List.of(record("gh-2", GITHUB, "2"))).build();
    StringWriter out = new StringWriter();

    assertThatThrownBy(() -> ContributorsCsv.write(List.of(a, b), out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attributes \"Team\" and \"team\" differ only in case, which the contributors CSV header cannot "
            + "tell apart; rename one");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void writeSample_hasEveryIntegrationAndReadsBackClean() {
    StringWriter out = new StringWriter();

    ContributorsCsv.writeSample(out);

    assertThat(out.toString()).isEqualTo(String.join("\n",
        "Full_Name,Email,Integration: git,Integration: github,Integration: github-enterprise,Integration: gitlab,"
            + "Integration: bitbucket-cloud,Integration: bitbucket-server,Integration: azure-devops,"
            + "Integration: jira-cloud,Integration: jira-data-center,Integration: harness-code,Integration: custom",
        "Ada Lovelace,ada@example.org,ada@example.org,1815,1815,1815,{5d3f6a8e-4c1b-4f7e-9a2d-000000001815},1815,"
            + "0d6b4c3a-7e21-4b8f-a9c0-000000001815,5b10ac8d82e05b22cc7d1815,JIRAUSER1815,aB3dE5fG7h1815,user-1815",
        "Ada Lovelace,ada@example.org,,1816,,,,,,,,,",
        "Grace Hopper,grace@example.org,grace@example.org,1906,1906,1906,{5d3f6a8e-4c1b-4f7e-9a2d-000000001906},1906,"
            + "0d6b4c3a-7e21-4b8f-a9c0-000000001906,5b10ac8d82e05b22cc7d1906,JIRAUSER1906,aB3dE5fG7h1906,user-1906",
        ""));
    ContributorsSheet sheet = read(out.toString());
    assertThat(sheet.report().problems()).isEmpty();
    assertThat(sheet.entries()).extracting(ContributorEntry::email)
        .containsExactly("ada@example.org", "grace@example.org");
    assertThat(sheet.entries().get(0).accounts())
        .contains(AccountRef.of(GITHUB, "1815"), AccountRef.of(GITHUB, "1816"));
  }

  @Test
  void writeSample_followsTheSchema() {
    ContributorsCsv.Schema schema = ContributorsCsv.Schema.builder()
        .attributes(List.of("Team", "Site")).integrations(List.of(GIT, ACME)).build();
    StringWriter out = new StringWriter();

    ContributorsCsv.writeSample(out, schema);

    assertThat(out.toString()).isEqualTo(String.join("\n",
        "Full_Name,Email,Team,Site,Integration: git,Integration: github:acme-github",
        "Ada Lovelace,ada@example.org,,,ada@example.org,1815",
        "Ada Lovelace,ada@example.org,,,,1816",
        "Grace Hopper,grace@example.org,,,grace@example.org,1906",
        ""));
    assertThat(read(out.toString(), schema).report().problems()).isEmpty();
  }

  @Test
  void read_schemaNamesIntegrationsByInstanceAndAttributesInTheirSpelling() {
    ContributorsCsv.Schema schema = ContributorsCsv.Schema.builder()
        .attributes(List.of("Team")).integrations(List.of(ACME)).build();

    ContributorsSheet sheet =
        read("full_name,email,TEAM,Integration: ACME-GitHub\nAda,ada@example.org,Core,77\n", schema);

    assertThat(sheet.report().problems()).isEmpty();
    assertThat(sheet.entries()).singleElement().satisfies(entry -> {
      assertThat(entry.attributes()).isEqualTo(Map.of("Team", "Core"));
      assertThat(entry.accounts()).isEqualTo(Set.of(AccountRef.of(ACME, "77")));
    });
    assertThat(sheet.attributeColumns()).containsExactly("Team");
  }

  @Test
  void readAndValidate_ofAFile_nameItInTheReport() throws Exception {
    Path file = Files.writeString(dir.resolve("people.csv"), "Full_Name,Email\nAda,not-an-email\n", UTF_8);

    assertThat(ContributorsCsv.validate(file).toText())
        .isEqualTo("line 2, column 2: ERROR INVALID_EMAIL: \"not-an-email\" is not an email address; expected one "
            + "such as ada@example.org\n");
    assertThat(ContributorsCsv.read(file).report().summary()).isEqualTo(file + ": 1 error, 0 warnings");
    assertThat(ContributorsCsv.read(file).entries()).isEmpty();
  }

  @Test
  void read_missingFile_isAnIdentityExceptionNamingIt() {
    Path missing = dir.resolve("missing.csv");

    assertThatThrownBy(() -> ContributorsCsv.read(missing))
        .isInstanceOf(io.github.devidentity.IdentityException.class)
        .hasMessage("cannot read " + missing + ": no such file or directory");
  }

  @Test
  void schema_rejectsBlankAndCaseTwinAttributes() {
    assertThatThrownBy(() -> ContributorsCsv.Schema.builder().attributes(List.of(" ")))
        .hasMessage("an attribute name is blank");
    assertThatThrownBy(() -> ContributorsCsv.Schema.builder().attributes(List.of("Team", "TEAM")))
        .hasMessage("attribute \"TEAM\" is declared twice (names compare ignoring case)");
  }
}
