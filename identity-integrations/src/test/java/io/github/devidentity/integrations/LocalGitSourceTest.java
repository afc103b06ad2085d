package io.github.devidentity.integrations;

import static io.github.devidentity.integrations.TestRepository.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.IdentityException;
import io.github.devidentity.InvalidInputException;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.spi.ContributionFact;
import io.github.devidentity.spi.IdentitySink;
import io.github.devidentity.spi.SyncResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LocalGitSource on repositories each test builds with JGit. */
final class LocalGitSourceTest {
  private static final PersonIdent ADA = person("Ada Lovelace", "ada@example.org", "2024-01-01T10:00:00Z");

  @TempDir Path dir;

  private final List<IdentityRecord> records = new ArrayList<>();
  private final IdentitySink sink = records::add;
  private TestRepository repository;

  private TestRepository repository() {
    if (repository == null) {
      repository = TestRepository.init(dir.resolve("repo"));
    }
    return repository;
  }

  @AfterEach
  void close() {
    if (repository != null) {
      repository.close();
    }
  }

  private SyncResult sync(LocalGitSource.Builder source, String cursor) {
    return source.build().sync(cursor, sink);
  }

  private LocalGitSource.Builder source() {
    return LocalGitSource.builder(repository().directory());
  }

  private IdentityRecord record(String name, String email) {
    String id = GitIdentities.recordId(name, email).value();
    return records.stream().filter(r -> r.id().value().equals(id)).reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no record " + id + " in " + records));
  }

  @Test
  void sync_countsAuthorsCommittersAndCoAuthorsOncePerCommitWithTheirDates() {
    repository().commit(ADA, "First");
    repository().commit(person("Grace Hopper", "grace@example.org", "2024-02-01T09:00:00Z"),
        person("Ada Lovelace", "ada@example.org", "2024-02-03T09:00:00Z"),
        "Compiler\n\nWorked out together.\n\nCo-authored-by: Linus Torvalds <linus@example.org>\n");
    repository().commit(person("Ada Lovelace", "ada@example.org", "2024-03-01T09:00:00Z"),
        "Engine\n\nCo-authored-by: Grace Hopper <GRACE@example.org>\nco-authored-by: Ada Lovelace <ada@example.org>\n"
            + "Signed-off-by: Ada Lovelace <ada@example.org>\n");

    List<ContributionFact> facts = new ArrayList<>();
    SyncResult result = source().build().sync(null, new IdentitySink() {
      @Override
      public void record(IdentityRecord record) {
        records.add(record);
      }

      @Override
      public void contribution(ContributionFact fact) {
        facts.add(fact);
      }
    });

    assertThat(result.complete()).isTrue();
    assertThat(records).hasSize(3).allSatisfy(r -> {
      assertThat(r.integration()).isEqualTo(Integration.of(IntegrationType.GIT));
      assertThat(r.isBot()).isFalse();
    });
    IdentityRecord ada = record("Ada Lovelace", "ada@example.org");
    assertThat(ada.activityCount()).isEqualTo(3);
    assertThat(ada.displayName()).hasValue("Ada Lovelace");
    assertThat(ada.emails()).containsExactly("ada@example.org");
    assertThat(ada.firstSeen()).hasValue(Instant.parse("2024-01-01T10:00:00Z"));
    // Ada only committed Grace's commit: its committer date counts for her.
    assertThat(ada.lastSeen()).hasValue(Instant.parse("2024-03-01T09:00:00Z"));
    assertThat(ada.attributes()).containsExactlyInAnyOrderEntriesOf(Map.of(
        LocalGitSource.AUTHORED, "2", LocalGitSource.COMMITTED, "3", LocalGitSource.CO_AUTHORED, "1"));
    IdentityRecord grace = record("Grace Hopper", "grace@example.org");
    assertThat(grace.activityCount()).isEqualTo(2);
    assertThat(grace.firstSeen()).hasValue(Instant.parse("2024-02-01T09:00:00Z"));
    assertThat(grace.lastSeen()).hasValue(Instant.parse("2024-03-01T09:00:00Z"));
    assertThat(grace.attributes()).containsExactlyInAnyOrderEntriesOf(Map.of(
        LocalGitSource.AUTHORED, "1", LocalGitSource.CO_AUTHORED, "1"));
    IdentityRecord linus = record("Linus Torvalds", "linus@example.org");
    assertThat(linus.activityCount()).isEqualTo(1);
    assertThat(linus.firstSeen()).hasValue(Instant.parse("2024-02-01T09:00:00Z"));
    assertThat(linus.attributes()).containsExactlyEntriesOf(Map.of(LocalGitSource.CO_AUTHORED, "1"));
    assertThat(facts).as("a local repository has no platform accounts").isEmpty();
  }

