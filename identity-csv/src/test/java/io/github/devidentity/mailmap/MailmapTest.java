package io.github.devidentity.mailmap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.IdentityException;
import io.github.devidentity.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class MailmapTest {
  @TempDir Path dir;

  private static Mailmap parse(String... lines) {
    return Mailmap.parse(String.join("\n", lines) + "\n", ".mailmap");
  }

  private static GitIdentity id(String name, String email) {
    return GitIdentity.of(name, email);
  }

  @Test
  void parse_readsTheFourForms() {
    Mailmap mailmap = parse(
        "Proper Name <commit1@example.org>",
        "<proper@example.org> <commit2@example.org>",
        "Proper Name <proper@example.org> <commit3@example.org>",
        "Proper Name <proper@example.org> Commit Name <commit4@example.org>");

    assertThat(mailmap.entries()).containsExactly(
        new Mailmap.Entry(1, "Proper Name", null, null, "commit1@example.org"),
        new Mailmap.Entry(2, null, "proper@example.org", null, "commit2@example.org"),
        new Mailmap.Entry(3, "Proper Name", "proper@example.org", null, "commit3@example.org"),
        new Mailmap.Entry(4, "Proper Name", "proper@example.org", "Commit Name", "commit4@example.org"));
    assertThat(mailmap.problems()).isEmpty();
    assertThat(mailmap.entries().get(3).matchesName()).isTrue();
    assertThat(mailmap.entries().get(2).matchesName()).isFalse();
  }

  @Test
  void parse_skipsCommentsBlankLinesAndCommentsAfterEntries() {
    Mailmap mailmap = Mailmap.parse("# the team\n\n   \t\nAda <ada@example.org> # since 2020\r\n"
        + "Bo <bo@example.org> <b@example.org>   # old laptop <b@laptop>\n  # indented comment\n", "m");

    assertThat(mailmap.entries()).containsExactly(
        new Mailmap.Entry(4, "Ada", null, null, "ada@example.org"),
        new Mailmap.Entry(5, "Bo", "bo@example.org", null, "b@example.org"));
    assertThat(mailmap.problems()).isEmpty();
  }

  @Test
  void parse_trimsNamesButNotEmails() {
    Mailmap mailmap = parse("  Ada   Lovelace \t< ada@example.org >  Commit\tName  <c@example.org>");

    assertThat(mailmap.entries()).containsExactly(
        new Mailmap.Entry(1, "Ada   Lovelace", " ada@example.org ", "Commit\tName", "c@example.org"));
  }

  @Test
  void parse_readsAnIndentedHashAsANameAsGitDoes() {
    Mailmap mailmap = parse("  # Lead <lead@example.org>", "Name <a@example.org> # old <b@example.org>");

    assertThat(mailmap.entries()).containsExactly(
        new Mailmap.Entry(1, "# Lead", null, null, "lead@example.org"),
        new Mailmap.Entry(2, "Name", "a@example.org", "# old", "b@example.org"));
  }

  @Test
  void parse_allowsAnEmptyCommitEmail() {
    Mailmap mailmap = parse("Fernando <fperez@example.org> <>", "Tee <t@example.org> Tee <>");

    assertThat(mailmap.entries()).extracting(Mailmap.Entry::commitEmail).containsExactly("", "");
    assertThat(mailmap.map(id("fperez", ""))).isEqualTo(id("Fernando", "fperez@example.org"));
    assertThat(mailmap.map(id("TEE", ""))).isEqualTo(id("Tee", "t@example.org"));
  }

  @Test
  void parse_lineWithoutEmail_isSkippedAndReported() {
    Mailmap mailmap = parse("Ada <ada@example.org>", "  Benjamin Ragan-Kelley");

    assertThat(mailmap.entries()).hasSize(1);
    assertThat(mailmap.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(2);
      assertThat(problem.column()).isEqualTo(3);
      assertThat(problem.lineSkipped()).isTrue();
      assertThat(problem.message()).startsWith(".mailmap:2:3: holds no email in angle brackets, so git ignores the line;");
    });
  }

  @Test
  void parse_unterminatedEmail_isSkippedAndReported() {
    Mailmap mailmap = parse("SUMIT SRIMANI <2301109104@ptuniv.edu.in");

    assertThat(mailmap.entries()).isEmpty();
    assertThat(mailmap.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.column()).isEqualTo(15);
      assertThat(problem.lineSkipped()).isTrue();
      assertThat(problem.problem()).startsWith("the \"<\" has no closing \">\", so git ignores the line");
    });
  }

  @Test
  void parse_emptyFirstEmail_isSkippedAndReported() {
    Mailmap mailmap = parse("Aldrian Obaja <> ubuntu <>");

    assertThat(mailmap.entries()).isEmpty();
    assertThat(mailmap.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.column()).isEqualTo(15);
      assertThat(problem.lineSkipped()).isTrue();
      assertThat(problem.problem()).startsWith("the first email is empty (\"<>\"), so git ignores the line");
    });
  }

  @Test
  void parse_emailAlone_isSkippedAndReported() {
    Mailmap mailmap = parse("<ada@example.org>");

    assertThat(mailmap.entries()).isEmpty();
    assertThat(mailmap.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.column()).isEqualTo(1);
      assertThat(problem.lineSkipped()).isTrue();
      assertThat(problem.problem()).startsWith("names only an email, \"<ada@example.org>\", and nothing to map it to");
    });
  }

  @Test
  void parse_textAfterTheEmail_isReportedAndTheEntryKept() {
    Mailmap mailmap = parse("Brian E. Granger <ellisonbg@gmail.com> Brian Granger");

    assertThat(mailmap.entries()).containsExactly(new Mailmap.Entry(1, "Brian E. Granger", null, null, "ellisonbg@gmail.com"));
    assertThat(mailmap.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.column()).isEqualTo(40);
      assertThat(problem.lineSkipped()).isFalse();
      assertThat(problem.message()).startsWith(
          ".mailmap:1:40: git ignores \"Brian Granger\" after the email; to match a commit name too, write the line as");
    });
  }

  @Test
  void parse_textAfterTheSecondEmail_isReportedAndTheEntryKept() {
    Mailmap mailmap = parse("Fredrik <f@example.org> <fj@example.org> <fredrik@airy.(none)>");

    assertThat(mailmap.entries()).containsExactly(new Mailmap.Entry(1, "Fredrik", "f@example.org", null, "fj@example.org"));
    assertThat(mailmap.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.column()).isEqualTo(42);
      assertThat(problem.lineSkipped()).isFalse();
      assertThat(problem.problem()).startsWith("git ignores \"<fredrik@airy.(none)>\" after the second email;");
    });
  }

  @Test
  void parse_unterminatedSecondEmail_keepsTheFirstAsGitDoes() {
    Mailmap mailmap = parse("R <r@example.org> Old <r1@example.org");

    assertThat(mailmap.entries()).containsExactly(new Mailmap.Entry(1, "R", null, null, "r@example.org"));
    assertThat(mailmap.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.column()).isEqualTo(19);
      assertThat(problem.lineSkipped()).isFalse();
      assertThat(problem.problem()).isEqualTo("the second \"<\", at column 23, has no closing \">\", so git ignores"
          + " \"Old <r1@example.org\" and reads only the first email");
    });
    assertThat(mailmap.map(id("x", "r@example.org"))).isEqualTo(id("R", "r@example.org"));
  }

  @Test
  void parse_reportsEveryProblemInLineOrder() {
    Mailmap mailmap = parse("nothing here", "Ada <ada@example.org>", "A <>", "B <b@example.org> junk");

    assertThat(mailmap.problems()).extracting(Mailmap.Problem::line).containsExactly(1, 3, 4);
    assertThat(mailmap.problems()).extracting(Mailmap.Problem::lineSkipped).containsExactly(true, true, false);
    assertThat(mailmap.entries()).extracting(Mailmap.Entry::line).containsExactly(2, 4);
  }

  @Test
  void requireNoProblems_returnsACleanMailmap() {
    Mailmap mailmap = parse("Ada <ada@example.org>");

    assertThat(mailmap.requireNoProblems()).isSameAs(mailmap);
  }

  @Test
  void requireNoProblems_throwsTheOnlyProblemWithItsPlace() {
    Mailmap mailmap = parse("Ada <ada@example.org>", "Bo <bo@example.org");

    assertThatThrownBy(mailmap::requireNoProblems).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.source()).hasValue(".mailmap");
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.column()).isEqualTo(4);
      assertThat(e.getMessage()).startsWith(".mailmap:2:4: the \"<\" has no closing \">\"");
    });
  }

  @Test
  void requireNoProblems_listsEveryProblemInOneException() {
    Mailmap mailmap = parse("one", "Ada <ada@example.org>", "two");

    assertThatThrownBy(mailmap::requireNoProblems).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.getMessage()).startsWith(".mailmap:1: 2 lines hold text git ignores; fix them all and read the file again:")
          .contains("\n  .mailmap:1:1: holds no email", "\n  .mailmap:3:1: holds no email");
      assertThat(e.getSuppressed()).hasSize(2);
    });
  }

  @Test
  void map_matchesEmailsIgnoringCase() {
    Mailmap mailmap = parse("Ada Lovelace <ada@example.org> <Ada@Old.Example.org>");

    assertThat(mailmap.map(id("ada", "ADA@OLD.EXAMPLE.ORG"))).isEqualTo(id("Ada Lovelace", "ada@example.org"));
  }

  @Test
  void map_matchesCommitNamesIgnoringAsciiCaseOnly() {
    Mailmap mailmap = parse("Émile <e@example.org> Émile Z <old@example.org>", "P <p@example.org> Ann <old@example.org>");

    assertThat(mailmap.map(id("ANN", "old@example.org"))).isEqualTo(id("P", "p@example.org"));
    assertThat(mailmap.map(id("émile z", "old@example.org"))).isEqualTo(id("émile z", "old@example.org"));
    assertThat(mailmap.map(id("Émile z", "old@example.org"))).isEqualTo(id("Émile", "e@example.org"));
  }

  @Test
  void map_withoutAnEntry_givesTheIdentityBack() {
    Mailmap mailmap = parse("Ada <ada@example.org>");
    GitIdentity bo = id("Bo", "bo@example.org");

    assertThat(mailmap.map(bo)).isSameAs(bo);
    assertThat(mailmap.match(bo)).isEmpty();
  }

  @Test
  void map_nameEntryWinsOverEmailEntry_andOtherNamesFallBackToIt() {
    Mailmap mailmap = parse(
        "Two <two@example.org> Commit Two <c@example.org>",
        "Any <any@example.org> <c@example.org>");

    assertThat(mailmap.map(id("commit two", "c@example.org"))).isEqualTo(id("Two", "two@example.org"));
    assertThat(mailmap.map(id("Other", "c@example.org"))).isEqualTo(id("Any", "any@example.org"));
  }

  @Test
  void map_nameEntryWithoutProperName_keepsTheCommitName() {
    Mailmap mailmap = parse("<p@example.org> Bo <c@example.org>", "Other <o@example.org> <c@example.org>");

    // The name entry sets only the email; the email entry's name does not leak into it.
    assertThat(mailmap.map(id("bo", "c@example.org"))).isEqualTo(id("bo", "p@example.org"));
  }

  @Test
  void map_laterLinesOverrideEarlierOnesFieldByField() {
    Mailmap mailmap = parse(
        "Later <p8@example.org> <c8@example.org>",
        "Later Name <c8@example.org>",
        "<p8b@example.org> <C8@example.org>");

    Mailmap.Mapping mapping = mailmap.match(id("u", "c8@example.org")).orElseThrow();
    assertThat(mapping.to()).isEqualTo(id("Later Name", "p8b@example.org"));
    assertThat(mapping.lines()).containsExactly(2, 3);
    assertThat(mapping.where()).isEqualTo(".mailmap:2,3");
  }

  @Test
  void map_laterNameEntryReplacesAnEarlierOneWhole() {
    Mailmap mailmap = parse("X <x@example.org> N9 <c9@example.org>", "<y@example.org> n9 <C9@EXAMPLE.ORG>");

    assertThat(mailmap.map(id("N9", "c9@example.org"))).isEqualTo(id("N9", "y@example.org"));
  }

  @Test
  void map_isAppliedOnceNotFollowed() {
    Mailmap mailmap = parse("B <b@example.org> <a@example.org>", "C <c@example.org> <b@example.org>");

    assertThat(mailmap.map(id("A", "a@example.org"))).isEqualTo(id("B", "b@example.org"));
  }

  @Test
  void match_ofAnIdentityNamedAsItIs_isAMappingThatChangesNothing() {
    Mailmap mailmap = parse("Brian White <mscdex@example.org>");

    Mailmap.Mapping mapping = mailmap.match(id("Brian White", "mscdex@example.org")).orElseThrow();
    assertThat(mapping.changes()).isFalse();
    assertThat(mapping.describe())
        .isEqualTo(".mailmap:1 maps \"Brian White <mscdex@example.org>\" to \"Brian White <mscdex@example.org>\"");
  }

  @Test
  void explain_needsOneCanonicalIdentityAndALine() {
    Mailmap mailmap = parse("Bert Belder <bert@example.org> <info@example.org>");
    GitIdentity old = id("Bert", "info@example.org");
    GitIdentity proper = id("Bert Belder", "bert@example.org");

    assertThat(mailmap.explain(old, proper)).hasValue(
        ".mailmap:1: \"Bert <info@example.org>\" and \"Bert Belder <bert@example.org>\" both map to"
            + " \"Bert Belder <bert@example.org>\"");
    assertThat(mailmap.explain(proper, proper)).isEmpty();
    assertThat(mailmap.explain(old, id("Bert", "bert@example.org"))).isEmpty();
  }

  @Test
  void entry_toString_writesTheShortestFormAndParsesBack() {
    List<Mailmap.Entry> entries = List.of(
        new Mailmap.Entry(1, "Proper", null, null, "c@example.org"),
        new Mailmap.Entry(2, null, "p@example.org", null, "c@example.org"),
        new Mailmap.Entry(3, "Proper", "p@example.org", null, ""),
        new Mailmap.Entry(4, null, "p@example.org", "Commit", "c@example.org"),
        new Mailmap.Entry(5, "#hash", "p@example.org", "a>b", "<odd"));

    assertThat(entries).extracting(Mailmap.Entry::toString).containsExactly(
        "Proper <c@example.org>",
        "<p@example.org> <c@example.org>",
        "Proper <p@example.org> <>",
        "<p@example.org> Commit <c@example.org>",
        " #hash <p@example.org> a>b <<odd>");
    String text = entries.stream().map(e -> e + "\n").reduce("", String::concat);
    assertThat(Mailmap.parse(text, "x").entries()).isEqualTo(entries);
  }

  @Test
  void entry_rejectsValuesALineCannotHold() {
    assertThatThrownBy(() -> new Mailmap.Entry(1, "A <b", null, null, "c@x")).hasMessageContaining("properName \"A <b\"");
    assertThatThrownBy(() -> new Mailmap.Entry(1, " A", null, null, "c@x")).hasMessageContaining("surrounding whitespace");
    assertThatThrownBy(() -> new Mailmap.Entry(1, "A", "p>x", null, "c@x")).hasMessageContaining("properEmail \"p>x\"");
    assertThatThrownBy(() -> new Mailmap.Entry(1, "A", null, null, "c\n@x")).hasMessageContaining("line break");
    assertThatThrownBy(() -> new Mailmap.Entry(1, null, null, null, "c@x")).hasMessageContaining("neither");
    assertThatThrownBy(() -> new Mailmap.Entry(1, "A", "", null, "c@x")).hasMessageContaining("properEmail is empty");
    assertThatThrownBy(() -> new Mailmap.Entry(1, "A", null, "C", "c@x")).hasMessageContaining("needs a properEmail");
    assertThatThrownBy(() -> new Mailmap.Entry(1, "A", null, null, "")).hasMessageContaining("commitEmail is empty");
    assertThatThrownBy(() -> new Mailmap.Entry(0, "A", null, null, "c@x")).hasMessageContaining("line is 0");
  }

  @Test
  void problem_rejectsPlacesBeforeTheStart() {
    assertThatThrownBy(() -> new Mailmap.Problem("m", 1, 0, true, "x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void read_file_namesItInProblems() throws IOException {
    Path file = dir.resolve(".mailmap");
    Files.writeString(file, "Ada <ada@example.org> extra\n", UTF_8);

    Mailmap mailmap = Mailmap.read(file);

    assertThat(mailmap.source()).isEqualTo(file.toString());
    assertThat(mailmap.problems()).hasSize(1);
    assertThat(mailmap.problems().get(0).message()).startsWith(file + ":1:23: git ignores \"extra\"");
  }

  @Test
  void read_missingFile_saysSo() {
    Path file = dir.resolve("missing");

    assertThatThrownBy(() -> Mailmap.read(file)).isInstanceOf(IdentityException.class)
        .hasMessage("cannot read " + file + ": no such file or directory");
  }

  @Test
  void read_bytesThatAreNotUtf8_areAnInputError() throws IOException {
    Path file = dir.resolve(".mailmap");
    Files.write(file, new byte[] {'A', ' ', '<', (byte) 0xE9, '>', '\n'});

    assertThatThrownBy(() -> Mailmap.read(file)).isInstanceOf(InvalidInputException.class)
        .hasMessage(file + ": holds bytes that are not UTF-8; save it as UTF-8");
  }

  @Test
  void read_reader_readsTheWholeStream() {
    Mailmap mailmap = Mailmap.read(new StringReader("A <a@x>\nB <b@x>"), "stream");

    assertThat(mailmap.entries()).hasSize(2);
    assertThat(mailmap).hasToString("Mailmap[stream: 2 entries, 0 problems]");
  }
}
