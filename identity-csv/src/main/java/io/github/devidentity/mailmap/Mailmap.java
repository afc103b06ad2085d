package io.github.devidentity.mailmap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.github.devidentity.IdentityException;
import io.github.devidentity.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A parsed git {@code .mailmap}: its entries in file order, the problems found in it, and git's
 * mapping from the identity in a commit to the canonical one.
 *
 * <p>A line maps commits in one of four forms ({@code gitmailmap(5)}):
 *
 * <pre>
 * Proper Name &lt;commit@email&gt;                              the name of commits with that email
 * &lt;proper@email&gt; &lt;commit@email&gt;                            the email of commits with that email
 * Proper Name &lt;proper@email&gt; &lt;commit@email&gt;                both, for commits with that email
 * Proper Name &lt;proper@email&gt; Commit Name &lt;commit@email&gt;    both, for commits with that name and email
 * </pre>
 *
 * <p>The rules are git 2.39's, checked against {@code git check-mailmap}: a line whose first
 * character is {@code #} is a comment, and text after an entry's last {@code >} is ignored (a
 * {@code #} there starts a comment); a {@code #} after leading whitespace, or between the two
 * emails, is read as part of a name, as git reads it; emails and names match ignoring ASCII case
 * only; an entry for a name and email wins over one for the email
 * alone; a later line replaces what an earlier one set for the same email (field by field) or the
 * same name and email (whole); the mapping is applied once, never followed further; the commit
 * email may be empty ({@code <>}), the first email may not.
 *
 * <p>Lines and parts of lines that git ignores are not an error here either, since git accepts
 * the file, but none is ignored silently: each is a {@link Problem} with its line and column,
 * saying whether the whole line was skipped. Hosts that want a clean file call {@link
 * #requireNoProblems()}.
 *
 * <pre>{@code
 * Mailmap mailmap = Mailmap.read(Path.of(".mailmap"));
 * mailmap.problems().forEach(problem -> System.err.println("warning: " + problem.message()));
 * GitIdentity canonical = mailmap.map(GitIdentity.of("ada", "ada@old.example.org"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Mailmap {
  private final String source;
  private final List<Entry> entries;
  private final List<Problem> problems;
  /** The entries in force per commit email, by the email's {@link GitIdentity#key}. */
  private final Map<String, Slot> byEmail = new HashMap<>();
  /** The proper emails of the entries, by {@link GitIdentity#key}. */
  private final Set<String> properEmails = new HashSet<>();

  Mailmap(String source, List<Entry> entries, List<Problem> problems) {
    this.source = source;
    this.entries = List.copyOf(entries);
    this.problems = List.copyOf(problems);
    for (Entry entry : this.entries) {
      byEmail.computeIfAbsent(GitIdentity.key(entry.commitEmail()), key -> new Slot()).add(entry);
      if (entry.properEmail() != null) {
        properEmails.add(GitIdentity.key(entry.properEmail()));
      }
    }
  }

  /**
   * Parses {@code .mailmap} text.
   *
   * @param text the whole file; lines end with {@code \n} or {@code \r\n}
   * @param source names the text in problems and notes, such as its file name
   * @return the entries and the problems found; never throws for bad lines
   */
  public static Mailmap parse(String text, String source) {
    requireNonNull(text, "text");
    requireNonNull(source, "source");
    return MailmapParser.parse(text, source);
  }

  /**
   * Reads and parses a UTF-8 file.
   *
   * @param file the file; problems name it as given
   * @return the entries and the problems found
   * @throws InvalidInputException if the file is not UTF-8
   * @throws IdentityException if the file cannot be read
   */
  public static Mailmap read(Path file) {
    requireNonNull(file, "file");
    try {
      return parse(Files.readString(file, UTF_8), file.toString());
    } catch (CharacterCodingException e) {
      throw notUtf8(file.toString(), e);
    } catch (IOException e) {
      throw unreadable(file.toString(), e);
    }
  }

  /**
   * Reads and parses a stream, which is not closed.
   *
   * @param reader the {@code .mailmap} text
   * @param source names the stream in problems and notes, such as its file name
   * @return the entries and the problems found
   * @throws InvalidInputException if the stream's bytes do not decode
   * @throws IdentityException if the stream cannot be read
   */
  public static Mailmap read(Reader reader, String source) {
    requireNonNull(reader, "reader");
    requireNonNull(source, "source");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
      }
    } catch (CharacterCodingException e) {
      throw notUtf8(source, e);
    } catch (IOException | UncheckedIOException e) {
      throw unreadable(source, e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : (IOException) e);
    }
    return parse(text.toString(), source);
  }

  private static InvalidInputException notUtf8(String source, CharacterCodingException e) {
    return new InvalidInputException(source, 0, 0, null, "holds bytes that are not UTF-8; save it as UTF-8", e);
  }

  private static IdentityException unreadable(String source, IOException e) {
    String reason = e instanceof NoSuchFileException ? "no such file or directory"
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new IdentityException("cannot read " + source + ": " + reason, e);
  }

  /** The name of the file or stream, as given when it was read. */
  public String source() {
    return source;
  }

  /** The entries in file order, one per line git reads as an entry. */
  public List<Entry> entries() {
    return entries;
  }

  /** What git ignores in the file, in line order; empty for a clean file. */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * This mailmap, if it has no problems.
   *
   * @return this
   * @throws InvalidInputException naming the line and column of the problem when there is one;
   *     when there are several, one exception listing them all, pointing at the first, with each
   *     problem {@linkplain Throwable#getSuppressed() suppressed} in it
   */
  public Mailmap requireNoProblems() {
    if (problems.isEmpty()) {
      return this;
    }
    if (problems.size() == 1) {
      throw problems.get(0).toException();
    }
    String list = problems.stream().map(p -> "\n  " + p.message()).collect(Collectors.joining());
    InvalidInputException all = new InvalidInputException(source, problems.get(0).line(), 0, null,
        problems.size() + " lines hold text git ignores; fix them all and read the file again:" + list);
    problems.forEach(problem -> all.addSuppressed(problem.toException()));
    throw all;
  }

  /**
   * The identity git shows for a commit's identity: {@code git check-mailmap "Name <email>"}.
   *
   * @param identity the name and email in the commit
   * @return the canonical identity, or {@code identity} itself when no entry applies
   */
  public GitIdentity map(GitIdentity identity) {
    return match(identity).map(Mapping::to).orElse(identity);
  }

  /**
   * The entries that map a commit's identity, with the result.
   *
   * @param identity the name and email in the commit
   * @return the mapping and the lines it comes from; empty when no entry applies
   */
  public Optional<Mapping> match(GitIdentity identity) {
    requireNonNull(identity, "identity");
    Slot slot = byEmail.get(GitIdentity.key(identity.email()));
    if (slot == null) {
      return Optional.empty();
    }
    Entry byName = slot.byName.get(GitIdentity.key(identity.name()));
    if (byName != null) {
      String name = byName.properName() == null ? identity.name() : byName.properName();
      String email = byName.properEmail() == null ? identity.email() : byName.properEmail();
      return Optional.of(new Mapping(identity, new GitIdentity(name, email), source, List.of(byName.line())));
    }
    if (slot.name == null && slot.email == null) {
      return Optional.empty();
    }
    TreeSet<Integer> lines = new TreeSet<>();
    String name = identity.name();
    String email = identity.email();
    if (slot.name != null) {
      name = requireNonNull(slot.name.properName());
      lines.add(slot.name.line());
    }
    if (slot.email != null) {
      email = requireNonNull(slot.email.properEmail());
      lines.add(slot.email.line());
    }
    return Optional.of(new Mapping(identity, new GitIdentity(name, email), source, List.copyOf(lines)));
  }

  /**
   * Why two identities are one person by this mailmap: both map to one canonical identity, and a
   * line maps at least one of them; empty otherwise. Two identities that no line touches say
   * nothing about each other, even when they are equal.
   */
  Optional<String> explain(GitIdentity a, GitIdentity b) {
    Optional<Mapping> first = match(a);
    Optional<Mapping> second = match(b);
    GitIdentity canonical = first.map(Mapping::to).orElse(a);
    if (!canonical.equals(second.map(Mapping::to).orElse(b)) || (first.isEmpty() && second.isEmpty())) {
      return Optional.empty();
    }
    TreeSet<Integer> lines = new TreeSet<>();
    first.ifPresent(mapping -> lines.addAll(mapping.lines()));
    second.ifPresent(mapping -> lines.addAll(mapping.lines()));
    return Optional.of(Mapping.where(source, lines) + ": " + a.quoted() + " and " + b.quoted()
        + " both map to " + canonical.quoted());
  }

  /** Whether an email, ignoring ASCII case, is a commit or proper email of some entry. */
  boolean mentions(String email) {
    String key = GitIdentity.key(email);
    return byEmail.containsKey(key) || properEmails.contains(key);
  }

  @Override
  public String toString() {
    return "Mailmap[" + source + ": " + entries.size() + (entries.size() == 1 ? " entry, " : " entries, ")
        + problems.size() + (problems.size() == 1 ? " problem]" : " problems]");
  }

  /** What the entries for one commit email set, later lines over earlier ones. */
  private static final class Slot {
    /** The latest entry for the email alone that sets a name. */
    @Nullable Entry name;
    /** The latest entry for the email alone that sets an email. */
    @Nullable Entry email;
    /** The latest entry per commit name, by the name's {@link GitIdentity#key}. */
    final Map<String, Entry> byName = new HashMap<>();

    void add(Entry entry) {
      if (entry.commitName() != null) {
        byName.put(GitIdentity.key(entry.commitName()), entry);
        return;
      }
      if (entry.properName() != null) {
        name = entry;
      }
      if (entry.properEmail() != null) {
        email = entry;
      }
    }
  }

  /**
   * One line git reads as an entry: what it maps ({@code commitName}, when given, and {@code
   * commitEmail}) and to what ({@code properName}, {@code properEmail}, or both).
   *
   * @param line the 1-based line in the file
   * @param properName the name to show, or null to keep the commit's name
   * @param properEmail the email to show, or null to keep the commit's email
   * @param commitName the name a commit must have, ignoring ASCII case, or null for any name
   * @param commitEmail the email a commit must have, ignoring ASCII case; may be empty, for
   *     commits without an email, when {@code properEmail} is given
   */
  public record Entry(
      int line,
      @Nullable String properName,
      @Nullable String properEmail,
      @Nullable String commitName,
      String commitEmail) {

    /**
     * Validates that the values can be written as one line git reads back unchanged.
     *
     * @throws IllegalArgumentException if {@code line} is below 1; a name is empty, has surrounding
     *     whitespace, a {@code <} or a line break; an email has a {@code >} or a line break; both
     *     proper values are null; {@code properEmail} is empty; or {@code commitName} is given or
     *     {@code commitEmail} is empty without a {@code properEmail}
     */
    public Entry {
      requireNonNull(commitEmail, "commitEmail");
      if (line < 1) {
        throw new IllegalArgumentException("line is " + line + "; expected 1 or more");
      }
      checkName("properName", properName);
      checkName("commitName", commitName);
      checkEmail("properEmail", properEmail);
      checkEmail("commitEmail", commitEmail);
      if (properName == null && properEmail == null) {
        throw new IllegalArgumentException("an entry for <" + commitEmail
            + "> maps to neither a proper name nor a proper email; give at least one");
      }
      if (properEmail != null && properEmail.isEmpty()) {
        throw new IllegalArgumentException("properEmail is empty; git ignores a line whose first email is <>");
      }
      if (properEmail == null && commitName != null) {
        throw new IllegalArgumentException(
            "commitName \"" + commitName + "\" needs a properEmail: git reads a name only after the first email");
      }
      if (properEmail == null && commitEmail.isEmpty()) {
        throw new IllegalArgumentException(
            "commitEmail is empty; an entry for commits without an email needs a properEmail as well");
      }
    }

    private static void checkName(String field, @Nullable String name) {
      if (name != null && !canHoldName(name)) {
        throw new IllegalArgumentException(field + " \"" + name + "\" is empty, has surrounding whitespace (which"
            + " git trims), or holds a < or a line break, which a .mailmap line cannot hold; give it trimmed, or null");
      }
    }

    private static void checkEmail(String field, @Nullable String email) {
      if (email != null && !canHoldEmail(email)) {
        throw new IllegalArgumentException(
            field + " \"" + email + "\" holds a > or a line break, which a .mailmap line cannot hold");
      }
    }

    /** Whether a line can hold this name so that git reads it back unchanged. */
    static boolean canHoldName(String name) {
      return !name.isEmpty() && !MailmapParser.isSpace(name.charAt(0))
          && !MailmapParser.isSpace(name.charAt(name.length() - 1))
          && name.indexOf('<') < 0 && name.indexOf('\n') < 0;
    }

    /** Whether a line can hold this email so that git reads it back unchanged. */
    static boolean canHoldEmail(String email) {
      return email.indexOf('>') < 0 && email.indexOf('\n') < 0;
    }

    /** Whether a commit must have the {@link #commitName} too, not only the email. */
    public boolean matchesName() {
      return commitName != null;
    }

    /**
     * The entry as a {@code .mailmap} line, in the shortest of the four forms that holds it; a
     * line whose name starts with {@code #} starts with a space, so git does not take it for a
     * comment.
     */
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      if (properName != null) {
        text.append(properName).append(' ');
      }
      if (properEmail != null) {
        text.append('<').append(properEmail).append("> ");
        if (commitName != null) {
          text.append(commitName).append(' ');
        }
      }
      text.append('<').append(commitEmail).append('>');
      return text.charAt(0) == '#' ? " " + text : text.toString();
    }
  }

  /**
   * Something in a line that git ignores: the whole line ({@link #lineSkipped()}), or text after
   * its entry.
   *
   * @param source the file or stream name
   * @param line the 1-based line
   * @param column the 1-based column where the ignored or broken text starts
   * @param lineSkipped whether git ignores the whole line; otherwise it reads the entry and
   *     ignores only the text named
   * @param problem what is wrong and what git does, as a sentence fragment
   */
  public record Problem(String source, int line, int column, boolean lineSkipped, String problem) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if {@code line} or {@code column} is below 1
     */
    public Problem {
      requireNonNull(source, "source");
      requireNonNull(problem, "problem");
      if (line < 1 || column < 1) {
        throw new IllegalArgumentException("line " + line + ", column " + column + "; expected 1 or more for both");
      }
    }

    /** The problem as one sentence naming where: {@code .mailmap:9:47: text after ...}. */
    public String message() {
      return toException().getMessage();
    }

    /** The problem as the exception {@link Mailmap#requireNoProblems()} throws for it. */
    public InvalidInputException toException() {
      return new InvalidInputException(source, line, column, null, problem);
    }

    @Override
    public String toString() {
      return message();
    }
  }

  /**
   * What a mailmap does to one identity.
   *
   * @param from the identity in the commit
   * @param to the identity git shows; may equal {@code from} when a line names it as it is
   * @param source the mailmap's file or stream name
   * @param lines the lines that decided the result, ascending: one, or two when one line set the
   *     name and a later one the email
   */
  public record Mapping(GitIdentity from, GitIdentity to, String source, List<Integer> lines) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if {@code lines} is empty
     */
    public Mapping {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      requireNonNull(source, "source");
      lines = List.copyOf(lines);
      if (lines.isEmpty()) {
        throw new IllegalArgumentException("a mapping comes from at least one line");
      }
    }

    /** Whether the mapping changes the name or the email. */
    public boolean changes() {
      return !from.equals(to);
    }

    /** Where the mapping comes from: {@code .mailmap:12}, or {@code .mailmap:12,14}. */
    public String where() {
      return where(source, lines);
    }

    /** One line for people: {@code .mailmap:12 maps "Ada <ada@old>" to "Ada Lovelace <ada@new>"}. */
    public String describe() {
      return where() + " maps " + from.quoted() + " to " + to.quoted();
    }

    static String where(String source, Iterable<Integer> lines) {
      StringBuilder text = new StringBuilder(source).append(':');
      String separator = "";
      for (int line : lines) {
        text.append(separator).append(line);
        separator = ",";
      }
      return text.toString();
    }
  }
}
