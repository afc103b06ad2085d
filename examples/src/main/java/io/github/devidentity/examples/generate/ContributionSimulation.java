package io.github.devidentity.examples.generate;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.match.ContributionStrategy;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.normalize.EmailAddress;
import io.github.devidentity.normalize.Emails;
import io.github.devidentity.spi.ContributionFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Pull requests for a generated organisation, and a score for account-to-email links inferred from
 * them. Each platform account (GitHub, GitLab, Bitbucket, Azure DevOps, Harness Code) opens 0 to 8
 * pull requests of 1 to 5 commits; a commit's author is its owner's git address (the first one
 * more often) 85% of the time, a colleague's address 10% (pairing, cherry-picks, a merged branch)
 * and a bot's 5% (rebases by Dependabot); an owner with no git record commits with an address no
 * record holds. Seeded: the same records and seed give the same facts.
 */
public final class ContributionSimulation {
  private static final Set<String> PLATFORMS = Set.of("github", "gitlab", "bitbucket-cloud", "bitbucket-server",
      "azure-devops", "harness-code");
  private static final String BOT = "49699333+dependabot[bot]@users.noreply.github.com";

  private ContributionSimulation() {}

  /** The facts of the organisation's pull requests. */
  public static List<ContributionFact> facts(List<GeneratedRecord> records, long seed) {
    requireNonNull(records, "records");
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, List<String>> emailsOf = gitEmails(records);
    List<String> everyone = new ArrayList<>();
    emailsOf.values().forEach(everyone::addAll);
    List<ContributionFact> facts = new ArrayList<>();
    int commit = 0;
    for (GeneratedRecord record : records) {
      if (!PLATFORMS.contains(record.source()) || record.accountId().isEmpty() || record.personId().startsWith("bot-")) {
        continue;
      }
      Integration integration = Integration.parse(record.source());
      List<String> own = emailsOf.getOrDefault(record.personId(), List.of());
      int pulls = random.nextInt(10) < 3 ? 0 : 1 + random.nextInt(8);
      for (int p = 0; p < pulls; p++) {
        int commits = 1 + random.nextInt(5);
        for (int c = 0; c < commits; c++) {
          String email;
          int roll = random.nextInt(100);
          if (roll < 85) {
            email = own.isEmpty() ? home(record.personId())
                : own.get(own.size() == 1 || random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(own.size() - 1));
          } else if (roll < 95 && !everyone.isEmpty()) {
            email = everyone.get(random.nextInt(everyone.size()));
          } else {
            email = BOT;
          }
          facts.add(new ContributionFact(integration, record.accountId(), record.username().isEmpty() ? null
              : record.username(), ContributionFact.Kind.PULL_REQUEST_COMMIT,
              "repo!" + record.recordId() + "-" + p + "@c" + commit++, null, email, null));
        }
      }
    }
    return facts;
  }

  /**
   * How the inferred links compare with the truth.
   *
   * @param strong links at the strong confidence
   * @param strongCorrect those whose account's person holds the address in a git record
   * @param weak links for review
   * @param weakCorrect those that are right
   * @param possible account-address pairs that are right and have at least one commit: what
   *     recall is out of
   */
  public record Score(int strong, int strongCorrect, int weak, int weakCorrect, int possible) {
    /** Right strong links over strong links. */
    public double precision() {
      return strong == 0 ? 1 : (double) strongCorrect / strong;
    }

    /** Right strong links over the right pairs. */
    public double recall() {
      return possible == 0 ? 1 : (double) strongCorrect / possible;
    }

    /** Right links, strong or weak, over the right pairs: what review can reach. */
    public double recallWithReview() {
      return possible == 0 ? 1 : (double) (strongCorrect + weakCorrect) / possible;
    }
  }

  /** Scores a strategy's links against the records' truth and the facts they came from. */
  public static Score score(List<GeneratedRecord> records, List<ContributionFact> facts, ContributionStrategy strategy) {
    Map<String, List<String>> emailsOf = gitEmails(records);
    Map<String, Set<String>> personsOfEmail = new HashMap<>();
    emailsOf.forEach((person, emails) -> emails.forEach(
        email -> personsOfEmail.computeIfAbsent(normalized(email), k -> new HashSet<>()).add(person)));
    Map<String, String> personOfAccount = new HashMap<>();
    for (GeneratedRecord record : records) {
      // The address an owner without git records commits with is theirs too, though no record holds it.
      personsOfEmail.computeIfAbsent(home(record.personId()), k -> new HashSet<>()).add(record.personId());
      if (!record.accountId().isEmpty()) {
        personOfAccount.put(Integration.parse(record.source()) + "/" + record.accountId(), record.personId());
      }
    }
    Set<String> possible = new HashSet<>();
    for (ContributionFact fact : facts) {
      String account = fact.integration() + "/" + fact.accountId();
      String email = fact.email().map(ContributionSimulation::normalized).orElse("");
      if (personsOfEmail.getOrDefault(email, Set.of()).contains(personOfAccount.get(account))) {
        possible.add(account + " " + email);
      }
    }
    int strong = 0;
    int strongCorrect = 0;
    int weak = 0;
    int weakCorrect = 0;
    for (ContributionStrategy.InferredLink link : strategy.links()) {
      String account = link.account().integration() + "/" + link.account().accountId();
      boolean right = personsOfEmail.getOrDefault(link.email(), Set.of()).contains(personOfAccount.get(account));
      if (link.confidence() >= strategy.thresholds().strongConfidence()) {
        strong++;
        strongCorrect += right ? 1 : 0;
      } else {
        weak++;
        weakCorrect += right ? 1 : 0;
      }
    }
    return new Score(strong, strongCorrect, weak, weakCorrect, possible.size());
  }

  /**
   * The records as tools that hide emails show them: GitLab, Bitbucket and Azure DevOps accounts
   * without their address.
   */
  public static List<GeneratedRecord> emailsHidden(List<GeneratedRecord> records) {
    List<GeneratedRecord> hidden = new ArrayList<>(records.size());
    for (GeneratedRecord record : records) {
      IntegrationType type = Integration.parse(record.source()).type();
      boolean hides = type == IntegrationType.GITLAB || type == IntegrationType.BITBUCKET_CLOUD
          || type == IntegrationType.BITBUCKET_SERVER || type == IntegrationType.AZURE_DEVOPS;
      hidden.add(hides ? new GeneratedRecord(record.recordId(), record.source(), record.name(), "", record.username(),
          record.accountId(), record.personId(), record.firstSeen(), record.lastSeen()) : record);
    }
    return hidden;
  }

  private static Map<String, List<String>> gitEmails(List<GeneratedRecord> records) {
    Map<String, List<String>> emails = new LinkedHashMap<>();
    for (GeneratedRecord record : records) {
      if ("git".equals(record.source()) && !record.personId().startsWith("bot-") && !record.email().isEmpty()
          && Emails.normalize(record.email()).isLinkable()) {
        List<String> own = emails.computeIfAbsent(record.personId(), k -> new ArrayList<>());
        if (!own.contains(record.email())) {
          own.add(record.email());
        }
      }
    }
    return emails;
  }

  private static String home(String personId) {
    return personId + "@home.example";
  }

  private static String normalized(String email) {
    EmailAddress address = Emails.normalize(email);
    return address.normalized();
  }
}
