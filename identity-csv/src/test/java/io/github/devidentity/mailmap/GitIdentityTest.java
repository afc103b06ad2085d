package io.github.devidentity.mailmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import java.util.List;
import org.junit.jupiter.api.Test;

final class GitIdentityTest {
  private static final Integration GIT = Integration.of(IntegrationType.GIT);

  @Test
  void equals_isExact_asGitGroupsShortlog() {
    new EqualsTester()
        .addEqualityGroup(GitIdentity.of("Ada", "ada@example.org"), new GitIdentity("Ada", "ada@example.org"))
        .addEqualityGroup(GitIdentity.of("ada", "ada@example.org"))
        .addEqualityGroup(GitIdentity.of("Ada", "Ada@example.org"))
        .testEquals();
  }

  @Test
  void constructors_rejectNulls() {
    new NullPointerTester().testAllPublicConstructors(GitIdentity.class);
    new NullPointerTester().testAllPublicStaticMethods(GitIdentity.class);
    new NullPointerTester().setDefault(GitIdentity.class, GitIdentity.of("a", "b"))
        .testAllPublicConstructors(Mailmap.Mapping.class);
  }

  @Test
  void toString_isHowGitPrintsIt() {
    assertThat(GitIdentity.of("Ada Lovelace", "ada@example.org")).hasToString("Ada Lovelace <ada@example.org>");
    assertThat(GitIdentity.of("", "ada@example.org")).hasToString("<ada@example.org>");
    assertThat(GitIdentity.of("fperez", "")).hasToString("fperez <>");
  }

  @Test
  void quoted_keepsAnIdentityOnOneLine() {
    assertThat(GitIdentity.of("Ada\nL", "a@x").quoted()).isEqualTo("\"Ada\\nL <a@x>\"");
  }

  @Test
  void key_lowerCasesAsciiLettersOnly() {
    assertThat(GitIdentity.key("Ada@Example.ORG")).isEqualTo("ada@example.org");
    assertThat(GitIdentity.key("ÉMILE Zola")).isEqualTo("Émile zola");
    assertThat(GitIdentity.key("İ")).isEqualTo("İ");
  }

  @Test
  void of_record_givesTheNameWithEachEmail() {
    IdentityRecord two = IdentityRecord.builder(RecordId.of("1"), GIT).displayName("Ada")
        .email("a@example.org").email("b@example.org").build();
    IdentityRecord nameOnly = IdentityRecord.builder(RecordId.of("2"), GIT).displayName("fperez").build();
    IdentityRecord emailOnly = IdentityRecord.builder(RecordId.of("3"), GIT).email("c@example.org").build();
    IdentityRecord neither = IdentityRecord.builder(RecordId.of("4"), GIT).login("x").build();

    assertThat(GitIdentity.of(two)).containsExactly(GitIdentity.of("Ada", "a@example.org"), GitIdentity.of("Ada", "b@example.org"));
    assertThat(GitIdentity.of(nameOnly)).containsExactly(GitIdentity.of("fperez", ""));
    assertThat(GitIdentity.of(emailOnly)).containsExactly(GitIdentity.of("", "c@example.org"));
    assertThat(GitIdentity.of(neither)).isEmpty();
  }

  @Test
  void mapping_needsALine() {
    GitIdentity ada = GitIdentity.of("Ada", "a@x");

    assertThatThrownBy(() -> new Mailmap.Mapping(ada, ada, "m", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a mapping comes from at least one line");
  }
}
