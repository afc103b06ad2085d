package io.github.devidentity.match;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.model.AccountRef;
import io.github.devidentity.normalize.EmailAddress;
import io.github.devidentity.normalize.Emails;
import io.github.devidentity.normalize.NormalizedRecord;
import io.github.devidentity.spi.ContributionFact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Links a platform account to the email it commits with, inferred from contributions: GitLab,
 * Bitbucket and Azure DevOps rarely show an account's email, but the commits of the pull requests
 * an account opens carry their git author's.
 *
 * <p>Rules, precision before recall:
 *
 * <ul>
 *   <li>Each commit counts once per account and address, however many facts name it (a commit
 *       pushed and also part of a pull request).
 *   <li>A <em>strong</em> link ({@link Thresholds#strongConfidence()}, 0.9 by default: merged
 *       automatically) needs at least {@code minCommits} commits (3), the address's share of the
 *       account's commits at least {@code minAccountShare} (a quarter: one of the account's own
 *       addresses, not a colleague's it merged once), and the account's share of the address's
 *       commits across the accounts of the same tool at least {@code minEmailShare} (0.8: not an
 *       address several accounts commit with, such as a shared bot or a team address; a person's
 *       accounts in two tools committing with one address agree rather than compete).
 *   <li>A <em>weak</em> link ({@code weakConfidence}, 0.7: the review queue) needs one commit and
 *       half of those shares; anything less is no evidence.
 *   <li>Placeholder and invalid addresses never link.
 * </ul>
 *
 * <pre>{@code
 * ContributionStrategy contributions = ContributionStrategy.of(facts, ContributionStrategy.Thresholds.defaults());
 * Resolver resolver = Resolver.create(ResolverOptions.builder()
 *     .strategies(StrategyChain.defaults().with(contributions)).build());
 * }</pre>
 */
public final class ContributionStrategy implements CorrelationStrategy {
  /** The strategy's name in evidence. */
  public static final String NAME = "contribution";

  private final Thresholds thresholds;
  /** Inferred links by account, strongest first. */
  private final Map<AccountRef, List<InferredLink>> byAccount;
  private final List<InferredLink> links;
  /** The addresses some account was linked to: only these are keys. */
  private final Set<String> linkedEmails;

  private ContributionStrategy(Thresholds thresholds, List<InferredLink> links) {
    this.thresholds = thresholds;
    this.links = Collections.unmodifiableList(links);
    Map<AccountRef, List<InferredLink>> index = new HashMap<>();
    Set<String> emails = new HashSet<>();
    for (InferredLink link : links) {
      index.computeIfAbsent(link.account(), k -> new ArrayList<>()).add(link);
      emails.add(link.email());
    }
    this.byAccount = index;
    this.linkedEmails = emails;
  }

  /**
   * An inferred link: the account, the address, and the counts behind it.
   *
   * @param account the platform account
   * @param email the normalised address
   * @param commits the account's commits with this address
   * @param accountCommits all the account's commits that carry a linkable address
   * @param emailCommits all commits with this address, across the accounts of the same tool
   * @param confidence the link's confidence: strong, weak (review), as the thresholds say
   */
  public record InferredLink(
      AccountRef account, String email, int commits, int accountCommits, int emailCommits, double confidence) {
    /** Validates. @throws IllegalArgumentException if the counts do not add up */
    public InferredLink {
      requireNonNull(account, "account");
      requireNonNull(email, "email");
      if (commits < 1 || commits > accountCommits || commits > emailCommits) {
        throw new IllegalArgumentException("inconsistent counts: " + commits + " of " + accountCommits
            + " and of " + emailCommits);
      }
    }

    /** The address's share of the account's commits. */
    public double accountShare() {
      return (double) commits / accountCommits;
    }

    /** The account's share of the address's commits. */
    public double emailShare() {
      return (double) commits / emailCommits;
    }

    /** The evidence in words, with the counts. */
    public String explain() {
      return String.format(Locale.ROOT, "account %s made %d of its %d commits (%.0f%%) as %s; "
          + "%d of the %d commits with that address in %s (%.0f%%) are its", account, commits, accountCommits,
          100 * accountShare(), email, commits, emailCommits, account.integration(), 100 * emailShare());
    }
  }

  /** How much support a link needs. Immutable. */
  public static final class Thresholds {
    private final int minCommits;
    private final double minAccountShare;
    private final double minEmailShare;
    private final double strongConfidence;
    private final double weakConfidence;

    private Thresholds(int minCommits, double minAccountShare, double minEmailShare, double strongConfidence,
        double weakConfidence) {
      if (minCommits < 1) {
        throw new IllegalArgumentException("minCommits is " + minCommits + "; expected 1 or more");
      }
      for (double share : new double[] {minAccountShare, minEmailShare, strongConfidence, weakConfidence}) {
        if (!(share > 0 && share <= 1)) {
          throw new IllegalArgumentException("a share or confidence is " + share + "; expected more than 0, at most 1");
        }
      }
      if (weakConfidence > strongConfidence) {
        throw new IllegalArgumentException("weakConfidence " + weakConfidence + " is above strongConfidence "
            + strongConfidence);
      }
      this.minCommits = minCommits;
      this.minAccountShare = minAccountShare;
      this.minEmailShare = minEmailShare;
      this.strongConfidence = strongConfidence;
      this.weakConfidence = weakConfidence;
    }

    /**
     * 3 commits, a quarter of the account's commits, 80% of the address's; 0.9 strong, 0.7 weak. On
     * a generated organisation of 30,000 records these give strong links at precision 1.0 and
     * recall 0.73 (0.93 with review); see the examples' {@code pr-links} subcommand.
     */
    public static Thresholds defaults() {
      return new Thresholds(3, 0.25, 0.8, 0.9, 0.7);
    }

    /**
     * Thresholds of your own.
     *
     * @throws IllegalArgumentException if a count is below 1, a share or confidence is not in
     *     (0, 1], or the weak confidence is above the strong one
     */
    public static Thresholds of(int minCommits, double minAccountShare, double minEmailShare, double strongConfidence,
        double weakConfidence) {
      return new Thresholds(minCommits, minAccountShare, minEmailShare, strongConfidence, weakConfidence);
    }

    /** Commits a strong link needs. */
    public int minCommits() {
      return minCommits;
    }

    /** The address's least share of the account's commits for a strong link. */
    public double minAccountShare() {
      return minAccountShare;
    }

    /** The account's least share of the address's commits for a strong link. */
    public double minEmailShare() {
      return minEmailShare;
    }

    /** A strong link's confidence. */
    public double strongConfidence() {
      return strongConfidence;
    }

    /** A weak link's confidence. */
    public double weakConfidence() {
      return weakConfidence;
    }
  }

  /** Infers links from these facts under the default thresholds. */
  public static ContributionStrategy of(Collection<ContributionFact> facts) {
    return of(facts, Thresholds.defaults());
  }

  /** Infers links from these facts. */
  public static ContributionStrategy of(Collection<ContributionFact> facts, Thresholds thresholds) {
    requireNonNull(facts, "facts");
    requireNonNull(thresholds, "thresholds");
    // Distinct commits per account and address: a commit named by a push and by a pull request
    // counts once.
    Map<AccountRef, Map<String, Set<String>>> commits = new HashMap<>();
    for (ContributionFact fact : facts) {
      Optional<String> email = fact.email().map(Emails::normalize).filter(EmailAddress::isLinkable)
          .map(EmailAddress::normalized);
      if (email.isEmpty()) {
        continue;
      }
      commits.computeIfAbsent(AccountRef.of(fact.integration(), fact.accountId()), k -> new HashMap<>())
          .computeIfAbsent(email.get(), k -> new HashSet<>()).add(sha(fact.reference()));
    }
    // An address's commits are counted per tool: a person's GitHub and GitLab accounts both
    // committing as ada@ agree; two GitLab accounts committing as one address compete.
    Map<String, Integer> perEmail = new HashMap<>();
    Map<AccountRef, Integer> perAccount = new HashMap<>();
    for (Map.Entry<AccountRef, Map<String, Set<String>>> account : commits.entrySet()) {
      int total = 0;
      for (Map.Entry<String, Set<String>> email : account.getValue().entrySet()) {
        total += email.getValue().size();
        perEmail.merge(account.getKey().integration() + " " + email.getKey(), email.getValue().size(), Integer::sum);
      }
      perAccount.put(account.getKey(), total);
    }
    List<InferredLink> links = new ArrayList<>();
    for (Map.Entry<AccountRef, Map<String, Set<String>>> account : new TreeMap<>(commits).entrySet()) {
      for (Map.Entry<String, Set<String>> email : new TreeMap<>(account.getValue()).entrySet()) {
        int count = email.getValue().size();
        int accountTotal = perAccount.get(account.getKey());
        int emailTotal = perEmail.get(account.getKey().integration() + " " + email.getKey());
        double accountShare = (double) count / accountTotal;
        double emailShare = (double) count / emailTotal;
        double confidence = 0;
        if (count >= thresholds.minCommits && accountShare >= thresholds.minAccountShare
            && emailShare >= thresholds.minEmailShare) {
          confidence = thresholds.strongConfidence;
        } else if (accountShare >= thresholds.minAccountShare / 2 && emailShare >= thresholds.minEmailShare / 2) {
          confidence = thresholds.weakConfidence;
        }
        if (confidence > 0) {
          links.add(new InferredLink(account.getKey(), email.getKey(), count, accountTotal, emailTotal, confidence));
        }
      }
    }
    return new ContributionStrategy(thresholds, links);
  }

  /** The commit a reference names: {@code sha}, or the sha after {@code @} in {@code repo!n@sha}. */
  private static String sha(String reference) {
    int at = reference.lastIndexOf('@');
    return at >= 0 ? reference.substring(at + 1) : reference;
  }

  /** Every inferred link, by account then address. */
  public List<InferredLink> links() {
    return links;
  }

  /** The thresholds the links were inferred under. */
  public Thresholds thresholds() {
    return thresholds;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** An account and the records holding an address it was linked to meet under the address. */
  @Override
  public void blockingKeys(NormalizedRecord record, Consumer<String> keys) {
    for (InferredLink link : linksOf(record)) {
      keys.accept(link.email());
    }
    for (EmailAddress email : record.linkableEmails()) {
      if (linkedEmails.contains(email.normalized())) {
        keys.accept(email.normalized());
      }
    }
  }

  @Override
  public Optional<Evidence> score(NormalizedRecord a, NormalizedRecord b, String key) {
    Optional<Evidence> found = linked(a, b, key);
    return found.isPresent() ? found : linked(b, a, key);
  }

  private Optional<Evidence> linked(NormalizedRecord account, NormalizedRecord holder, String email) {
    for (InferredLink link : linksOf(account)) {
      if (link.email().equals(email)
          && holder.linkableEmails().stream().anyMatch(e -> e.normalized().equals(email))) {
        return Optional.of(new Evidence(NAME, link.confidence(), link.explain()));
      }
    }
    return Optional.empty();
  }

  private List<InferredLink> linksOf(NormalizedRecord record) {
    Optional<String> accountId = record.record().accountId();
    if (accountId.isEmpty() || byAccount.isEmpty()) {
      return List.of();
    }
    return byAccount.getOrDefault(AccountRef.of(record.record().integration(), accountId.get()), List.of());
  }
}