  @Test
  void sync_dateOfACommitterWhoOnlyCommittedIsTheCommitterDate() {
    repository().commit(person("Grace Hopper", "grace@example.org", "2024-02-01T09:00:00Z"),
        person("Merge Bot", "merge@example.org", "2024-05-05T05:05:05Z"), "Applied");

    sync(source(), null);

    assertThat(record("Merge Bot", "merge@example.org").firstSeen()).hasValue(Instant.parse("2024-05-05T05:05:05Z"));
    assertThat(record("Merge Bot", "merge@example.org").attributes())
        .containsExactlyEntriesOf(Map.of(LocalGitSource.COMMITTED, "1"));
  }

  @Test
  void sync_readsCoAuthorTrailersWithOnlyANameOrOnlyAnEmail() {
    repository().commit(ADA, "Pairing\n\nCo-authored-by: Charles Babbage\nCo-authored-by: mary@example.org\n");

    sync(source(), null);

    assertThat(record("Charles Babbage", "").emails()).isEmpty();
    assertThat(record("", "mary@example.org").displayName()).isEmpty();
  }

  @Test
  void sync_appliesTheRepositorysMailmapOnlyWhenAsked() {
    repository().write(".mailmap", String.join("\n",
        "# canonical names and addresses",
        "Ada Lovelace <ada@example.org>",
        "<grace@example.org> <grace@old.example>",
        "Linus Torvalds <linus@example.org> <LINUS@osdl.example>",
        "Charles Babbage <charles@example.org> Charlie <c@example.org>",
        ""));
    repository().commit(person("ada", "ADA@Example.org", "2024-01-01T00:00:00Z"), "one");
    repository().commit(person("Grace Hopper", "grace@old.example", "2024-01-02T00:00:00Z"), "two");
    repository().commit(person("linus", "linus@osdl.example", "2024-01-03T00:00:00Z"), "three");
    repository().commit(person("charlie", "c@example.org", "2024-01-04T00:00:00Z"), "four");
    repository().commit(person("Chuck", "c@example.org", "2024-01-05T00:00:00Z"), "five");

    sync(source(), null);
    List<String> raw = ids();
    records.clear();
    sync(source().useMailmap(true), null);

    assertThat(raw).contains(GitIdentities.recordId("ada", "ADA@Example.org").value(),
        GitIdentities.recordId("Grace Hopper", "grace@old.example").value());
    assertThat(ids()).containsExactlyInAnyOrder(
        GitIdentities.recordId("Ada Lovelace", "ADA@Example.org").value(),
        GitIdentities.recordId("Grace Hopper", "grace@example.org").value(),
        GitIdentities.recordId("Linus Torvalds", "linus@example.org").value(),
        // Names match ignoring case too; a name the line does not give keeps the commit's identity.
        GitIdentities.recordId("Charles Babbage", "charles@example.org").value(),
        GitIdentities.recordId("Chuck", "c@example.org").value());
  }

  @Test
  void sync_appliesTheIdentityMapperAfterTheMailmap() {
    repository().write(".mailmap", "Ada Lovelace <ada@example.org> <ada@old.example>\n");
    repository().commit(person("ada", "ada@old.example", "2024-01-01T00:00:00Z"), "one");
    List<String> seen = new ArrayList<>();

    sync(source().useMailmap(true).identityMapper((name, email) -> {
      seen.add(name + " <" + email + ">");
      return new GitIdentity(name.toUpperCase(Locale.ROOT), email);
    }), null);

    assertThat(seen).containsOnly("Ada Lovelace <ada@example.org>");
    assertThat(ids()).containsExactly(GitIdentities.recordId("ADA LOVELACE", "ada@example.org").value());
  }

  @Test
  void sync_identityMapperReturningNullIsAnError() {
    repository().commit(ADA, "one");

    assertThatThrownBy(() -> sync(source().identityMapper((name, email) -> null), null))
        .isInstanceOf(IdentityException.class)
        .hasMessage("the git identity mapper returned null for Ada Lovelace <ada@example.org>; "
            + "return the identity itself to keep it");
  }

