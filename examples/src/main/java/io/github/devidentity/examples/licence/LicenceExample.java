package io.github.devidentity.examples.licence;

import io.github.devidentity.licence.BillableContributor;
import io.github.devidentity.licence.ExclusionReason;
import io.github.devidentity.licence.LicenceCounter;
import io.github.devidentity.licence.LicenceDuplicate;
import io.github.devidentity.licence.LicencePolicy;
import io.github.devidentity.licence.LicenceReport;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts licence units in a small organisation built in code: once for everyone with a
 * source-code-management identity, once for those active in the last 90 days, and shows the
 * review-queue duplicates that inflate the count.
 *
 * <pre>{@code
 * java -cp identity-examples.jar io.github.devidentity.examples.licence.LicenceExample
 * }</pre>
 */
public final class LicenceExample {
  /** The end of the active window: fixed, so the example prints the same every day. */
  static final Instant AS_OF = Instant.parse("2026-12-01T00:00:00Z");

  private LicenceExample() {}

  /**
   * Prints the two counts.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Resolves the records, counts them under both policies and prints the reports to {@code out}. */
  static void run(PrintStream out) {
    Resolution resolution = Resolver.create().resolve(records());
    out.println("resolved: " + resolution.summary());
    out.println();

    print("Everyone with a source-code-management identity",
        LicenceCounter.create().count(resolution), out);
    LicencePolicy recent = LicencePolicy.builder().activeWithin(Duration.ofDays(90), AS_OF).build();
    print("Active in the 90 days up to " + AS_OF, LicenceCounter.create(recent).count(resolution), out);
  }

  private static void print(String title, LicenceReport report, PrintStream out) {
    out.println("== " + title + ": " + report.count() + " licence units ==");
    for (BillableContributor entry : report.billable()) {
      out.println("  " + entry.contributor().displayName() + ": " + entry.reason());
    }
    for (Map.Entry<ExclusionReason, Integer> exclusion : report.exclusions().entrySet()) {
      if (exclusion.getValue() > 0) {
        out.println("  left out, " + exclusion.getKey().describe() + ": " + exclusion.getValue());
      }
    }
    for (LicenceDuplicate duplicate : report.duplicates()) {
      out.println(String.format(Locale.ROOT, "  duplicate? %s and %s, %.2f: %s", duplicate.first().record().id(),
          duplicate.second().record().id(), duplicate.confidence(), duplicate.item().evidence().get(0).explanation()));
    }
    out.println("  if every duplicate were merged: " + report.countIfDuplicatesMerged() + " licence units");
    out.println();
  }

  /** Six people and a bot across git, GitHub, GitLab, Bitbucket and Jira. */
  static List<IdentityRecord> records() {
    return List.of(
        // Ada commits and holds a GitHub account: one person, one unit, billed on the account.
        record("git-ada", IntegrationType.GIT).displayName("Ada Lovelace").email("ada@acme.example")
            .firstSeen(Instant.parse("2024-02-01T09:00:00Z")).lastSeen(Instant.parse("2026-11-28T17:30:00Z")).build(),
        record("gh-ada", IntegrationType.GITHUB).accountId("583231").login("ada-l").displayName("Ada Lovelace")
            .email("ada@acme.example").lastSeen(Instant.parse("2026-11-20T10:00:00Z")).build(),
        record("jira-ada", IntegrationType.JIRA_CLOUD).accountId("5b10ac8d82e05b22cc7d4ef5")
            .displayName("Ada Lovelace").email("ada@acme.example").build(),
        // Sam has two GitHub accounts with one address: never merged automatically, so two units
        // until someone accepts the review item.
        record("gh-sam", IntegrationType.GITHUB).accountId("1001").login("samlee").displayName("Sam Lee")
            .email("sam@acme.example").lastSeen(Instant.parse("2026-11-30T08:00:00Z")).build(),
        record("gh-sam-work", IntegrationType.GITHUB).accountId("1002").login("sam-lee-acme").displayName("Sam Lee")
            .email("sam@acme.example").lastSeen(Instant.parse("2026-10-15T08:00:00Z")).build(),
        // Bea only files issues: no source-code-management identity.
        record("jira-bea", IntegrationType.JIRA_CLOUD).accountId("6c21").displayName("Bea Ng")
            .email("bea@acme.example").lastSeen(Instant.parse("2026-11-30T12:00:00Z")).build(),
        // Carl left: his GitLab account was last active in the spring.
        record("gl-carl", IntegrationType.GITLAB).accountId("77").login("carl").displayName("Carl Fox")
            .email("carl@acme.example").lastSeen(Instant.parse("2026-04-01T12:00:00Z")).build(),
        // Dee's Bitbucket account carries no dates: with a window it cannot be shown active.
        record("bb-dee", IntegrationType.BITBUCKET_CLOUD).accountId("{d3e}").login("dee").displayName("Dee Park")
            .email("dee@acme.example").build(),
        // A bot never takes a licence.
        record("gh-dependabot", IntegrationType.GITHUB).accountId("49699333").login("dependabot[bot]")
            .lastSeen(Instant.parse("2026-11-30T03:00:00Z")).build());
  }

  private static IdentityRecord.Builder record(String id, IntegrationType type) {
    return IdentityRecord.builder(RecordId.of(id), Integration.of(type));
  }
}
