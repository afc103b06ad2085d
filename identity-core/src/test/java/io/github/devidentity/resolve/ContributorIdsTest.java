package io.github.devidentity.resolve;

import static io.github.devidentity.resolve.Records.git;
import static io.github.devidentity.resolve.Records.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class ContributorIdsTest {
  private final Resolver resolver = Resolver.create();

  private static final List<IdentityRecord> RECORDS = List.of(
      git("a1", "Ada Lovelace", "ada@example.org", "2001-01-01T00:00:00Z"),
      git("a2", "Ada Lovelace", "ada@work.example", "2003-01-01T00:00:00Z"),
      git("b1", "Bea Smith", "bea@example.org", "2002-01-01T00:00:00Z"),
      git("b2", "Bea Smith", "bea@work.example", "2000-01-01T00:00:00Z"));

  @Test
  void ids_areTheSameForTheSameInput() {
    assertThat(resolver.resolve(RECORDS).assignments()).isEqualTo(resolver.resolve(RECORDS).assignments());
    assertThat(resolver.resolve(RECORDS).assignments().get(id("a1")).value()).matches("c[0-9a-f]{12}");
  }

  @Test
  void ids_ofExistingContributorsSurviveNewRecordsAndSources() {
    Resolution before = resolver.resolve(RECORDS);
    List<IdentityRecord> more = new ArrayList<>(RECORDS);
    more.add(git("a0", "Ada Lovelace", "ada@old.example", "1999-01-01T00:00:00Z"));
    more.add(Records.jira("j1", "5b10", "Bea Smith", "bea@example.org"));
    more.add(git("z1", "Zed Zimmer", "zed@example.org"));

    Resolution after = resolver.resolve(more, DecisionLog.empty(), before.assignments());

    for (RecordId record : before.assignments().keySet()) {
      assertThat(after.assignments().get(record)).as(record.value()).isEqualTo(before.assignments().get(record));
    }
    assertThat(after.assignments().get(id("j1"))).isEqualTo(before.assignments().get(id("b1")));
  }

  @Test
  void merge_keepsTheOlderId() {
    Resolution before = resolver.resolve(RECORDS);
    ContributorId ada = before.assignments().get(id("a1"));
    ContributorId bea = before.assignments().get(id("b1"));
    assertThat(ada).isNotEqualTo(bea);

    Resolution after = resolver.resolve(RECORDS,
        DecisionLog.empty().append(new Decision.Merge(id("a2"), id("b1"), "alice", Instant.EPOCH, "")),
        before.assignments());

    // Bea's earliest record (b2, 2000) is older than Ada's (a1, 2001).
    assertThat(after.assignments().get(id("a1"))).isEqualTo(bea);
    assertThat(after.contributors()).hasSize(1);
  }

  @Test
  void split_leavesTheIdWithThePartHoldingTheEarliestRecord() {
    Resolution before = resolver.resolve(RECORDS);
    ContributorId ada = before.assignments().get(id("a1"));

    Resolution after = resolver.resolve(RECORDS,
        DecisionLog.empty().append(new Decision.Split(id("a2"), "alice", Instant.EPOCH, "")),
        before.assignments());

    assertThat(after.assignments().get(id("a1"))).isEqualTo(ada);
    assertThat(after.assignments().get(id("a2"))).isNotEqualTo(ada);
    assertThat(Set.copyOf(after.assignments().values())).hasSize(3);
  }
}
