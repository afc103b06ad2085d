package io.github.devidentity.examples.bots;

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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Bots on ingest: which records are automation and why, how they stay apart from people, and
 * how a host corrects detection either way with {@code MARK_BOT} and {@code MARK_HUMAN}
 * decisions.
 *
 * <pre>{@code
 * java -cp identity-examples.jar io.github.devidentity.examples.bots.BotsExample
 * }</pre>
 */
public final class BotsExample {
  private static final Integration GIT = Integration.of(IntegrationType.GIT);
  private static final Integration GITHUB = Integration.of(IntegrationType.GITHUB);
  private static final Instant AT = Instant.parse("2026-11-22T09:00:00Z");

  private BotsExample() {}

  /**
   * Prints the contributors before and after the host's two decisions.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Resolves the records twice, without and with the host's decisions, and prints both. */
  static void run(PrintStream out) {
    List<IdentityRecord> records = records();
    Resolver resolver = Resolver.create();

    out.println("== Detected on ingest ==");
    print(resolver.resolve(records), out);

    // "renovate" in git is Renovate Jones, a person; the release job signs as a person would.
    DecisionLog decisions = DecisionLog.of(List.of(
        new Decision.BotOverride(RecordId.of("git-3"), false, "alice", AT, "Renovate Jones, not the app"),
        new Decision.BotOverride(RecordId.of("git-4"), true, "alice", AT, "the nightly release job")));
    out.println();
    out.println("== After the host's decisions ==");
    for (Decision decision : decisions.decisions()) {
      out.println("  " + decision.describe());
    }
    print(resolver.resolve(records, decisions), out);
  }

  private static void print(Resolution resolution, PrintStream out) {
    for (Contributor contributor : resolution.contributors()) {
      // "GitHub" is a placeholder, not a name: show the record instead.
      String name = contributor.displayName().isEmpty()
          ? "[" + contributor.records().get(0).id() + "]" : contributor.displayName();
      StringBuilder line = new StringBuilder("  ").append(name)
          .append(" (").append(contributor.records().size()).append(contributor.records().size() == 1 ? " record" : " records")
          .append(')');
      contributor.botEvidence().ifPresent(why -> line.append(": bot, ").append(why));
      out.println(line);
    }
    out.println("  " + resolution.summary());
  }

  static List<IdentityRecord> records() {
    return List.of(
        IdentityRecord.builder(RecordId.of("gh-1"), GITHUB).accountId("49699333").login("dependabot[bot]")
            .bot(true).build(),
        IdentityRecord.builder(RecordId.of("git-1"), GIT).displayName("dependabot[bot]")
            .email("49699333+dependabot[bot]@users.noreply.github.com").build(),
        IdentityRecord.builder(RecordId.of("git-2"), GIT).displayName("GitHub").email("noreply@github.com").build(),
        IdentityRecord.builder(RecordId.of("git-3"), GIT).displayName("renovate")
            .email("renovate.jones@acme.example").build(),
        IdentityRecord.builder(RecordId.of("git-5"), GIT).displayName("Renovate Jones")
            .email("renovate.jones@acme.example").build(),
        IdentityRecord.builder(RecordId.of("git-4"), GIT).displayName("Release Runner")
            .email("release@acme.example").build(),
        IdentityRecord.builder(RecordId.of("git-6"), GIT).displayName("Release Runner")
            .email("runner@acme.example").build());
  }
}
