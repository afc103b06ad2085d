package io.github.devidentity.integrations;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.IdentityException;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.spi.IdentitySink;
import io.github.devidentity.spi.IdentitySource;
import io.github.devidentity.spi.SyncResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.revwalk.FooterKey;
import org.eclipse.jgit.revwalk.FooterLine;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;
import org.jspecify.annotations.Nullable;

/**
 * Reads the git identities of a repository on disk: every author, committer and {@code
 * Co-authored-by:} trailer of the commits reachable from HEAD, counted.
 *
 * <p>Records: one per identity (a name and an email), with the shared {@link
 * GitIdentities#recordId git record id}, so the same person's commits read here and through a
 * hosting tool meet in one record. Its activity count is the number of commits the identity took
 * part in, each counted once whatever its roles; first and last seen span the author dates of the
 * commits it authored or co-authored and the committer dates of those it only committed. The
 * attributes {@value #AUTHORED}, {@value #COMMITTED} and {@value #CO_AUTHORED} count the commits
 * per role. A local repository has no platform accounts, so this source yields no {@link
 * io.github.devidentity.spi.ContributionFact contribution facts}.
 *
 * <p>Identities are canonicalised before counting, when asked: first by the repository's own
 * {@code .mailmap} ({@link Builder#useMailmap}; the work tree's file, or HEAD's in a bare
 * repository), then by the host's {@link GitIdentityMapper}.
 *
 * <p>Incremental: the cursor is the id of the HEAD commit the last sync read, and the next sync
 * reads only the commits not reachable from it. Its records count those new commits only, and
 * replace the earlier records of the same identities; sync without a cursor for lifetime counts,
 * and after changing the {@code .mailmap}. A cursor whose commit the repository no longer holds (a
 * rewritten, re-cloned history) makes a full read.
 *
 * <pre>{@code
 * LocalGitSource git = LocalGitSource.builder(Path.of("/src/api")).useMailmap(true).build();
 * SyncResult result = git.sync(previousCursor, sink);
 * }</pre>
 */
public final class LocalGitSource implements IdentitySource {
  /** The attribute that counts the commits an identity authored. */
  public static final String AUTHORED = "git.authored";
  /** The attribute that counts the commits an identity committed. */
  public static final String COMMITTED = "git.committed";
  /** The attribute that counts the commits that name an identity in a {@code Co-authored-by:} trailer. */
  public static final String CO_AUTHORED = "git.co-authored";

  private static final Integration GIT = Integration.of(IntegrationType.GIT);
  private static final FooterKey CO_AUTHORED_BY = new FooterKey("Co-authored-by");
  private static final Pattern COMMIT_ID = Pattern.compile("[0-9a-f]{40}");

  private final Path directory;
  private final boolean mailmap;
  private final @Nullable GitIdentityMapper mapper;

  private LocalGitSource(Builder builder) {
    this.directory = builder.directory;
    this.mailmap = builder.mailmap;
    this.mapper = builder.mapper;
  }

  /**
   * Starts a source reading the repository in {@code directory}: the top of a clone's work tree
   * (the directory holding {@code .git}), its {@code .git} directory, or a bare repository.
   */
  public static Builder builder(Path directory) {
    return new Builder(requireNonNull(directory, "directory"));
  }

  /** {@code git}: the records are those every source makes from commits. */
  @Override
  public Integration integration() {
    return GIT;
  }

