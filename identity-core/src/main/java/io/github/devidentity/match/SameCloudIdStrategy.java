package io.github.devidentity.match;

import io.github.devidentity.model.AccountRef;
import io.github.devidentity.normalize.NormalizedRecord;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Links records that hold or claim the same account (integration and cloud id).
 *
 * <p>A record holds its own account; it claims the {@linkplain
 * io.github.devidentity.model.IdentityRecord#linkedAccounts() linked accounts} its source reports
 * or a host uploaded (for example "ada@example.org is {@code 5b10ac8d82e05b22cc7d4ef5} in Jira").
 * An account id is the tool's own stable key, so this is the strongest automatic signal.
 */
public final class SameCloudIdStrategy implements CorrelationStrategy {
  /** The strategy's name in evidence. */
  public static final String NAME = "same-cloud-id";

  private final double confidence;

  /** With the default confidence 0.99. */
  public SameCloudIdStrategy() {
    this(0.99);
  }

  /**
   * With a chosen confidence.
   *
   * @throws IllegalArgumentException if {@code confidence} is not in (0, 1]
   */
  public SameCloudIdStrategy(double confidence) {
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
    record.record().account().ifPresent(account -> keys.accept(account.toString()));
    for (AccountRef linked : record.record().linkedAccounts()) {
      keys.accept(linked.toString());
    }
  }

  @Override
  public Optional<Evidence> score(NormalizedRecord a, NormalizedRecord b, String key) {
    return Optional.of(new Evidence(NAME, confidence, "same account " + key));
  }
}
