package io.github.devidentity.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The four line forms of gitmailmap(5), matched as git matches them. */
final class RepositoryMailmapTest {

  private static GitIdentity map(String mailmap, String name, String email) {
    return RepositoryMailmap.parse(mailmap, ".mailmap").map(name, email);
  }

  @Test
  void map_properNameForACommitEmail() {
    assertThat(map("Proper Name <commit@email.xx>", "commit name", "Commit@Email.XX"))
        .isEqualTo(new GitIdentity("Proper Name", "Commit@Email.XX"));
  }

  @Test
  void map_properEmailForACommitEmail() {
    assertThat(map("<proper@email.xx> <commit@email.xx>", "Commit Name", "commit@email.xx"))
        .isEqualTo(new GitIdentity("Commit Name", "proper@email.xx"));
  }

  @Test
  void map_properNameAndEmailForACommitEmail() {
    assertThat(map("Proper Name <proper@email.xx> <commit@email.xx>", "Anyone", "COMMIT@email.xx"))
        .isEqualTo(new GitIdentity("Proper Name", "proper@email.xx"));
  }

  @Test
  void map_properNameAndEmailForACommitNameAndEmail_namesMatchIgnoringCase() {
    String mailmap = "Proper Name <proper@email.xx> Commit Name <commit@email.xx>";

    assertThat(map(mailmap, "CoMmIt NaMe", "CoMmIt@EmAiL.xX")).isEqualTo(new GitIdentity("Proper Name", "proper@email.xx"));
    assertThat(map(mailmap, "Other Name", "commit@email.xx")).isEqualTo(new GitIdentity("Other Name", "commit@email.xx"));
  }

  @Test
  void map_aNameLineBeatsTheEmailLine_andTheEmailLineCoversOtherNames() {
    String mailmap = String.join("\n",
        "Joe Developer <joe@example.com>",
        "Joe R. Developer <joe@example.com> Joe <bugs@example.com>",
        "Jane Doe <jane@example.com> <bugs@example.com>");

    assertThat(map(mailmap, "Joe", "bugs@example.com")).isEqualTo(new GitIdentity("Joe R. Developer", "joe@example.com"));
    assertThat(map(mailmap, "Jane", "bugs@example.com")).isEqualTo(new GitIdentity("Jane Doe", "jane@example.com"));
    assertThat(map(mailmap, "joe", "joe@example.com")).isEqualTo(new GitIdentity("Joe Developer", "joe@example.com"));
  }

  @Test
  void map_aLaterLineReplacesOnlyWhatItGives() {
    String mailmap = "Old Name <old@proper.xx> <commit@email.xx>\n<new@proper.xx> <commit@email.xx>\n";

    assertThat(map(mailmap, "x", "commit@email.xx")).isEqualTo(new GitIdentity("Old Name", "new@proper.xx"));
  }

  @Test
  void map_foldsOnlyAsciiCase() {
    String mailmap = "Proper Name <proper@email.xx> émile <e@email.xx>";

    assertThat(map(mailmap, "ÉMILE", "e@email.xx")).isEqualTo(new GitIdentity("ÉMILE", "e@email.xx"));
    assertThat(map(mailmap, "éMILE", "E@EMAIL.XX")).isEqualTo(new GitIdentity("Proper Name", "proper@email.xx"));
  }

  @Test
  void map_unknownEmailKeepsTheIdentity() {
    assertThat(map("Proper Name <proper@email.xx>", "Someone", "someone@email.xx"))
        .isEqualTo(new GitIdentity("Someone", "someone@email.xx"));
  }

  @Test
  void parse_skipsCommentsBlankLinesAndTrailingComments() {
    String mailmap = "# the team\n\n   \r\nProper Name <commit@email.xx>   # since 2020\r\n  # indented comment\n";

    assertThat(map(mailmap, "x", "commit@email.xx")).isEqualTo(new GitIdentity("Proper Name", "commit@email.xx"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Proper Name proper@email.xx|1|\"Proper Name proper@email.xx\" has no <email>",
      "Proper Name <proper@email.xx|13|'<' is not closed by '>'",
      "Proper Name <> <commit@email.xx>|13|the first email is empty",
      "'  <commit@email.xx>'|3|\"<commit@email.xx>\" maps nothing; put the proper name before the email",
      "Proper Name <proper@email.xx> Commit Name|31|unexpected text \"Commit Name\" after the email",
      "Proper <p@email.xx> Commit <c@email.xx> Another <a@email.xx>|41|unexpected text \"Another <a@email.xx>\" after the commit email",
      "Proper <p@email.xx> Commit <c@email.xx|28|'<' is not closed by '>'",
  })
  void parse_badLineNamesTheSourceLineAndColumn(String line, int column, String problem) {
    assertThatThrownBy(() -> RepositoryMailmap.parse("# first\n" + line + "\n", "repo/.mailmap"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("repo/.mailmap:2:" + column + ": " + problem)
        .hasMessageEndingWith(" (or sync without the mailmap)");
  }
}
