package io.github.devidentity.cloudid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.AccountRef;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property tests of uploads against random organisations whose accounts are partly held
 * already, by their owners or by others. Each case reproduces from its seed.
 */
final class CloudIdsPropertyTest {
  private static final String[] NAMES = {"Ada Lovelace", "Grace Hopper", "Maria Garcia", "Jo Bloggs", "Li Wei", "Ana Silva"};
  private static final Integration[] INTEGRATIONS = {
    Integration.of(IntegrationType.GITHUB), Integration.of(IntegrationType.JIRA_CLOUD),
  };
  private static final Instant AT = Instant.parse("2026-10-01T09:00:00Z");

  static Stream<Long> seeds() {
    return IntStream.range(0, 300).mapToObj(i -> 0xC10DL * 31 + i);
  }

  /** Git records with each person's email; account records with a name, some sharing accounts. */
  private static List<IdentityRecord> organisation(SplittableRandom random, int people) {
    List<IdentityRecord> records = new ArrayList<>();
    for (int p = 0; p < people; p++) {
      records.add(IdentityRecord.builder(RecordId.of("git-" + p), Integration.of(IntegrationType.GIT))
          .displayName(NAMES[p]).email(email(p)).build());
    }
    for (int k = random.nextInt(6); k > 0; k--) {
      records.add(IdentityRecord.builder(RecordId.of("acc-" + k), INTEGRATIONS[random.nextInt(INTEGRATIONS.length)])
          .accountId(Integer.toString(random.nextInt(6))).displayName(NAMES[random.nextInt(people)]).build());
    }
    return records;
  }

  private static String email(int person) {
    return "p" + person + "@example.org";
  }

  /** Rows naming known people; an account is only ever claimed for one email, maybe repeatedly. */
  private static List<CloudIdRow> rows(SplittableRandom random, int people) {
    List<CloudIdRow> rows = new ArrayList<>();
    Map<String, String> claimedFor = new HashMap<>();
    for (int n = 1 + random.nextInt(6); n > 0; n--) {
      String email = email(random.nextInt(people));
      String integration = INTEGRATIONS[random.nextInt(INTEGRATIONS.length)].toString();
      String identity = Integer.toString(random.nextInt(8));
      if (claimedFor.putIfAbsent(integration + "/" + identity, email) == null
          || claimedFor.get(integration + "/" + identity).equals(email)) {
        rows.add(new CloudIdRow(email, integration, identity));
      }
    }
    return rows;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void upload_applied_putsEveryAccountWithTheOwnerOfItsEmail_andAgainAddsNothing(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int people = 2 + random.nextInt(NAMES.length - 1);
    List<IdentityRecord> records = organisation(random, people);
    List<CloudIdRow> rows = rows(random, people);
    Resolution before = Resolver.create().resolve(records);

    CloudIdUpload upload = CloudIds.upload(before, rows, "alice", AT);
    assertThat(upload.problems()).as("seed %d", seed).isEmpty();
    assertThat(CloudIds.upload(before, rows, "alice", AT).decisions()).isEqualTo(upload.decisions());

    List<IdentityRecord> applied = upload.upsertInto(records);
    DecisionLog log = DecisionLog.of(upload.decisions());
    Resolution after = Resolver.create().resolve(applied, log);
    for (CloudIdRow row : rows) {
      AccountRef account = AccountRef.of(Integration.parse(row.integration()), row.identity());
      assertThat(after.contributors())
          .as("seed %d: %s", seed, row)
          .filteredOn(contributor -> contributor.accounts().contains(account))
          .singleElement()
          .satisfies(holder -> assertThat(holder.emails()).contains(row.email()));
    }

    CloudIdUpload again = CloudIds.upload(after, rows, "alice", AT);
    assertThat(again.problems()).as("seed %d", seed).isEmpty();
    assertThat(again.records()).as("seed %d", seed).isEmpty();
    assertThat(again.decisions()).as("seed %d", seed).isEmpty();
  }
}
