package io.github.devidentity.examples.forget;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.devidentity.audit.AuditTrail;
import io.github.devidentity.csv.TombstonesCsv;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.forget.DroppedRecord;
import io.github.devidentity.forget.FilteredRecords;
import io.github.devidentity.forget.Tombstone;
import io.github.devidentity.forget.Tombstones;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The right to be forgotten at work: forget a person, export the tombstones, and re-sync the
 * tools, which still hold the person's accounts; the person does not come back.
 *
 * <p>Run it with {@code java -cp examples/target/identity-examples.jar
 * io.github.devidentity.examples.forget.ForgetExample}.
 */
public final class ForgetExample {
  static final Instant SYNCED = Instant.parse("2026-10-05T09:00:00Z");
  static final Instant FORGOTTEN = Instant.parse("2026-10-06T10:00:00Z");
  static final Instant RESYNCED = Instant.parse("2026-10-07T09:00:00Z");

  /**
   * A fixed salt keeps the output the same on every run. A host makes its own once with {@link
   * Tombstones#newSalt()} and keeps it secret, apart from the exported list.
   */
  static final byte[] SALT = "example salt; use Tombstones.newSalt()".getBytes(UTF_8);

  private static final Integration GIT = Integration.of(IntegrationType.GIT);
  private static final Integration GITHUB = Integration.of(IntegrationType.GITHUB);
  private static final Integration JIRA = Integration.of(IntegrationType.JIRA_CLOUD);

  private ForgetExample() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, UTF_8);
    run(out);
  }

  /** What the tools hold: Ada, Grace and Bob. The sync brings the same every time. */
  static List<IdentityRecord> sync() {
    return List.of(
        IdentityRecord.builder(RecordId.of("gh-1815"), GITHUB).accountId("1815").login("ada")
            .displayName("Ada Lovelace").email("ada@example.org").build(),
        IdentityRecord.builder(RecordId.of("git-ada"), GIT).displayName("Ada Lovelace").email("ada@example.org").build(),
        IdentityRecord.builder(RecordId.of("jira-5b10"), JIRA).accountId("5b10").displayName("Ada King")
            .email("ada.king@work.example").build(),
        IdentityRecord.builder(RecordId.of("git-grace"), GIT).displayName("Grace Hopper").email("grace@example.org").build(),
        IdentityRecord.builder(RecordId.of("jira-7c"), JIRA).accountId("7c").displayName("Grace Hopper")
            .email("grace@example.org").build(),
        IdentityRecord.builder(RecordId.of("git-bob"), GIT).displayName("Bob Smith").email("bob@example.org").build());
  }

  /** Runs the example, printing to {@code out}. */
  static void run(PrintStream out) {
    Resolver resolver = Resolver.create();
    AuditTrail trail = AuditTrail.create();
    DecisionLog log = DecisionLog.of(List.of(
        new Decision.Merge(RecordId.of("git-ada"), RecordId.of("jira-5b10"), "bob", SYNCED,
            "Ada King is Ada's Jira name"),
        new Decision.NeverLink(RecordId.of("git-grace"), RecordId.of("git-bob"), "alice", SYNCED, "")));
    trail.recordDecisions(log.decisions(), Map.of());

    out.println("1. The first sync resolves " + sync().size() + " records:");
    Resolution first = resolver.resolve(sync(), log);
    trail.recordResolution(first, SYNCED);
    printContributors(out, first);

    out.println("2. Ada asks to be forgotten. Her tombstone holds salted hashes only:");
    Contributor ada = first.contributorOf(RecordId.of("gh-1815")).orElseThrow();
    Tombstones tombstones = Tombstones.create(SALT);
    Tombstone tombstone = tombstones.tombstone(ada, FORGOTTEN);
    tombstones = tombstones.with(tombstone);
    out.println("     " + tombstone.id() + ", forgotten at " + tombstone.forgottenAt() + ", "
        + tombstone.hashes().size() + " hashes");
    DecisionLog purged = tombstones.purge(log);
    out.println("     decisions: " + log.size() + " before, " + purged.size() + " after purging");
    out.println("     audit trail: " + tombstones.purge(trail, "dpo") + " events about her removed");

    out.println("3. The tombstones are exported (the salt is not):");
    StringWriter csv = new StringWriter();
    TombstonesCsv.write(tombstones.tombstones(), csv);
    csv.toString().lines().limit(3).forEach(line -> out.println("     " + line));
    out.println("     ... " + (csv.toString().lines().count() - 1) + " rows in all");

    out.println("4. The next run imports them and re-syncs; the tools still hold Ada's accounts, and git");
    out.println("   has new commits of hers under a new record id:");
    Tombstones imported = Tombstones.of(SALT, TombstonesCsv.read(new StringReader(csv.toString()), "tombstones.csv"));
    List<IdentityRecord> resync = new ArrayList<>(sync());
    resync.add(IdentityRecord.builder(RecordId.of("git-ada-laptop"), GIT).displayName("A. Lovelace")
        .email("Ada@Example.org").build());
    FilteredRecords filtered = imported.filter(resync);
    for (DroppedRecord dropped : filtered.dropped()) {
      out.println("     " + dropped);
    }
    Resolution next = resolver.resolve(filtered.kept(), purged, imported.purge(first.assignments()));
    trail.recordResolution(first, next, RESYNCED);
    printContributors(out, next);

    List<String> left = new ArrayList<>();
    for (String trace : List.of("Ada", "Lovelace", "ada@example.org", "1815", "5b10", "gh-1815", "git-ada", "jira-5b10")) {
      if ((next.contributors() + " " + next.links() + " " + trail.events()).contains(trace)) {
        left.add(trace);
      }
    }
    out.println("5. Ada returned: " + (left.isEmpty() ? "no; nothing of hers is left in the resolution or the trail"
        : "yes, " + left));
    out.println("   The trail keeps of her only that someone was forgotten:");
    trail.events().forEach(event -> out.println("     " + event));
  }

  private static void printContributors(PrintStream out, Resolution resolution) {
    for (Contributor contributor : resolution.contributors()) {
      List<String> ids = new ArrayList<>();
      contributor.records().forEach(record -> ids.add(record.id().value()));
      out.println("     " + contributor.displayName() + " " + contributor.emails() + " " + ids);
    }
  }
}
