package io.github.devidentity.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.devidentity.IdentityException;
import io.github.devidentity.csv.IdentityRecordsCsv;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code demo}: resolves a bundled sample of records from six tools and explains the result:
 * which records became one contributor and why, what waits for review, and which decisions of
 * people were replayed.
 */
final class DemoCommand implements Command {
  static final String RESOURCE = "/io/github/devidentity/examples/demo-records.csv";
  static final String NO_DECISIONS = "--no-decisions";

  /**
   * The decisions people made earlier, as a host would load them from its decision store; fixed
   * times keep the output identical from run to run.
   */
  static final DecisionLog DECISIONS = DecisionLog.of(List.of(
      new Decision.NeverLink(RecordId.of("git-07"), RecordId.of("jira-03"), "alice",
          Instant.parse("2026-10-05T09:12:00Z"),
          "two people named Daniel Kim: ours, and the partner's consultant"),
      new Decision.Merge(RecordId.of("git-06"), RecordId.of("ado-02"), "bob",
          Instant.parse("2026-10-12T14:30:00Z"),
          "Maria Garcia took the name Lindqvist when she joined; confirmed with her")));

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String summary() {
    return "resolve a bundled sample of records from six tools and explain every merge";
  }

  @Override
  public String usage() {
    return "usage: " + Main.PROGRAM + " demo [" + NO_DECISIONS + "]\n\n"
        + "Resolves a bundled sample (" + RESOURCE.substring(RESOURCE.lastIndexOf('/') + 1)
        + ") and prints the contributors, the evidence\n"
        + "behind every merge, the review queue, the warnings and a summary.\n\n"
        + "options:\n"
        + "  " + NO_DECISIONS + "  resolve without replaying the sample's decision log, to see what it changes";
  }

  @Override
  public Set<String> valueFlags() {
    return Set.of();
  }

  @Override
  public Set<String> booleanFlags() {
    return Set.of(NO_DECISIONS);
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) {
    List<IdentityRecord> records = sample();
    DecisionLog decisions = args.has(NO_DECISIONS) ? DecisionLog.empty() : DECISIONS;
    Resolution resolution = Resolver.create().resolve(records, decisions);
    ResolutionPrinter printer = new ResolutionPrinter(resolution, out);

    out.println("devidentity demo");
    out.println();
    Map<IntegrationType, Integer> tools = countByTool(records);
    out.println(records.size() + " identity records, accounts and git identities, from " + tools.size() + " tools:");
    out.println("  " + tools.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().displayName())
        .collect(Collectors.joining(", ")) + ".");
    out.println("The resolver links records that share evidence (an account id, a provider login or");
    out.println("noreply address, an email, a full name), merges the links it is sure of, sends the");
    out.println("doubtful ones to a review queue, and replays the decisions people made earlier.");
    out.println();
    out.println("What the sample holds:");
    out.println("  - git-01 was committed on github.com: its noreply address 12345+monaocto@... names");
    out.println("    GitHub account 12345 (gh-01), so the two join; jira-01 joins by the same email.");
    out.println("  - \"José Müller\" (git, Bitbucket) and \"Muller, Jose\" (GitLab) join by full name.");
    out.println("  - Priya's Azure DevOps and Jira accounts join her git identity by email, in any case.");
    out.println("  - Sam Lee has two GitHub accounts with one email: two accounts of one tool are never");
    out.println("    merged automatically, so the pair goes to review.");
    out.println("  - root@localhost, \"unknown\" and a lone first name link nothing; noreply@github.com is");
    out.println("    GitHub's web-flow committer, recognised as a bot.");
    out.println("  - dependabot[bot] is a bot: it joins its own commits but never a person.");
    out.println("  - Decisions: two namesakes called Daniel Kim are kept apart, and Maria's identities");
    out.println("    from before and after she changed her family name, which share no evidence, are");
    out.println("    merged by hand.");
    out.println();

    section(out, "Decisions replayed (" + decisions.size() + ")");
    if (decisions.isEmpty()) {
      out.println("  (none: " + NO_DECISIONS + " was given; the namesakes merge and Maria's two identities stay apart)");
      out.println();
    } else {
      out.println("  The decision log is replayed on every run, so fresh data never undoes a person's call.");
      for (Decision decision : decisions.decisions()) {
        out.println("  " + decision.describe());
        out.println("    -> " + outcome(decision, resolution));
      }
      out.println();
    }

    List<Contributor> merged = new ArrayList<>();
    List<Contributor> alone = new ArrayList<>();
    for (Contributor contributor : resolution.contributors()) {
      (contributor.records().size() > 1 ? merged : alone).add(contributor);
    }
    merged.sort(ResolutionPrinter.BY_NAME);
    alone.sort(ResolutionPrinter.BY_NAME);
    section(out, "Contributors with several records (" + merged.size() + ")");
    out.println("  Each lists its records, the anchor (its earliest record) first, then for every other");
    out.println("  record the link that joined it: \"gh-01 <- git-02: evidence\" means gh-01 joined git-02.");
    out.println();
    printer.contributors(merged);
    section(out, "Contributors with one record (" + alone.size() + ")");
    out.println();
    printer.contributors(alone);

    section(out, "Review queue (" + resolution.reviewQueue().size() + ")");
    out.println("  Pairs with evidence that were not merged automatically; a person accepts or rejects each,");
    out.println("  and the decision joins the log.");
    out.println();
    printer.reviewQueue();

    section(out, "Warnings (" + resolution.warnings().size() + ")");
    printer.warnings();

    section(out, "Summary");
    out.println("  " + resolution.summary());
    return Main.OK;
  }

  /** The bundled sample records. */
  static List<IdentityRecord> sample() {
    InputStream stream = DemoCommand.class.getResourceAsStream(RESOURCE);
    if (stream == null) {
      throw new IllegalStateException("the demo sample " + RESOURCE + " is missing from the classpath");
    }
    List<IdentityRecord> records = new ArrayList<>();
    try (Reader reader = new InputStreamReader(stream, UTF_8)) {
      IdentityRecordsCsv.forEach(reader, "demo-records.csv", records::add);
    } catch (IOException e) {
      throw new IdentityException("cannot read the demo sample " + RESOURCE + ": " + e.getMessage(), e);
    }
    return records;
  }

  private static Map<IntegrationType, Integer> countByTool(List<IdentityRecord> records) {
    Map<IntegrationType, Integer> counts = new TreeMap<>();
    for (IdentityRecord record : records) {
      counts.merge(record.integration().type(), 1, Integer::sum);
    }
    return counts;
  }

  /** What a decision did in this resolution, checked rather than assumed. */
  private static String outcome(Decision decision, Resolution resolution) {
    List<RecordId> records = decision.records();
    ContributorId first = resolution.contributorOf(records.get(0)).map(Contributor::id).orElse(null);
    if (records.size() == 1) {
      return first == null ? "not applied: " + records.get(0) + " is not in the input"
          : records.get(0) + " is in " + first;
    }
    ContributorId second = resolution.contributorOf(records.get(1)).map(Contributor::id).orElse(null);
    if (first == null || second == null) {
      return "not applied: a record it names is not in the input";
    }
    if (decision.joins()) {
      return first.equals(second) ? "joined: both records are in " + first : "not in effect: they are apart";
    }
    return first.equals(second)
        ? "not in effect: a later merge joined them"
        : "kept apart: " + records.get(0) + " is in " + first + ", " + records.get(1) + " in " + second;
  }

  private static void section(PrintStream out, String title) {
    out.println("== " + title + " ==");
  }
}
