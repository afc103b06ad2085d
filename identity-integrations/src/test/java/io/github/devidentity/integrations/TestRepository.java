package io.github.devidentity.integrations;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A git repository a test builds with JGit: commits with chosen people, dates and messages. */
final class TestRepository implements AutoCloseable {
  private final Git git;
  private final Path directory;

  private TestRepository(Git git, Path directory) {
    this.git = git;
    this.directory = directory;
  }

  /** A new repository with a work tree in {@code directory}. */
  static TestRepository init(Path directory) {
    try {
      return new TestRepository(Git.init().setDirectory(directory.toFile()).setInitialBranch("main").call(), directory);
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  Path directory() {
    return directory;
  }

  /** {@code Name <email>} at an ISO-8601 instant, in UTC. */
  static PersonIdent person(String name, String email, String at) {
    return new PersonIdent(name, email, Instant.parse(at), ZoneOffset.UTC);
  }

  /** A commit whose author also committed it. */
  RevCommit commit(PersonIdent author, String message) {
    return commit(author, author, message);
  }

  /** A commit with no change to the tree, or with whatever was {@linkplain #write written} since. */
  RevCommit commit(PersonIdent author, PersonIdent committer, String message) {
    try {
      git.add().addFilepattern(".").call();
      return git.commit().setAllowEmpty(true).setSign(false).setAuthor(author).setCommitter(committer)
          .setMessage(message).call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes a file in the work tree; the next commit takes it. */
  TestRepository write(String name, String text) {
    try {
      Files.writeString(directory.resolve(name), text, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** A bare clone of this repository in {@code target}. */
  Path bareClone(Path target) {
    try {
      Git.cloneRepository().setBare(true).setURI(directory.toUri().toString()).setDirectory(target.toFile()).call()
          .close();
      return target;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    git.close();
  }
}
