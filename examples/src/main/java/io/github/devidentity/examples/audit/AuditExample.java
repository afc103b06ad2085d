package io.github.devidentity.examples.audit;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.devidentity.audit.AuditEvent;
import io.github.devidentity.audit.AuditPage;
import io.github.devidentity.audit.AuditTrail;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail at work: resolve, merge two records by hand, resolve again after a sync brings
 * a new account, then page through one contributor's history, newest first.
 *
 * <p>Run it with {@code java -cp examples/target/identity-examples.jar
 * io.github.devidentity.examples.audit.AuditExample}.
 */
public final class AuditExample {
  /** Fixed times, so the output is the same on every run. */
  static final Instant MONDAY = Instant.parse("2026-10-05T09:00:00Z");
  static final Instant TUESDAY = Instant.parse("2026-10-06T14:30:00Z");
  static final Instant WEDNESDAY = Instant.parse("2026-10-07T09:00:00Z");
  static final int PAGE_SIZE = 1;

  private static final Integration GIT = Integration.of(IntegrationType.GIT);
  private static final Integration GITHUB = Integration.of(IntegrationType.GITHUB);
  private static final Integration JIRA = Integration.of(IntegrationType.JIRA_CLOUD);

  private AuditExample() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, UTF_8);
    run(out);
  }

  /** Runs the example, printing to {@code out}. */
  static void run(PrintStream out) {
    List<IdentityRecord> records = new ArrayList<>(List.of(
        IdentityRecord.builder(RecordId.of("git-ada"), GIT).displayName("Ada Lovelace").email("ada@example.org").build(),
        IdentityRecord.builder(RecordId.of("gh-ada"), GITHUB).accountId("1815").login("ada")
            .displayName("Ada L.").email("ada@example.org").build(),
        IdentityRecord.builder(RecordId.of("git-maria"), GIT).displayName("Maria Garcia")
            .email("m.garcia@example.org").build(),
        IdentityRecord.builder(RecordId.of("git-maria-2"), GIT).displayName("Maria Lindqvist")
            .email("m.lindqvist@example.org").build()));
    Resolver resolver = Resolver.create();
    AuditTrail trail = AuditTrail.create();

    out.println("1. Monday: the first resolution. The resolver's links become events by \"auto\".");
    Resolution first = resolver.resolve(records);
    print(out, trail.recordResolution(first, MONDAY));

    out.println("2. Tuesday: bob merges Maria's identities from before and after her change of name.");
    Decision merge = new Decision.Merge(RecordId.of("git-maria"), RecordId.of("git-maria-2"), "bob", TUESDAY,
        "Maria Garcia took the name Lindqvist; confirmed with her");
    print(out, trail.recordDecisions(List.of(merge), first.assignments()));
    DecisionLog log = DecisionLog.of(List.of(merge));

    out.println("3. Wednesday: a sync brings Maria's Jira account; resolving again records only what changed.");
    records.add(IdentityRecord.builder(RecordId.of("jira-maria"), JIRA).accountId("5b10")
        .displayName("Maria Lindqvist").email("M.Lindqvist@example.org").build());
    Resolution second = resolver.resolve(records, log, first.assignments());
    print(out, trail.recordResolution(first, second, WEDNESDAY));

    Contributor maria = second.contributorOf(RecordId.of("git-maria")).orElseThrow();
    out.println("4. Maria's history (" + maria.id() + ", " + maria.records().size() + " records), newest first, "
        + PAGE_SIZE + " event a page:");
    AuditPage page = trail.page(maria.id(), PAGE_SIZE);
    for (int number = 1; ; number++) {
      out.println("   page " + number + ":");
      page.events().forEach(event -> out.println("     " + event));
      if (page.nextCursor().isEmpty()) {
        break;
      }
      page = trail.page(maria.id(), page.nextCursor().get(), PAGE_SIZE);
    }

    out.println("5. The decision log is part of the trail: " + trail.decisions().size() + " decision.");
    trail.decisions().decisions().forEach(decision -> out.println("     " + decision.describe()));
  }

  private static void print(PrintStream out, List<AuditEvent> events) {
    if (events.isEmpty()) {
      out.println("     (no event)");
    }
    events.forEach(event -> out.println("     " + event));
  }
}