  /**
   * Reads the commits reachable from HEAD and not from the cursor's commit.
   *
   * @param cursor a commit id an earlier sync returned, or null to read every commit
   * @return HEAD's commit id as the cursor (the given cursor when HEAD has no commit yet); always
   *     complete
   * @throws IdentityException if the directory is not a git repository, the cursor is not a commit
   *     id, or the repository cannot be read; the message names the directory
   * @throws io.github.devidentity.InvalidInputException if the {@code .mailmap} holds a line that is
   *     not one of its four forms; the message names its file, line and column
   */
  @Override
  public SyncResult sync(@Nullable String cursor, IdentitySink sink) {
    requireNonNull(sink, "sink");
    ObjectId since = parse(cursor);
    try (Repository repository = open()) {
      ObjectId head = repository.resolve(Constants.HEAD);
      if (head == null) {
        return new SyncResult(cursor, true);
      }
      Canonical canonical = new Canonical(mailmap ? RepositoryMailmap.of(repository, head) : null, mapper);
      Tally tally = new Tally();
      try (RevWalk walk = new RevWalk(repository)) {
        walk.markStart(walk.parseCommit(head));
        if (since != null) {
          markUninteresting(walk, since);
        }
        for (RevCommit commit : walk) {
          tally.add(commit, canonical);
        }
      }
      tally.emit(sink);
      return new SyncResult(head.name(), true);
    } catch (IOException e) {
      throw new IdentityException("cannot read the git repository " + directory + ": "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    }
  }

  @Override
  public String toString() {
    return "LocalGitSource[" + directory + (mailmap ? ", .mailmap" : "") + (mapper == null ? "" : ", mapped") + "]";
  }

  private Repository open() throws IOException {
    if (!Files.isDirectory(directory)) {
      throw new IdentityException("the git repository " + directory + " does not exist"
          + (Files.exists(directory) ? " as a directory; it is a file" : "") + "; give the directory of a clone");
    }
    File gitDirectory = RepositoryCache.FileKey.resolve(directory.toFile(), FS.DETECTED);
    if (gitDirectory == null) {
      throw new IdentityException(directory + " is not a git repository: it holds no .git and is not a bare "
          + "repository; give the top directory of a clone (the one holding .git) or a bare repository");
    }
    return new FileRepositoryBuilder().setGitDir(gitDirectory).setMustExist(true).build();
  }

  private static @Nullable ObjectId parse(@Nullable String cursor) {
    if (cursor == null) {
      return null;
    }
    if (!COMMIT_ID.matcher(cursor).matches()) {
      throw new IdentityException("the local git cursor \"" + cursor + "\" is not a commit id (40 hex digits) "
          + "this source wrote; start a full sync with no cursor");
    }
    return ObjectId.fromString(cursor);
  }

  /** Leaves out what the cursor's commit reaches; a commit the repository lacks leaves out nothing. */
  private static void markUninteresting(RevWalk walk, ObjectId since) throws IOException {
    RevCommit seen;
    try {
      seen = walk.parseCommit(since);
    } catch (MissingObjectException | IncorrectObjectTypeException gone) {
      return; // History was rewritten or the clone replaced: a full read is the safe answer.
    }
    walk.markUninteresting(seen);
  }

  /** The roles an identity plays in a commit. */
  private enum Role {
    AUTHOR(AUTHORED),
    COMMITTER(COMMITTED),
    CO_AUTHOR(CO_AUTHORED);

    final String attribute;

    Role(String attribute) {
      this.attribute = attribute;
    }
  }

  /** The mailmap, then the host's mapper. */
  private static final class Canonical {
    final @Nullable GitIdentityMapper mailmap;
    final @Nullable GitIdentityMapper mapper;

    Canonical(@Nullable GitIdentityMapper mailmap, @Nullable GitIdentityMapper mapper) {
      this.mailmap = mailmap;
      this.mapper = mapper;
    }

    GitIdentity of(String name, String email) {
      GitIdentity identity = mailmap == null ? new GitIdentity(name, email) : mailmap.map(name, email);
      if (mapper == null) {
        return identity;
      }
      GitIdentity mapped = mapper.map(identity.name(), identity.email());
      if (mapped == null) {
        throw new IdentityException("the git identity mapper returned null for " + identity
            + "; return the identity itself to keep it");
      }
      return mapped;
    }
  }

  /** Counts each identity once per commit in {@link GitIdentities}, and per role beside it. */
  private static final class Tally {
    final GitIdentities identities = new GitIdentities();
    final Map<RecordId, Map<Role, Long>> roles = new HashMap<>();

    void add(RevCommit commit, Canonical canonical) {
      PersonIdent author = commit.getAuthorIdent();
      PersonIdent committer = commit.getCommitterIdent();
      Map<GitIdentity, Set<Role>> people = new LinkedHashMap<>();
      people.computeIfAbsent(canonical.of(author.getName(), author.getEmailAddress()), k -> EnumSet.noneOf(Role.class))
          .add(Role.AUTHOR);
      people.computeIfAbsent(canonical.of(committer.getName(), committer.getEmailAddress()),
          k -> EnumSet.noneOf(Role.class)).add(Role.COMMITTER);
      for (GitIdentity coAuthor : coAuthors(commit)) {
        people.computeIfAbsent(canonical.of(coAuthor.name(), coAuthor.email()), k -> EnumSet.noneOf(Role.class))
            .add(Role.CO_AUTHOR);
      }
      // Two spellings that differ only in the email's case or the name's spaces are one record.
      Map<RecordId, Set<Role>> byRecord = new LinkedHashMap<>();
      Map<RecordId, GitIdentity> first = new HashMap<>();
      people.forEach((identity, played) -> {
        RecordId id = GitIdentities.recordId(identity.name(), identity.email());
        first.putIfAbsent(id, identity);
        byRecord.computeIfAbsent(id, k -> EnumSet.noneOf(Role.class)).addAll(played);
      });
      byRecord.forEach((id, played) -> {
        Instant at = played.equals(EnumSet.of(Role.COMMITTER)) ? committer.getWhenAsInstant()
            : author.getWhenAsInstant();
        GitIdentity identity = first.get(id);
        identities.commit(identity.name(), identity.email(), at);
        Map<Role, Long> counts = roles.computeIfAbsent(id, k -> new EnumMap<>(Role.class));
        played.forEach(role -> counts.merge(role, 1L, Long::sum));
      });
    }

    /** The {@code Co-authored-by:} trailers: {@code Name <email>}, or a bare name or email. */
    private static List<GitIdentity> coAuthors(RevCommit commit) {
      List<GitIdentity> coAuthors = new ArrayList<>();
      for (FooterLine line : commit.getFooterLines()) {
        if (!line.matches(CO_AUTHORED_BY)) {
          continue;
        }
        String value = line.getValue().strip();
        String email = line.getEmailAddress();
        int open = value.indexOf('<');
        String name = open >= 0 ? value.substring(0, open).strip() : email == null ? value : "";
        coAuthors.add(new GitIdentity(name, email == null ? "" : email.strip()));
      }
      return coAuthors;
    }

    void emit(IdentitySink sink) {
      identities.emit(record -> {
        IdentityRecord.Builder withRoles = record.toBuilder();
        roles.getOrDefault(record.id(), Map.of())
            .forEach((role, count) -> withRoles.attribute(role.attribute, Long.toString(count)));
        sink.record(withRoles.build());
      });
    }
  }

  /** Builds a {@link LocalGitSource}. */
  public static final class Builder {
    private final Path directory;
    private boolean mailmap;
    private @Nullable GitIdentityMapper mapper;

    private Builder(Path directory) {
      this.directory = directory;
    }

    /**
     * Whether to canonicalise identities with the repository's own {@code .mailmap}, as {@code git
     * shortlog} does; false by default. A repository without one is read as it is.
     */
    public Builder useMailmap(boolean useMailmap) {
      this.mailmap = useMailmap;
      return this;
    }

    /** A mapper applied to every identity, after the {@code .mailmap} when that is used. */
    public Builder identityMapper(GitIdentityMapper mapper) {
      this.mapper = requireNonNull(mapper, "mapper");
      return this;
    }

    /** Builds the source; the repository is opened at each sync, so it need not exist yet. */
    public LocalGitSource build() {
      return new LocalGitSource(this);
    }
  }
}
