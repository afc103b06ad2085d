package io.github.devidentity.examples.mailmap;

import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.mailmap.Mailmap;
import io.github.devidentity.mailmap.MailmapExport;
import io.github.devidentity.mailmap.MailmapImport;
import io.github.devidentity.mailmap.MailmapStrategy;
import io.github.devidentity.match.StrategyChain;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Link;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import io.github.devidentity.resolve.ResolverOptions;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * A project's {@code .mailmap} both ways: read with git's rules (and what git ignores in it),
 * imported as merge decisions or used as evidence, and a resolution written back as a {@code
 * .mailmap} that {@code git shortlog -sne} groups by.
 *
 * <pre>{@code
 * java -cp identity-examples.jar io.github.devidentity.examples.mailmap.MailmapExample
 * }</pre>
 */
public final class MailmapExample {
  private static final Integration REPO = Integration.of(IntegrationType.GIT, "acme/api");
  private static final Instant AT = Instant.parse("2026-11-22T09:00:00Z");

  /** The project's own file, as its maintainers wrote it. */
  static final String MAILMAP = String.join("\n",
      "# acme/api authors",
      "Ada Lovelace <ada@acme.example> <ada@old-laptop.(none)>",
      "Ada Lovelace <ada@acme.example> ada <ADA@acme.example>   # typed in capitals once",
      "Bert Belder <bert@acme.example> <info@2bs.example>",
      "Bert Belder <bert@acme.example> Bert B.",
      "");

  private MailmapExample() {}

  /**
   * Prints the mailmap's entries and problems, the decisions it imports, the contributors with
   * them and with the evidence instead, and the mailmap written back.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  static void run(PrintStream out) {
    Mailmap mailmap = Mailmap.parse(MAILMAP, ".mailmap");
    out.println("== " + mailmap + " ==");
    mailmap.entries().forEach(entry -> out.println("  line " + entry.line() + ": " + entry));
    mailmap.problems().forEach(problem -> out.println("  warning: " + problem.message()));

    List<IdentityRecord> records = records();
    MailmapImport imported = MailmapImport.of(mailmap, records, "auto", AT);
    out.println();
    out.println("== Imported as decisions ==");
    imported.decisions().forEach(decision -> out.println("  " + decision.describe()));
    imported.unusedEntries().forEach(entry -> out.println("  unused: line " + entry.line() + ": " + entry));
    Resolution resolution = Resolver.create().resolve(records, DecisionLog.of(imported.decisions()));
    print(resolution, out);

    out.println();
    out.println("== Used as evidence ==");
    StrategyChain chain = StrategyChain.defaults().with(new MailmapStrategy(mailmap));
    Resolution withEvidence = Resolver.create(ResolverOptions.builder().strategies(chain).build()).resolve(records);
    for (Link link : withEvidence.links()) {
      link.evidence().stream().filter(evidence -> evidence.strategy().equals(MailmapStrategy.NAME))
          .forEach(evidence -> out.println("  " + link.first() + " ~ " + link.second() + ": " + evidence));
    }
    print(withEvidence, out);

    out.println();
    out.println("== Written back for " + REPO + " ==");
    MailmapExport export = MailmapExport.of(resolution, REPO);
    out.print(export.text());
    export.unmapped().forEach(unmapped -> out.println("not mapped: " + unmapped));
  }

  private static void print(Resolution resolution, PrintStream out) {
    for (Contributor contributor : resolution.contributors()) {
      StringBuilder line = new StringBuilder("  ").append(contributor.displayName()).append(':');
      contributor.records().forEach(record -> line.append(' ').append(record.id()));
      out.println(line);
    }
  }

  static List<IdentityRecord> records() {
    return List.of(
        git("g1", "Ada Lovelace", "ada@acme.example", 40),
        git("g2", "Ada L", "ada@old-laptop.(none)", 3),
        git("g3", "ada", "ADA@acme.example", 1),
        git("g4", "Bert Belder", "bert@acme.example", 25),
        git("g5", "Bert", "info@2bs.example", 2),
        git("g6", "Bert B.", "bert@acme.example", 1),
        git("g7", "Cy Young", "cy@acme.example", 7),
        IdentityRecord.builder(RecordId.of("gh-1"), Integration.of(IntegrationType.GITHUB)).accountId("1001")
            .login("cyoung").displayName("Cy Young").email("cy@acme.example").build());
  }

  private static IdentityRecord git(String id, String name, String email, long commits) {
    return IdentityRecord.builder(RecordId.of(id), REPO).displayName(name).email(email).activityCount(commits).build();
  }
}
