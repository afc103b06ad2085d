package io.github.devidentity.examples.cli;

import io.github.devidentity.examples.evaluate.Evaluation;
import io.github.devidentity.examples.evaluate.PairScore;
import io.github.devidentity.examples.generate.ContributionSimulation;
import io.github.devidentity.examples.generate.GeneratedRecord;
import io.github.devidentity.examples.generate.OrganisationGenerator;
import io.github.devidentity.match.ContributionStrategy;
import io.github.devidentity.match.StrategyChain;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolver;
import io.github.devidentity.resolve.ResolverOptions;
import io.github.devidentity.spi.ContributionFact;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code pr-links}: measures contribution-driven matching on a generated organisation with
 * pull requests, link by link and on the resolution.
 */
final class PrLinksCommand implements Command {
  @Override
  public String name() {
    return "pr-links";
  }

  @Override
  public String summary() {
    return "measure account-to-email links inferred from pull requests on a generated organisation";
  }

  @Override
  public String usage() {
    return String.join("\n",
        "usage: pr-links --records N [--seed S]",
        "  --records N  how many records to generate (10000, 10k, 1m)",
        "  --seed S     the generator's and the pull requests' seed (default 1)",
        "Hides the emails of GitLab, Bitbucket and Azure DevOps accounts, as those tools do, then",
        "prints the inferred links' precision and recall, and the resolution's pair recall and",
        "precision without and with the contribution strategy.");
  }

  @Override
  public Set<String> valueFlags() {
    return Set.of("--records", "--seed");
  }

  @Override
  public Set<String> booleanFlags() {
    return Set.of();
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) {
    long count = GenerateCommand.count(args.required("--records"));
    long seed = args.value("--seed").map(Long::parseLong).orElse(1L);
    if (count > 5_000_000) {
      throw new UsageException("pr-links: --records " + count + " is more than this measurement holds in memory");
    }
    List<GeneratedRecord> generated = new ArrayList<>();
    OrganisationGenerator.of(seed).generate(count, generated::add);
    List<GeneratedRecord> hidden = ContributionSimulation.emailsHidden(generated);
    List<ContributionFact> facts = ContributionSimulation.facts(hidden, seed);
    ContributionStrategy strategy = ContributionStrategy.of(facts);
    ContributionSimulation.Score links = ContributionSimulation.score(hidden, facts, strategy);
    out.printf(Locale.ROOT, "%,d records, %,d contribution facts; %,d account-address pairs are right%n",
        generated.size(), facts.size(), links.possible());
    out.printf(Locale.ROOT, "strong links (%.2f, merged): %,d, precision %.4f, recall %.4f%n",
        strategy.thresholds().strongConfidence(), links.strong(), links.precision(), links.recall());
    out.printf(Locale.ROOT, "weak links (%.2f, review): %,d, %,d right; recall with review %.4f%n",
        strategy.thresholds().weakConfidence(), links.weak(), links.weakCorrect(), links.recallWithReview());

    List<IdentityRecord> records = new ArrayList<>(hidden.size());
    Map<RecordId, String> truth = new HashMap<>();
    for (GeneratedRecord record : hidden) {
      records.add(record.toIdentityRecord());
      truth.put(RecordId.of(record.recordId()), record.personId());
    }
    PairScore without = Evaluation.scoreInMemory(records, truth, Resolver.create());
    PairScore with = Evaluation.scoreInMemory(records, truth, Resolver.create(ResolverOptions.builder()
        .strategies(StrategyChain.defaults().with(strategy)).build()));
    out.printf(Locale.ROOT, "resolution without contributions: pair recall %.4f, precision %.4f%n",
        without.recall(), without.precision());
    out.printf(Locale.ROOT, "resolution with contributions:    pair recall %.4f, precision %.4f%n",
        with.recall(), with.precision());
    return 0;
  }
}
