package io.github.devidentity.examples.contributors;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.devidentity.audit.AuditTrail;
import io.github.devidentity.csv.ContributorsCsv;
import io.github.devidentity.csv.ContributorsImport;
import io.github.devidentity.csv.ContributorsSheet;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

/**
 * The contributors CSV round trip: resolve, export what the tool found, fix it by hand, look at
 * the dry run, apply it as decisions, record the import in the audit trail, and resolve again to
 * see the fix kept.
 *
 * <p>Run it with {@code java -cp examples/target/identity-examples.jar
 * io.github.devidentity.examples.contributors.ContributorsCsvExample}.
 */
public final class ContributorsCsvExample {
  /** A fixed time, so the output is the same on every run. */
  static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

  private static final Integration GIT = Integration.of(IntegrationType.GIT);
  private static final Integration GITHUB = Integration.of(IntegrationType.GITHUB);
  private static final Integration JIRA = Integration.of(IntegrationType.JIRA_CLOUD);

  /** What a person makes of the export: Ada's work account is hers, Bob is Robert, teams added. */
  static final String EDITED = String.join("\n",
      "Full_Name,Email,Team,Integration: git,Integration: github,Integration: jira-cloud",
      "Ada Lovelace,ada@example.org,Analytics,ada@example.org,1815,5b10ac8d82e05b22cc7d4ef5",
      "Ada Lovelace,ada@example.org,,,90210,",
      "Robert Smith,bob@example.org,Payments,bob@example.org,42,",
      "");

  private ContributorsCsvExample() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, UTF_8));
  }

  /** Runs the example, printing to {@code out}. */
  static void run(PrintStream out) {
    List<IdentityRecord> records = List.of(
        IdentityRecord.builder(RecordId.of("git-ada"), GIT).displayName("Ada Lovelace").email("ada@example.org")
            .build(),
        IdentityRecord.builder(RecordId.of("gh-ada"), GITHUB).accountId("1815").login("ada")
            .displayName("Ada Lovelace").email("ada@example.org").build(),
        IdentityRecord.builder(RecordId.of("jira-ada"), JIRA).accountId("5b10ac8d82e05b22cc7d4ef5")
            .displayName("Ada Lovelace").email("ada@example.org").build(),
        IdentityRecord.builder(RecordId.of("gh-ada-work"), GITHUB).accountId("90210").login("al-analytics").build(),
        IdentityRecord.builder(RecordId.of("git-bob"), GIT).displayName("Bob Smith").email("bob@example.org").build(),
        IdentityRecord.builder(RecordId.of("gh-bob"), GITHUB).accountId("42").login("bob")
            .displayName("Bob Smith").email("bob@example.org").build());
    Resolver resolver = Resolver.create();
    Resolution before = resolver.resolve(records);

    out.println("1. Export what resolution found (" + before.contributors().size() + " contributors):");
    StringWriter export = new StringWriter();
    ContributorsCsv.Export written = ContributorsCsv.write(before.contributors(), export);
    indent(out, export.toString());
    written.omissions().forEach(omission -> out.println("   left out: " + omission));

    out.println("2. A person fixes it in a spreadsheet: the work account 90210 is Ada's, Bob is Robert, teams:");
    indent(out, EDITED);

    ContributorsSheet sheet = ContributorsCsv.read(new ByteArrayInputStream(EDITED.getBytes(UTF_8)),
        "contributors.csv", ContributorsCsv.Schema.open());
    out.println("3. Check it: " + sheet.report().summary() + "; " + sheet.entries().size() + " contributors in "
        + sheet.rows() + " rows.");
    ContributorsImport plan = sheet.plan(before, DecisionLog.empty(), ContributorsImport.Mode.UPDATE);
    out.println("4. Dry run (update), nothing applied yet:");
    indent(out, plan.diff().toText());

    List<Decision> decisions = plan.decisions("alice", AT);
    out.println("5. Apply: " + decisions.size() + " decisions for the decision log:");
    decisions.forEach(decision -> out.println("   " + decision.describe()));

    AuditTrail trail = AuditTrail.create();
    trail.recordImport("contributors.csv", "alice", AT, "quarterly clean-up", decisions, before.assignments());
    out.println("6. The audit trail records the import:");
    trail.events().forEach(event -> out.println("   " + event));

    DecisionLog log = DecisionLog.of(decisions);
    Resolution after = resolver.resolve(records, log, before.assignments());
    out.println("7. Resolve again: the fix is kept (" + after.contributors().size() + " contributors), "
        + "with the file's names and teams:");
    for (Contributor contributor : sheet.overlay(after)) {
      out.println("   " + contributor.displayName() + " <" + contributor.primaryEmail().orElse("") + "> "
          + contributor.attributes() + ": " + contributor.accounts());
    }
    out.println("8. A second import of the same file changes nothing: "
        + sheet.plan(after, log, ContributorsImport.Mode.UPDATE).decisionCount() + " decisions.");
  }

  private static void indent(PrintStream out, String text) {
    text.lines().forEach(line -> out.println("   " + line));
  }
}
