package io.github.devidentity.match;

import io.github.devidentity.model.AccountRef;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.normalize.NormalizedRecord;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Links a person's Jira Cloud and Bitbucket Cloud accounts: both tools name people by one
 * Atlassian account id ({@code 557058:f58131cb-…}, or 24 hex digits), so the same id in the two
 * is one person, even where neither shows an email.
 *
 * <p>Only the cloud tools share the id; Jira and Bitbucket Data Center have their own user keys.
 * Two accounts of one tool with one id are the same-cloud-id strategy's business, not this one's.
 */
public final class AtlassianAccountStrategy implements CorrelationStrategy {
  /** The strategy's name in evidence. */
  public static final String NAME = "atlassian-account";

  private static final Set<IntegrationType> ATLASSIAN_CLOUD =
      Set.of(IntegrationType.JIRA_CLOUD, IntegrationType.BITBUCKET_CLOUD);

  private final double confidence;

  /** With the default confidence 0.99, as for the same account id in one tool. */
  public AtlassianAccountStrategy() {
    this(0.99);
  }

  /**
   * With a chosen confidence.
   *
   * @throws IllegalArgumentException if {@code confidence} is not in (0, 1]
   */
  public AtlassianAccountStrategy(double confidence) {
    this.confidence = Strategies.checkConfidence(confidence);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Blocking blocking() {
    return Blocking.EXACT;
  }

  @Override
  public void blockingKeys(NormalizedRecord record, Consumer<String> keys) {
    atlassianId(record).ifPresent(keys);
  }

  @Override
  public Optional<Evidence> score(NormalizedRecord a, NormalizedRecord b, String key) {
    IntegrationType x = a.record().integration().type();
    IntegrationType y = b.record().integration().type();
    if (x == y) {
      return Optional.empty();
    }
    return Optional.of(new Evidence(NAME, confidence, "the same Atlassian account " + key + " in "
        + a.record().integration() + " and " + b.record().integration()));
  }

  private static Optional<String> atlassianId(NormalizedRecord record) {
    return record.record().account()
        .filter(account -> ATLASSIAN_CLOUD.contains(account.integration().type()))
        .map(AccountRef::accountId)
        .map(String::trim)
        .filter(id -> !id.isEmpty() && !id.startsWith("{"));
  }
}