  @Test
  void sync_badMailmapLineNamesTheFileLineAndColumn() {
    repository().write(".mailmap", "Ada Lovelace <ada@example.org>\nGrace Hopper grace@example.org\n");
    repository().commit(ADA, "one");
    Path mailmap = repository().directory().resolve(".mailmap");

    assertThatThrownBy(() -> sync(source().useMailmap(true), null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(mailmap + ":2:1: \"Grace Hopper grace@example.org\" has no <email>");
    // Without the mailmap the file is not read.
    assertThat(sync(source(), null).complete()).isTrue();
  }

  @Test
  void sync_readsTheMailmapOfHeadInABareRepository() {
    repository().write(".mailmap", "Ada Lovelace <ada@example.org> <ada@old.example>\n");
    repository().commit(person("ada", "ada@old.example", "2024-01-01T00:00:00Z"), "one");
    Path bare = repository().bareClone(dir.resolve("bare.git"));

    LocalGitSource.builder(bare).useMailmap(true).build().sync(null, sink);

    assertThat(ids()).containsExactly(GitIdentities.recordId("Ada Lovelace", "ada@example.org").value());
  }

  @Test
  void sync_readsOnlyCommitsNotReachableFromTheCursor() {
    repository().commit(ADA, "one");
    RevCommit second = repository().commit(person("Grace Hopper", "grace@example.org", "2024-02-01T00:00:00Z"), "two");
    LocalGitSource git = source().build();

    SyncResult first = git.sync(null, sink);
    records.clear();
    RevCommit third = repository().commit(person("Ada Lovelace", "ada@example.org", "2024-03-01T00:00:00Z"), "three");
    SyncResult next = git.sync(first.cursor(), sink);

    assertThat(first.cursor()).isEqualTo(second.name());
    assertThat(next.cursor()).isEqualTo(third.name());
    assertThat(next.complete()).isTrue();
    assertThat(records).singleElement().satisfies(ada -> {
      assertThat(ada.id()).isEqualTo(GitIdentities.recordId("Ada Lovelace", "ada@example.org"));
      assertThat(ada.activityCount()).isEqualTo(1);
      assertThat(ada.firstSeen()).hasValue(Instant.parse("2024-03-01T00:00:00Z"));
    });

    records.clear();
    SyncResult unchanged = git.sync(next.cursor(), sink);

    assertThat(records).isEmpty();
    assertThat(unchanged.cursor()).isEqualTo(third.name());
  }

  @Test
  void sync_readsEverythingWhenTheCursorsCommitIsGone() {
    repository().commit(ADA, "one");

    SyncResult result = sync(source(), "0123456789abcdef0123456789abcdef01234567");

    assertThat(result.complete()).isTrue();
    assertThat(ids()).containsExactly(GitIdentities.recordId("Ada Lovelace", "ada@example.org").value());
  }

  @Test
  void sync_rejectsACursorThatIsNotACommitId() {
    repository().commit(ADA, "one");

    assertThatThrownBy(() -> sync(source(), "{\"since\":\"2024-01-01T00:00:00Z\"}"))
        .isInstanceOf(IdentityException.class)
        .hasMessage("the local git cursor \"{\"since\":\"2024-01-01T00:00:00Z\"}\" is not a commit id "
            + "(40 hex digits) this source wrote; start a full sync with no cursor");
  }

  @Test
  void sync_ofARepositoryWithoutCommitsYieldsNothingAndKeepsTheCursor() {
    repository();

    SyncResult result = sync(source(), null);

    assertThat(records).isEmpty();
    assertThat(result.nextCursor()).isEmpty();
    assertThat(result.complete()).isTrue();
  }

  @Test
  void sync_acceptsTheGitDirectoryItself() {
    repository().commit(ADA, "one");

    LocalGitSource.builder(repository().directory().resolve(".git")).build().sync(null, sink);

    assertThat(records).hasSize(1);
  }

  @Test
  void sync_directoryThatIsNotARepositoryIsAClearError() throws IOException {
    Path plain = Files.createDirectories(dir.resolve("plain"));

    assertThatThrownBy(() -> LocalGitSource.builder(plain).build().sync(null, sink))
        .isInstanceOf(IdentityException.class)
        .hasMessage(plain + " is not a git repository: it holds no .git and is not a bare repository; "
            + "give the top directory of a clone (the one holding .git) or a bare repository");
  }

  @Test
  void sync_missingDirectoryOrAFileIsAClearError() throws IOException {
    Path missing = dir.resolve("missing");
    Path file = Files.writeString(dir.resolve("file.txt"), "not a repository");

    assertThatThrownBy(() -> LocalGitSource.builder(missing).build().sync(null, sink))
        .hasMessage("the git repository " + missing + " does not exist; give the directory of a clone");
    assertThatThrownBy(() -> LocalGitSource.builder(file).build().sync(null, sink))
        .hasMessage("the git repository " + file + " does not exist as a directory; it is a file; "
            + "give the directory of a clone");
  }

  @Test
  void syncRunner_keepsTheGitRecordsOfALocalRepository() {
    repository().commit(ADA, "one");

    SyncReport report = SyncRunner.of(List.of(source().build())).run(Map.of());

    assertThat(report.failures()).isEmpty();
    assertThat(report.records()).extracting(r -> r.id().value())
        .containsExactly(GitIdentities.recordId("Ada Lovelace", "ada@example.org").value());
    assertThat(report.cursors()).containsKey(Integration.of(IntegrationType.GIT));
  }

  @Test
  void toString_namesTheDirectoryAndWhatIsApplied() {
    assertThat(LocalGitSource.builder(Path.of("repo")).useMailmap(true).identityMapper(GitIdentity::new).build())
        .hasToString("LocalGitSource[repo, .mailmap, mapped]");
    assertThat(LocalGitSource.builder(Path.of("repo")).build().integration())
        .isEqualTo(Integration.of(IntegrationType.GIT));
  }

  private List<String> ids() {
    return records.stream().map(r -> r.id().value()).collect(Collectors.toList());
  }
}
