package io.github.devidentity.mailmap;

import static io.github.devidentity.mailmap.MailmapExportTest.GIT;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exported {@code .mailmap} applied by git itself, in a repository holding a commit by every
 * record: {@code git check-mailmap} gives each record's canonical identity, and {@code git shortlog
 * -sne} lists each contributor once.
 */
final class MailmapExportGitTest {
  private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");
  private static final long SEED = 7L;

  @TempDir Path dir;

  private static IdentityRecord git(String id, String name, String email, long commits) {
    IdentityRecord.Builder record = IdentityRecord.builder(RecordId.of(id), GIT).displayName(name).activityCount(commits);
    return (email.isEmpty() ? record : record.email(email)).build();
  }

  private static Decision merge(String first, String second) {
    return new Decision.Merge(RecordId.of(first), RecordId.of(second), "alice", AT, "");
  }

  /** A small history with the cases a .mailmap has to get right. */
  private static Resolution history() {
    List<IdentityRecord> records = List.of(
        git("ada-1", "Ada Lovelace", "ada@example.org", 20),
        git("ada-2", "ada", "ada@example.org", 3),
        git("ada-3", "Ada Lovelace", "Ada@Example.org", 2),
        git("ada-4", "Ada L", "ada@old-laptop.example.org", 1),
        git("ada-5", "Ada Lovelace", "12345+ada@users.noreply.github.com", 4),
        git("bo-1", "Bo Li", "bo@example.org", 9),
        git("bo-2", "bo", "Team@example.org", 2),
        git("cy-1", "Cy Young", "team@example.org", 5),
        git("emile-1", "Émile Zola", "emile@example.org", 6),
        git("emile-2", "emile", "EMILE@example.org", 1),
        git("fp-1", "Fernando Perez", "fperez@example.org", 8),
        git("fp-2", "fperez", "", 1),
        git("hash-1", "#hash Tag", "hash@example.org", 3),
        git("hash-2", "hash", "hash@example.org", 1),
        git("bot-1", "dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com", 30),
        git("bot-2", "dependabot-preview[bot]", "49699333+dependabot[bot]@users.noreply.github.com", 2));
    DecisionLog decisions = DecisionLog.of(List.of(merge("ada-1", "ada-4"), merge("bo-1", "bo-2"),
        merge("fp-1", "fp-2"), merge("hash-1", "hash-2"), merge("ada-1", "ada-5"),
        new Decision.NeverLink(RecordId.of("bo-2"), RecordId.of("cy-1"), "alice", AT, "team alias")));
    return Resolver.create().resolve(records, decisions);
  }

  @Test
  void export_appliedByGit_mapsEveryRecordAndListsEachContributorOnce() throws IOException {
    Resolution resolution = history();
    MailmapExport export = MailmapExport.of(resolution);
    assertThat(export.unmapped()).isEmpty();
    assertThat(resolution.contributors()).hasSize(7);

    Git git = Git.init(dir);
    List<GitIdentity> identities = new ArrayList<>();
    List<GitIdentity> expected = new ArrayList<>();
    for (Contributor contributor : resolution.contributors()) {
      for (IdentityRecord record : contributor.records()) {
        GitIdentity identity = GitIdentity.of(record).get(0);
        git.commit(identity, record.id().value());
        identities.add(identity);
        expected.add(MailmapExportTest.expected(contributor, identity));
      }
    }
    Files.writeString(dir.resolve(".mailmap"), export.text(), UTF_8);

    List<GitIdentity> mapped = git.checkMailmap(identities).stream().map(Git::identity).collect(Collectors.toList());
    assertThat(mapped).as("git check-mailmap with%n%s", export.text()).isEqualTo(expected);

    List<String> shortlog = git.run(java.util.Map.of(), "", "shortlog", "-sne", "HEAD").lines()
        .map(line -> line.substring(line.indexOf('\t') + 1)).collect(Collectors.toList());
    Set<String> canonical = resolution.contributors().stream()
        .map(c -> GitIdentity.of(c.displayName(), c.primaryEmail().orElseThrow()).toString())
        .collect(Collectors.toCollection(LinkedHashSet::new));
    assertThat(shortlog).as("git shortlog -sne with%n%s", export.text()).hasSize(7).containsExactlyInAnyOrderElementsOf(canonical);
  }

  @Test
  void export_writesTheNameThatStartsWithAHashSoGitReadsIt() {
    MailmapExport export = MailmapExport.of(history());

    assertThat(export.text()).contains("\n #hash Tag <hash@example.org>\n");
  }

  static Stream<Integer> cases() {
    return IntStream.range(0, 20).boxed();
  }

  /** The seeded random organisations of {@link MailmapExportTest}, with git as the judge. */
  @ParameterizedTest(name = "case {0}")
  @MethodSource("cases")
  void export_appliedByGit_mapsEveryIdentityNotReported(int index) throws IOException {
    Resolution resolution = MailmapExportTest.randomResolution(new SplittableRandom(SEED + index));
    MailmapExport export = MailmapExport.of(resolution);
    Set<RecordId> reported = export.unmapped().stream().map(MailmapExport.Unmapped::record).collect(Collectors.toSet());
    List<GitIdentity> identities = new ArrayList<>();
    List<GitIdentity> expected = new ArrayList<>();
    for (Contributor contributor : resolution.contributors()) {
      for (IdentityRecord record : contributor.records()) {
        if (!reported.contains(record.id())) {
          GitIdentity identity = GitIdentity.of(record).get(0);
          identities.add(identity);
          expected.add(MailmapExportTest.expected(contributor, identity));
        }
      }
    }
    Git git = Git.init(dir);
    Files.writeString(dir.resolve(".mailmap"), export.text(), UTF_8);

    List<GitIdentity> mapped = git.checkMailmapStdin(identities).stream().map(Git::identity).collect(Collectors.toList());
    assertThat(mapped).as("git check-mailmap with%n%s", export.text()).isEqualTo(expected);
  }
}
