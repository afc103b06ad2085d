package io.github.devidentity.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.csv.IdentityRecordsCsv;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.IntegrationType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code sync git} on repositories the tests build, {@code sync github} against a loopback server
 * with small bodies in GitHub's documented shapes. The token comes from {@value #TOKEN_ENV}, which
 * the build sets for the tests to {@value #TOKEN}.
 */
final class SyncCommandTest {
  private static final String TOKEN_ENV = "DEVIDENTITY_EXAMPLES_TEST_TOKEN";
  private static final String TOKEN = "test-token-8f3a";
  private static final String SHA = "6dcb09b5b57875f334f61aebed695e2e4193db5e";

  @TempDir Path dir;

  private final LoopbackServer server = new LoopbackServer();

  @AfterEach
  void stop() {
    server.close();
  }

  private Path repository() throws GitAPIException, IOException {
    Path repository = dir.resolve("repo");
    try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
      Files.writeString(repository.resolve(".mailmap"), "Ada Lovelace <ada@example.org> <ada@old.example>\n", UTF_8);
      commit(git, "Ada Lovelace", "ada@example.org", "2024-01-01T00:00:00Z", "one");
      commit(git, "ada", "ada@old.example", "2024-02-01T00:00:00Z", "two");
      commit(git, "Grace Hopper", "grace@example.org", "2024-03-01T00:00:00Z",
          "three\n\nCo-authored-by: Ada Lovelace <ada@example.org>\n");
    }
    return repository;
  }

  private static void commit(Git git, String name, String email, String at, String message) throws GitAPIException {
    PersonIdent person = new PersonIdent(name, email, Instant.parse(at), ZoneOffset.UTC);
    git.commit().setAllowEmpty(true).setSign(false).setAuthor(person).setCommitter(person).setMessage(message).call();
  }

  private static IdentityRecord byName(List<IdentityRecord> records, String name) {
    return records.stream().filter(r -> r.displayName().orElse("").equals(name)).findFirst().orElseThrow();
  }

  @Test
  void syncGit_writesRecordsThatResolveReads() throws Exception {
    Path repository = repository();
    Path output = dir.resolve("records.csv");

    Run run = Run.of("sync", "git", "--repo", repository.toString(), "--mailmap", "--output", output.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("sync git: 2 records, 0 contribution facts from git; records written to "
        + output + "\n");
    List<IdentityRecord> records = IdentityRecordsCsv.read(output);
    assertThat(records).extracting(r -> r.id().value())
        .containsExactlyInAnyOrder("git:ada@example.org|Ada Lovelace", "git:grace@example.org|Grace Hopper");
    IdentityRecord ada = byName(records, "Ada Lovelace");
    assertThat(ada.activityCount()).isEqualTo(3);
    assertThat(ada.firstSeen()).hasValue(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(ada.lastSeen()).hasValue(Instant.parse("2024-03-01T00:00:00Z"));

    Run resolve = Run.of("resolve", "--input", output.toString(), "--output", dir.resolve("assignments.csv").toString());

    assertThat(resolve.code()).isZero();
    assertThat(resolve.err()).contains("2 records -> 2 contributors");
  }

  @Test
  void syncGit_withoutMailmapKeepsEveryIdentityAsCommitted() throws Exception {
    Path output = dir.resolve("records.csv");

    Run run = Run.of("sync", "git", "--repo", repository().toString(), "--output", output.toString());

    assertThat(run.code()).isZero();
    assertThat(IdentityRecordsCsv.read(output)).extracting(r -> r.id().value()).containsExactlyInAnyOrder(
        "git:ada@example.org|Ada Lovelace", "git:ada@old.example|ada", "git:grace@example.org|Grace Hopper");
  }

  @Test
  void syncGit_directoryThatIsNotARepositoryIsBadInput() throws IOException {
    Path plain = Files.createDirectories(dir.resolve("plain"));

    Run run = Run.of("sync", "git", "--repo", plain.toString(), "--output", dir.resolve("records.csv").toString());

    assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).startsWith("error: " + plain + " is not a git repository");
    assertThat(dir.resolve("records.csv")).doesNotExist();
  }

  private void serveGitHub() {
    server.json("/orgs/acme/members?per_page=100", "[{\"login\":\"octocat\",\"id\":1,\"type\":\"User\"}]")
        .json("/users/octocat?per_page=100",
            "{\"login\":\"octocat\",\"id\":1,\"type\":\"User\",\"name\":\"Mona Octocat\",\"email\":\"octocat@github.com\"}")
        .json("/repos/acme/api/commits?per_page=100", "[{\"sha\":\"" + SHA + "\",\"commit\":{\"author\":"
            + "{\"name\":\"Mona Octocat\",\"email\":\"mona@example.org\",\"date\":\"2024-01-05T10:00:00Z\"}},"
            + "\"author\":{\"login\":\"octocat\",\"id\":1,\"type\":\"User\"}}]")
        .json("/repos/acme/api/pulls?per_page=100&state=all&sort=updated&direction=desc", "[]");
  }

  @Test
  void syncGitHub_writesRecordsAndFactsSendingTheTokenFromTheEnvironment() throws IOException {
    serveGitHub();
    Path output = dir.resolve("records.csv");
    Path facts = dir.resolve("facts.csv");
    String integration = "github-enterprise:" + server.baseUrl().substring("http://".length());

    Run run = Run.of("sync", "github", "--base-url", server.baseUrl(), "--token-env", TOKEN_ENV, "--org", "acme",
        "--repo", "acme/api", "--output", output.toString(), "--facts", facts.toString());

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEqualTo("sync github: 2 records, 1 contribution fact from " + integration
        + "; records written to " + output + ", facts to " + facts + "\n");
    assertThat(server.authorizations()).hasSize(4).containsOnly("Bearer " + TOKEN);
    assertThat(run.out() + run.err()).doesNotContain(TOKEN);
    List<IdentityRecord> records = IdentityRecordsCsv.read(output);
    IdentityRecord account = records.get(0);
    assertThat(account.integration().type()).isEqualTo(IntegrationType.GITHUB_ENTERPRISE);
    assertThat(account.id().value()).isEqualTo(integration + ":1");
    assertThat(account.login()).hasValue("octocat");
    assertThat(account.emails()).containsExactly("octocat@github.com");
    assertThat(records.get(1).id().value()).isEqualTo("git:mona@example.org|Mona Octocat");
    assertThat(Files.readString(facts, UTF_8)).isEqualTo(
        "integration,account_id,login,kind,reference,author_name,author_email,at\n"
            + integration + ",1,octocat,COMMIT," + SHA + ",Mona Octocat,mona@example.org,2024-01-05T10:00:00Z\n");
  }

  @Test
  void syncGitLab_readsEveryUserWithTheTokenFromTheEnvironment() throws IOException {
    server.json("/api/v4/users?per_page=100&pagination=keyset&order_by=id&sort=asc",
            "[{\"id\":7,\"username\":\"ada\",\"name\":\"Ada Lovelace\",\"public_email\":\"ada@example.org\","
                + "\"state\":\"active\",\"bot\":false}]")
        .json("/api/v4/users/7?per_page=100", "{\"id\":7,\"username\":\"ada\",\"name\":\"Ada Lovelace\","
            + "\"public_email\":\"ada@example.org\",\"state\":\"active\",\"bot\":false}");
    Path output = dir.resolve("records.csv");

    Run run = Run.of("sync", "gitlab", "--base-url", server.baseUrl(), "--token-env", TOKEN_ENV, "--users",
        "--output", output.toString());

    assertThat(run.code()).isZero();
    assertThat(server.authorizations()).isNotEmpty().containsOnly("Bearer " + TOKEN);
    assertThat(run.out() + run.err()).doesNotContain(TOKEN);
    IdentityRecord ada = IdentityRecordsCsv.read(output).get(0);
    assertThat(ada.integration().type()).isEqualTo(IntegrationType.GITLAB);
    assertThat(ada.accountId()).hasValue("7");
    assertThat(ada.login()).hasValue("ada");
    assertThat(ada.emails()).containsExactly("ada@example.org");
  }

  @Test
  void syncGitHub_refusalNamesThePermissionAndNeverTheToken() {
    Run run = Run.of("sync", "github", "--base-url", server.baseUrl(), "--token-env", TOKEN_ENV, "--org", "gone",
        "--output", dir.resolve("records.csv").toString());

    assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).startsWith("error: ").contains("answered 404", "organisation gone's members was not found")
        .doesNotContain(TOKEN);
  }

  @Test
  void syncGitHub_unsetTokenVariableIsNamed() {
    Run run = Run.of("sync", "github", "--token-env", "DEVIDENTITY_EXAMPLES_UNSET_VARIABLE", "--org", "acme",
        "--output", dir.resolve("records.csv").toString());

    assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).isEqualTo(
        "error: environment variable DEVIDENTITY_EXAMPLES_UNSET_VARIABLE is not set; expected a token in it\n");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "sync --output r.csv|sync: name the tool to read, one of github, git, gitlab, bitbucket-cloud, bitbucket-server, "
          + "azure-devops, jira-cloud, jira-dc, harness",
      "sync svn --output r.csv|sync: unknown tool \"svn\"; expected one of github, git, gitlab",
      "sync gitlab --output r.csv|sync: option --token-env is required",
      "sync jira-dc --token-env " + TOKEN_ENV + " --output r.csv|sync: option --base-url is required",
      "sync jira-cloud --token-env " + TOKEN_ENV + " --base-url https://acme.atlassian.net --output r.csv|sync: option --user is required",
      "sync azure-devops --token-env " + TOKEN_ENV + " --output r.csv|sync: option --org is required",
      "sync harness --token-env " + TOKEN_ENV + " --base-url https://h.example --repo a/b --org x --output r.csv|sync harness: option --org does not apply to harness",
      "sync github --mailmap --org acme --token-env X --output r.csv|sync github: option --mailmap does not apply to github",
      "sync git --repo . --org acme --output r.csv|sync git: option --org does not apply to git",
      "sync git --repo . --repo .. --output r.csv|sync git: --repo is given 2 times; sync one repository a run",
      "sync git --repo no-such-dir --output r.csv|sync git: --repo no-such-dir is not a directory",
      "sync git --repo . --output r.csv --facts r.csv|sync git: --output and --facts name the same file",
      "sync github --token-env " + TOKEN_ENV + " --output r.csv|sync github: give --org or --repo (or both)",
      "sync github --token-env " + TOKEN_ENV + " --repo acme --output r.csv|sync github: --repo repository \"acme\" is not owner/name",
      "sync github --token-env " + TOKEN_ENV + " --org a --base-url ftp://x --output r.csv|sync github: --base-url \"ftp://x\" is not an http or https URL",
      "sync git --repo .|sync: option --output is required",
  })
  void sync_wrongCommandLineIsAUsageError(String line, String message) {
    String[] args = line.replace("r.csv", dir.resolve("r.csv").toString()).split(" ");

    Run run = Run.of(args);

    assertThat(run.code()).isEqualTo(Main.USAGE);
    assertThat(run.err()).startsWith("error: " + message.replace("r.csv", dir.resolve("r.csv").toString()))
        .contains("usage: identity-examples sync TOOL");
  }

  @Test
  void sync_usageListsEveryTool() {
    Run run = Run.of("sync", "--help");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains(
        "  github            [--base-url URL] --token-env VAR [--org ORG] [--repo owner/name ...]\n",
        "  git               --repo DIR [--mailmap]\n",
        "  gitlab            [--base-url URL] --token-env VAR [--project group/project ...] [--users]\n",
        "  bitbucket-cloud   [--user EMAIL] --token-env VAR [--workspace WS] [--repo ws/slug ...]\n",
        "  bitbucket-server  --base-url URL --token-env VAR [--repo PROJECT/repo ...] [--users]\n",
        "  azure-devops      --org ORG --token-env VAR [--repo project/repo ...]\n",
        "  jira-cloud        --base-url SITE --user EMAIL --token-env VAR [--project KEY ...]\n",
        "  jira-dc           --base-url URL --token-env VAR [--project KEY ...]\n",
        "  harness           --base-url URL --token-env VAR [--repo space/repo ...]\n")
        .doesNotContain("not wired");
    assertThat(Run.of("--help").out()).contains("  sync ");
  }
}
