package io.github.devidentity.mailmap;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The git installed on this machine, run in one directory, for tests that hold our {@code
 * .mailmap} handling against git itself. Git is required: a missing git fails the test with a
 * message saying so, it never skips it.
 */
final class Git {
  private static final long TIMEOUT_SECONDS = 60;

  private final Path dir;

  private Git(Path dir) {
    this.dir = dir;
  }

  /** A new repository in {@code dir}. */
  static Git init(Path dir) {
    Git git = new Git(dir);
    git.run(Map.of(), "", "init", "-q", ".");
    return git;
  }

  /** Commits nothing, as this author and committer. */
  void commit(GitIdentity identity, String message) {
    run(Map.of("GIT_AUTHOR_NAME", identity.name(), "GIT_AUTHOR_EMAIL", identity.email(),
        "GIT_COMMITTER_NAME", identity.name(), "GIT_COMMITTER_EMAIL", identity.email()),
        "", "commit", "-q", "--allow-empty", "--allow-empty-message", "-m", message);
  }

  /** {@code git check-mailmap} of each identity, in order, as git prints them. */
  List<String> checkMailmap(List<GitIdentity> identities) {
    List<String> args = new ArrayList<>(List.of("check-mailmap"));
    identities.forEach(identity -> args.add(identity.name() + " <" + identity.email() + ">"));
    return run(Map.of(), "", args.toArray(new String[0])).lines().toList();
  }

  /** {@code git check-mailmap --stdin} of each identity, in order. */
  List<String> checkMailmapStdin(List<GitIdentity> identities) {
    StringBuilder input = new StringBuilder();
    identities.forEach(identity -> input.append(identity.name()).append(" <").append(identity.email()).append(">\n"));
    return run(Map.of(), input.toString(), "check-mailmap", "--stdin").lines().toList();
  }

  /** An identity as git prints it: the name before the first {@code <}, trimmed; the email up to the next {@code >}. */
  static GitIdentity identity(String line) {
    int open = line.indexOf('<');
    int close = line.indexOf('>', open + 1);
    if (open < 0 || close < 0) {
      throw new AssertionError("git printed \"" + line + "\", not an identity");
    }
    return GitIdentity.of(line.substring(0, open).strip(), line.substring(open + 1, close));
  }

  /**
   * Runs git with the arguments, input on stdin and extra environment, and gives its output.
   * System and user configuration are kept out, so no {@code mailmap.file} of the machine counts.
   */
  String run(Map<String, String> env, String input, String... args) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().putAll(Map.of("GIT_CONFIG_NOSYSTEM", "1", "GIT_CONFIG_GLOBAL", "/dev/null",
        "HOME", dir.toString(), "LC_ALL", "C", "GIT_AUTHOR_DATE", "2026-01-01T00:00:00Z",
        "GIT_COMMITTER_DATE", "2026-01-01T00:00:00Z"));
    builder.environment().putAll(env);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new AssertionError("cannot run git (" + e.getMessage() + "); these tests check .mailmap files against"
          + " git itself, so install git 2.39 or newer and put it on the PATH", e);
    }
    try {
      CompletableFuture<byte[]> out = drain(process.getInputStream());
      CompletableFuture<byte[]> err = drain(process.getErrorStream());
      try (OutputStream stdin = process.getOutputStream()) {
        stdin.write(input.getBytes(UTF_8));
      }
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(command + " did not finish in " + TIMEOUT_SECONDS + " s");
      }
      if (process.exitValue() != 0) {
        throw new AssertionError(command + " exited with " + process.exitValue() + ": " + new String(err.join(), UTF_8));
      }
      return new String(out.join(), UTF_8);
    } catch (IOException e) {
      throw new AssertionError(command + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(command + " was interrupted", e);
    }
  }

  private static CompletableFuture<byte[]> drain(InputStream stream) {
    return CompletableFuture.supplyAsync(() -> {
      try (InputStream in = stream) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }
}
