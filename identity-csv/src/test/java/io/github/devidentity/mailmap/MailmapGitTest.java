package io.github.devidentity.mailmap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Mailmap#map} against {@code git check-mailmap} on the same file: git is the oracle. */
final class MailmapGitTest {
  private static final long SEED = 20261122L;
  private static final List<String> NAMES = List.of("Ada", "ADA", "ada", "Bo Li", "bo li", "Émile", "émile", "# Hash",
      "Ann-Marie O'Neil", "Zoë");
  private static final List<String> EMAILS = List.of("ada@example.org", "ADA@Example.org", "bo@example.org",
      "bo@EXAMPLE.ORG", "e@example.org", "", "x+1@example.org", "zoe@example.org");

  @TempDir static Path dir;
  private static Git git;

  @BeforeAll
  static void repository() {
    git = Git.init(dir);
  }

  private static List<GitIdentity> everyQuery() {
    List<GitIdentity> queries = new ArrayList<>();
    for (String name : NAMES) {
      for (String email : EMAILS) {
        queries.add(GitIdentity.of(name, email));
      }
    }
    return queries;
  }

  /** Git's answers for each query, with the mailmap text in place as the repository's .mailmap. */
  private static List<GitIdentity> gitMaps(String text, List<GitIdentity> queries) throws IOException {
    Files.writeString(dir.resolve(".mailmap"), text, UTF_8);
    return git.checkMailmapStdin(queries).stream().map(Git::identity).collect(Collectors.toList());
  }

  private static void assertSameAsGit(String text, List<GitIdentity> queries) throws IOException {
    Mailmap mailmap = Mailmap.parse(text, ".mailmap");
    List<GitIdentity> expected = gitMaps(text, queries);
    for (int i = 0; i < queries.size(); i++) {
      assertThat(mailmap.map(queries.get(i))).as("%s with the mailmap:%n%s", queries.get(i), text)
          .isEqualTo(expected.get(i));
    }
  }

  @Test
  void map_agreesWithGit_onTheRulesGitDocumentsAndTheOnesItDoesNot() throws IOException {
    String text = String.join("\n",
        "# comment <ada@example.org>",
        "Proper One <p1@example.org> <ADA@example.org>",
        "Proper Two <p2@example.org> Bo Li <bo@example.org>",
        "Only Name <e@example.org>  # trailing comment",
        "<p4@example.org> <x+1@example.org>",
        "Proper Five <p5@example.org> <>",
        "   # Hash <zoe@example.org>",
        "Later <p8@example.org> <bo@example.org>",
        "Later Name <BO@example.org>",
        "<p8b@example.org> <bo@example.org>",
        "X <p9@example.org> Émile <e@example.org>",
        "Y <p9b@example.org> ÉMILE <e@example.org> <third@example.org>",
        "Broken <ada@example.org",
        "Empty <> ada <ada@example.org>",
        "Zed <z@example.org> Zoë <zoe@example.org",
        "");

    assertSameAsGit(text, everyQuery());
  }

  @Test
  void map_agreesWithGit_onCrlfLineEnds() throws IOException {
    assertSameAsGit("Ada L <ada@example.org>\r\nBo <b@example.org> <bo@example.org>\r\n", everyQuery());
  }

  static Stream<Integer> cases() {
    return IntStream.range(0, 40).boxed();
  }

  @ParameterizedTest(name = "case {0}")
  @MethodSource("cases")
  void map_agreesWithGit_onSeededRandomMailmaps(int index) throws IOException {
    SplittableRandom random = new SplittableRandom(SEED + index);
    StringBuilder text = new StringBuilder();
    int lines = 4 + random.nextInt(12);
    for (int i = 0; i < lines; i++) {
      text.append(line(random)).append(random.nextInt(8) == 0 ? "\r\n" : "\n");
    }

    assertSameAsGit(text.toString(), everyQuery());
  }

  /** A line of random parts: names, emails, empty or broken emails, junk, comments, spaces. */
  private static String line(SplittableRandom random) {
    StringBuilder line = new StringBuilder();
    int parts = 1 + random.nextInt(5);
    for (int i = 0; i < parts; i++) {
      if (i > 0 || random.nextInt(6) == 0) {
        line.append(random.nextInt(4) == 0 ? "\t" : random.nextInt(3) == 0 ? "  " : " ");
      }
      int kind = random.nextInt(20);
      if (kind < 7) {
        line.append(pick(random, NAMES));
      } else if (kind < 16) {
        line.append('<').append(pick(random, EMAILS)).append('>');
      } else if (kind == 16) {
        line.append("<unterminated@example.org");
      } else if (kind == 17) {
        line.append("# note");
      } else if (kind == 18) {
        line.append("<p@proper.example.org>");
      } else {
        line.append("junk");
      }
    }
    return line.toString();
  }

  private static String pick(SplittableRandom random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
