package io.github.devidentity.mailmap;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code .mailmap} lines as git 2.39's {@code read_mailmap_line} does, and notes each line
 * or part of a line that git ignores.
 */
final class MailmapParser {
  private static final String EXAMPLE = "Proper Name <proper@example.org> Commit Name <commit@example.org>";

  private final String source;
  private final List<Mailmap.Entry> entries = new ArrayList<>();
  private final List<Mailmap.Problem> problems = new ArrayList<>();

  private MailmapParser(String source) {
    this.source = source;
  }

  static Mailmap parse(String text, String source) {
    MailmapParser parser = new MailmapParser(source);
    int number = 0;
    for (int start = 0; start < text.length(); ) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      parser.line(++number, text.substring(start, end));
      start = end + 1;
    }
    return new Mailmap(source, parser.entries, parser.problems);
  }

  /** Whether git's {@code isspace} holds: space, tab, line feed, carriage return; not Unicode spaces. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private void line(int number, String text) {
    if (text.startsWith("#")) {
      return;
    }
    int first = skipSpace(text, 0);
    // git reads an indented "#" line as an entry when it holds one; when not, it is a comment.
    boolean comment = first < text.length() && text.charAt(first) == '#';
    int open = text.indexOf('<');
    if (open < 0) {
      if (first < text.length() && !comment) {
        skipped(number, first, "holds no email in angle brackets, so git ignores the line; expected a line such as "
            + EXAMPLE);
      }
      return;
    }
    int close = text.indexOf('>', open + 1);
    if (close < 0) {
      if (!comment) {
        skipped(number, open, "the \"<\" has no closing \">\", so git ignores the line; end the email with \">\"");
      }
      return;
    }
    if (close == open + 1) {
      if (!comment) {
        skipped(number, open, "the first email is empty (\"<>\"), so git ignores the line; only the last email, the"
            + " commit's, may be <>");
      }
      return;
    }
    String properName = name(text, 0, open);
    String firstEmail = text.substring(open + 1, close);
    int secondOpen = text.indexOf('<', close + 1);
    int after = skipSpace(text, close + 1);
    boolean commentAfter = after < text.length() && text.charAt(after) == '#';
    if (secondOpen < 0) {
      ignoredAfter(number, text, close + 1, "the email");
      simple(number, properName, firstEmail, open);
      return;
    }
    int secondClose = text.indexOf('>', secondOpen + 1);
    if (secondClose < 0) {
      if (!commentAfter) {
        ignored(number, after, "the second \"<\", at column " + (secondOpen + 1) + ", has no closing \">\", so git"
            + " ignores " + quote(text.substring(after).strip()) + " and reads only the first email");
      }
      simple(number, properName, firstEmail, open);
      return;
    }
    ignoredAfter(number, text, secondClose + 1, "the second email");
    entries.add(new Mailmap.Entry(number, properName, firstEmail, name(text, close + 1, secondOpen),
        text.substring(secondOpen + 1, secondClose)));
  }

  /** A line with one email: {@code Proper Name <commit@email>}. */
  private void simple(int number, @Nullable String properName, String email, int open) {
    if (properName == null) {
      skipped(number, open, "names only an email, \"<" + email + ">\", and nothing to map it to, so git ignores the"
          + " line; put the proper name before it, or the proper email: <proper@example.org> <" + email + ">");
      return;
    }
    entries.add(new Mailmap.Entry(number, properName, null, null, email));
  }

  /** Notes text after an entry's last email that is neither blank nor a comment. */
  private void ignoredAfter(int number, String text, int from, String what) {
    int start = skipSpace(text, from);
    if (start < text.length() && text.charAt(start) != '#') {
      ignored(number, start, "git ignores " + quote(text.substring(start).strip()) + " after " + what
          + "; to match a commit name too, write the line as " + EXAMPLE + ", and start a comment with #");
    }
  }

  private void skipped(int number, int index, String problem) {
    problems.add(new Mailmap.Problem(source, number, index + 1, true, problem));
  }

  private void ignored(int number, int index, String problem) {
    problems.add(new Mailmap.Problem(source, number, index + 1, false, problem));
  }

  /** The text between two indexes with git's whitespace trimmed, or null when nothing is left. */
  private static @Nullable String name(String text, int from, int to) {
    int start = skipSpace(text, from);
    int end = to;
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return start < end ? text.substring(start, end) : null;
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String quote(String text) {
    return '"' + text + '"';
  }
}
