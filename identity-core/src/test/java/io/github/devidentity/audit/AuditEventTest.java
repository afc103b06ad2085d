package io.github.devidentity.audit;

import static io.github.devidentity.audit.People.T0;
import static io.github.devidentity.audit.People.T1;
import static io.github.devidentity.audit.People.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.model.ContributorId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class AuditEventTest {
  private static final ContributorId C1 = ContributorId.of("c1");
  private static final ContributorId C2 = ContributorId.of("c2");

  private static AuditEvent.Builder merge() {
    return AuditEvent.builder(AuditEvent.Kind.MANUAL_MERGE, " bob ", T1)
        .sequence(4)
        .records(List.of(id("git-06"), id("ado-02"), id("git-06")))
        .contributors(List.of(C2, C1))
        .why(" same person ")
        .previous(Map.of(id("git-06"), C1, id("ado-02"), C2));
  }

  @Test
  void builder_trimsAndKeepsRecordsInOrderWithoutRepeats() {
    AuditEvent event = merge().build();

    assertThat(event.actor()).isEqualTo("bob");
    assertThat(event.why()).isEqualTo("same person");
    assertThat(event.records()).containsExactly(id("git-06"), id("ado-02"));
    assertThat(event.contributors()).containsExactly(C1, C2);
    assertThat(event.source()).isEmpty();
    assertThat(event.decisions()).isEmpty();
  }

  @Test
  void builder_decisionsAddTheRecordsTheyName() {
    Decision split = new Decision.Split(id("gh-1"), "alice", T0, "");

    AuditEvent event = AuditEvent.builder(AuditEvent.Kind.CSV_IMPORT, "alice", T0).sequence(1)
        .records(List.of(id("git-1"))).decisions(List.of(split)).build();

    assertThat(event.records()).containsExactly(id("git-1"), id("gh-1"));
    assertThat(event.decisions()).containsExactly(split);
  }

  @Test
  void builder_withoutSequence_cannotBuild() {
    assertThatThrownBy(() -> AuditEvent.builder(AuditEvent.Kind.MANUAL_SPLIT, "alice", T0).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the manual split event at 2026-10-01T09:00:00Z has no sequence number; set one, "
            + "or let AuditTrail.append number it");
  }

  @Test
  void builder_rejectsASequenceBelowOne() {
    assertThatThrownBy(() -> AuditEvent.builder(AuditEvent.Kind.MANUAL_SPLIT, "alice", T0).sequence(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sequence is 0; expected 1 or more");
  }

  @Test
  void builder_rejectsABlankActor() {
    assertThatThrownBy(() -> AuditEvent.builder(AuditEvent.Kind.MANUAL_SPLIT, " ", T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor is blank; give a person's id or \"auto\"");
  }

  @Test
  void toString_isOneLineSayingWhoWhenWhatWhyAndBefore() {
    assertThat(merge().source("hr.csv").build()).hasToString("#4 2026-10-02T09:00:00Z bob manual merge [hr.csv] "
        + "git-06, ado-02 (c1, c2): same person; before: ado-02 in c2, git-06 in c1");
    assertThat(AuditEvent.builder(AuditEvent.Kind.FORGOTTEN, "dpo", T0).sequence(9).source("t-1").build())
        .hasToString("#9 2026-10-01T09:00:00Z dpo forgotten [t-1]");
  }

  @Test
  void toBuilder_copiesEveryPart() {
    AuditEvent event = merge().source("hr.csv")
        .decisions(List.of(new Decision.Merge(id("git-06"), id("ado-02"), "bob", T1, ""))).build();

    assertThat(event.toBuilder().build()).isEqualTo(event);
  }

  @Test
  void equals_comparesEveryPart() {
    new EqualsTester()
        .addEqualityGroup(merge().build(), merge().build())
        .addEqualityGroup(merge().sequence(5).build())
        .addEqualityGroup(merge().why("other").build())
        .addEqualityGroup(merge().source("x").build())
        .addEqualityGroup(merge().previous(Map.of(id("git-06"), C2)).build())
        .addEqualityGroup(AuditEvent.builder(AuditEvent.Kind.MANUAL_MERGE, "bob", T1).sequence(4).build())
        .testEquals();
  }

  @Test
  void kind_labelIsItsNameInWords() {
    assertThat(AuditEvent.Kind.CLOUD_ID_UPLOAD.label()).isEqualTo("cloud id upload");
  }
}
