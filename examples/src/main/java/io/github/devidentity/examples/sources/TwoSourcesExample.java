package io.github.devidentity.examples.sources;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.devidentity.IdentityException;
import io.github.devidentity.integrations.InMemorySource;
import io.github.devidentity.integrations.LocalGitSource;
import io.github.devidentity.integrations.SyncReport;
import io.github.devidentity.integrations.SyncRunner;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.jspecify.annotations.Nullable;

/**
 * Two sources into one resolver: a git repository on disk, read by {@link LocalGitSource} with its
 * {@code .mailmap}, and the accounts of a GitHub organisation, here an {@link InMemorySource}
 * standing in for an export. {@link SyncRunner} syncs both; {@link Resolver} joins what they yield.
 *
 * <pre>{@code
 * java -cp identity-examples.jar io.github.devidentity.examples.sources.TwoSourcesExample
 * }</pre>
 */
public final class TwoSourcesExample {
  private static final Integration GITHUB = Integration.of(IntegrationType.GITHUB);

  private TwoSourcesExample() {}

  /**
   * Builds the repository in a temporary directory, prints the contributors, and removes it.
   *
   * @param args ignored
   * @throws IOException if the temporary directory cannot be made or removed
   */
  public static void main(String[] args) throws IOException {
    Path directory = Files.createTempDirectory("two-sources");
    try {
      run(directory, new PrintStream(System.out, true, UTF_8));
    } finally {
      try (Stream<Path> paths = Files.walk(directory)) {
        for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(path);
        }
      }
    }
  }

  /** Builds a repository in {@code directory}, syncs both sources, resolves and prints. */
  static void run(Path directory, PrintStream out) {
    LocalGitSource git = LocalGitSource.builder(repository(directory.resolve("api"))).useMailmap(true).build();
    InMemorySource github = InMemorySource.of(GITHUB, List.of(
        account("101", "ada-l", "Ada Lovelace", "ada@acme.example", false),
        account("102", "ghopper", "Grace Hopper", "grace@acme.example", false),
        account("49699333", "dependabot[bot]", null, null, true)));

    SyncReport report = SyncRunner.of(List.of(git, github)).run(Map.of());
    out.println("== Synced ==");
    report.counts().forEach((integration, count) -> out.println("  " + integration + ": " + count + " records"));
    report.failures().forEach(failure -> out.println("  failed: " + failure));

    Resolution resolution = Resolver.create().resolve(report.records());
    out.println();
    out.println("== Contributors ==");
    for (Contributor contributor : resolution.contributors()) {
      out.println("  " + contributor.displayName() + contributor.primaryEmail().map(e -> " <" + e + ">").orElse("")
          + (contributor.isBot() ? " (bot)" : ""));
      for (IdentityRecord record : contributor.records()) {
        out.println("    " + describe(record));
      }
    }
    out.println("  " + resolution.summary());
  }

  private static String describe(IdentityRecord record) {
    if (record.integration().type() == IntegrationType.GIT) {
      return "git " + record.displayName().orElse("") + " <" + String.join(", ", record.emails()) + ">: "
          + record.activityCount() + (record.activityCount() == 1 ? " commit, " : " commits, ")
          + record.firstSeen().map(Instant::toString).orElse("?").substring(0, 10) + " to "
          + record.lastSeen().map(Instant::toString).orElse("?").substring(0, 10)
          + roles(record);
    }
    return record.integration() + " @" + record.login().orElse("?") + " (account " + record.accountId().orElse("?") + ")";
  }

  /** The per-role counts the source puts in attributes: {@code ; authored 2, co-authored 1}. */
  private static String roles(IdentityRecord record) {
    StringBuilder roles = new StringBuilder();
    Map.of(LocalGitSource.AUTHORED, "authored", LocalGitSource.COMMITTED, "committed",
            LocalGitSource.CO_AUTHORED, "co-authored")
        .entrySet().stream().sorted(Map.Entry.comparingByKey())
        .filter(role -> record.attributes().containsKey(role.getKey()))
        .forEach(role -> roles.append(roles.length() == 0 ? "; " : ", ").append(role.getValue()).append(' ')
            .append(record.attributes().get(role.getKey())));
    return roles.toString();
  }

  private static IdentityRecord account(String id, String login, @Nullable String name, @Nullable String email,
      boolean bot) {
    return IdentityRecord.builder(RecordId.of(GITHUB + ":" + id), GITHUB)
        .accountId(id).login(login).displayName(name).email(email).bot(bot).build();
  }

  /**
   * A repository with four commits: Ada under two addresses, which its {@code .mailmap} joins;
   * Grace with Ada as co-author; Linus, committed by Grace.
   */
  private static Path repository(Path directory) {
    try (Git git = Git.init().setDirectory(directory.toFile()).setInitialBranch("main").call()) {
      Files.writeString(directory.resolve(".mailmap"), "Ada Lovelace <ada@acme.example> <ada@old.example>\n", UTF_8);
      commit(git, person("Ada Lovelace", "ada@acme.example", "2024-01-10"), null, "Add the engine");
      commit(git, person("ada", "ada@old.example", "2024-02-11"), null, "Fix the carry");
      commit(git, person("Grace Hopper", "grace@acme.example", "2024-03-12"), null,
          "Add the compiler\n\nCo-authored-by: Ada Lovelace <ada@acme.example>\n");
      commit(git, person("Linus Torvalds", "linus@acme.example", "2024-04-01"),
          person("Grace Hopper", "grace@acme.example", "2024-04-02"), "Add the kernel");
      return directory;
    } catch (GitAPIException e) {
      throw new IdentityException("cannot build the example repository in " + directory + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PersonIdent person(String name, String email, String day) {
    return new PersonIdent(name, email, Instant.parse(day + "T09:00:00Z"), ZoneOffset.UTC);
  }

  private static void commit(Git git, PersonIdent author, @Nullable PersonIdent committer, String message)
      throws GitAPIException {
    git.commit().setAllowEmpty(true).setSign(false).setAuthor(author)
        .setCommitter(committer == null ? author : committer).setMessage(message).call();
  }
}
