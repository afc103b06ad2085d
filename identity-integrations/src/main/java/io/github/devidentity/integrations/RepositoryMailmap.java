package io.github.devidentity.integrations;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.devidentity.InvalidInputException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.jspecify.annotations.Nullable;

/**
 * A repository's own {@code .mailmap}, read as git reads it: the four line forms of gitmailmap(5),
 * emails and names matched ignoring (ASCII) case, a name-and-email line before an email-only one,
 * and for the same key a later line over an earlier one. A line git would pass over without a word
 * (no {@code <email>}, an unclosed {@code <}, text after the last email) is an error here, so
 * nothing in the file is ignored unseen.
 */
final class RepositoryMailmap implements GitIdentityMapper {
  static final RepositoryMailmap EMPTY = new RepositoryMailmap(Map.of());

  private final Map<String, Entry> byEmail;

  private RepositoryMailmap(Map<String, Entry> byEmail) {
    this.byEmail = byEmail;
  }

  /**
   * The {@code .mailmap} at the top of the work tree, or in a bare repository the one in HEAD's
   * tree; {@link #EMPTY} when there is none.
   */
  static RepositoryMailmap of(Repository repository, @Nullable ObjectId head) throws IOException {
    if (!repository.isBare()) {
      Path file = repository.getWorkTree().toPath().resolve(".mailmap");
      return Files.isRegularFile(file) ? parse(Files.readString(file, UTF_8), file.toString()) : EMPTY;
    }
    if (head == null) {
      return EMPTY;
    }
    try (RevWalk walk = new RevWalk(repository);
        TreeWalk entry = TreeWalk.forPath(repository, ".mailmap", walk.parseCommit(head).getTree())) {
      if (entry == null) {
        return EMPTY;
      }
      byte[] bytes = repository.open(entry.getObjectId(0), Constants.OBJ_BLOB).getBytes();
      return parse(new String(bytes, UTF_8), "HEAD:.mailmap of " + repository.getDirectory() + File.separator);
    }
  }

  /**
   * Parses mailmap text.
   *
   * @param source names the text in error messages
   * @throws InvalidInputException naming the source, line and column of a line that is not one of
   *     the four forms
   */
  static RepositoryMailmap parse(String text, String source) {
    Map<String, Entry> byEmail = new HashMap<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      new Line(source, i + 1, lines[i]).read(byEmail);
    }
    return new RepositoryMailmap(byEmail);
  }

  @Override
  public GitIdentity map(String name, String email) {
    Entry entry = byEmail.get(fold(email));
    if (entry == null) {
      return new GitIdentity(name, email);
    }
    Replacement replacement = entry.byName.getOrDefault(fold(name), entry.any);
    return new GitIdentity(replacement.name == null ? name : replacement.name,
        replacement.email == null ? email : replacement.email);
  }

  /** Lower-cases ASCII letters only, as git's case-insensitive compare does. */
  private static String fold(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return folded.toString();
  }

  /** What replaces a matched identity's name and email; null keeps the commit's. */
  private static final class Replacement {
    @Nullable String name;
    @Nullable String email;

    Replacement(@Nullable String name, @Nullable String email) {
      this.name = name;
      this.email = email;
    }
  }

  /** The lines for one commit email: the email-only one, and those that also match a name. */
  private static final class Entry {
    final Replacement any = new Replacement(null, null);
    final Map<String, Replacement> byName = new HashMap<>();
  }

  /** One line of the file, read left to right. */
  private static final class Line {
    private final String source;
    private final int number;
    private final String text;
    private int at;

    Line(String source, int number, String text) {
      this.source = source;
      this.number = number;
      this.text = text;
    }

    void read(Map<String, Entry> byEmail) {
      if (text.isBlank() || text.strip().startsWith("#")) {
        return;
      }
      String properName = nameBefore();
      if (at == text.length()) {
        throw problem(1, "\"" + text.strip() + "\" has no <email>; expected \"Proper Name <commit@email>\", "
            + "\"<proper@email> <commit@email>\", \"Proper Name <proper@email> <commit@email>\" "
            + "or \"Proper Name <proper@email> Commit Name <commit@email>\"");
      }
      int firstEmail = at + 1;
      String properEmail = email();
      if (properEmail.isEmpty()) {
        throw problem(firstEmail, "the first email is empty; give the proper email or the commit email there");
      }
      if (restIsComment()) {
        if (properName == null) {
          throw problem(firstEmail, "\"" + text.strip() + "\" maps nothing; put the proper name before the email");
        }
        put(byEmail, properEmail, null, properName, null);
        return;
      }
      int rest = nextNonBlank();
      String commitName = nameBefore();
      if (at == text.length()) {
        throw problem(rest + 1, "unexpected text \"" + text.substring(rest).strip()
            + "\" after the email; expected a commit email in <> or a # comment");
      }
      String commitEmail = email();
      if (!restIsComment()) {
        throw problem(nextNonBlank() + 1, "unexpected text \"" + text.substring(at).strip()
            + "\" after the commit email; expected the end of the line or a # comment");
      }
      put(byEmail, commitEmail, commitName, properName, properEmail);
    }

    private static void put(Map<String, Entry> byEmail, String commitEmail, @Nullable String commitName,
        @Nullable String properName, @Nullable String properEmail) {
      Entry entry = byEmail.computeIfAbsent(fold(commitEmail), k -> new Entry());
      if (commitName != null) {
        entry.byName.put(fold(commitName), new Replacement(properName, properEmail));
        return;
      }
      if (properName != null) {
        entry.any.name = properName;
      }
      if (properEmail != null) {
        entry.any.email = properEmail;
      }
    }

    /** The trimmed text up to the next {@code <} (null if blank); leaves {@code at} on the {@code <} or the end. */
    private @Nullable String nameBefore() {
      int open = text.indexOf('<', at);
      int end = open < 0 ? text.length() : open;
      String name = text.substring(at, end).strip();
      at = end;
      return name.isEmpty() ? null : name;
    }

    /** The trimmed text between the {@code <} at {@code at} and its {@code >}; leaves {@code at} after it. */
    private String email() {
      int close = text.indexOf('>', at + 1);
      if (close < 0) {
        throw problem(at + 1, "'<' is not closed by '>'");
      }
      String email = text.substring(at + 1, close).strip();
      at = close + 1;
      return email;
    }

    private int nextNonBlank() {
      int i = at;
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      return i;
    }

    private boolean restIsComment() {
      String rest = text.substring(at).strip();
      return rest.isEmpty() || rest.startsWith("#");
    }

    private InvalidInputException problem(int column, String problem) {
      return new InvalidInputException(source, number, column, null, problem + " (or sync without the mailmap)");
    }
  }
}
