package io.github.devidentity.match;

import io.github.devidentity.normalize.NormalizedRecord;
import io.github.devidentity.normalize.NormalizedRecord.ProviderLogin;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Links records that name the same provider account: the same login, or the same numeric account
 * id, in one login namespace ({@code github.com}, a GitHub Enterprise or GitLab instance…).
 *
 * <p>Logins come from the record itself (a GitHub account's login) and from provider noreply
 * addresses ({@code 12345+octocat@users.noreply.github.com} names login {@code octocat} and id
 * {@code 12345}), so a git commit made through the web UI joins the account that made it. Logins
 * are unique within their namespace and compared ignoring case, as the providers do. Logins of
 * different namespaces never match here: {@code jdoe} on GitHub and on GitLab may be two people.
 * One login is one account, whatever display names its commits carry, so the default confidence
 * (0.98) is at the resolver's name guard: a login joins records even when their names differ.
 */
public final class SameLoginStrategy implements CorrelationStrategy {
  /** The strategy's name in evidence. */
  public static final String NAME = "same-login";

  private final double confidence;

  /** With the default confidence 0.98. */
  public SameLoginStrategy() {
    this(0.98);
  }

  /**
   * With a chosen confidence.
   *
   * @throws IllegalArgumentException if {@code confidence} is not in (0, 1]
   */
  public SameLoginStrategy(double confidence) {
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
    for (ProviderLogin login : record.providerLogins()) {
      if (login.login() != null) {
        keys.accept(login.namespace() + " login " + login.login());
      }
      if (login.accountId() != null) {
        keys.accept(login.namespace() + " id " + login.accountId());
      }
    }
  }

  @Override
  public Optional<Evidence> score(NormalizedRecord a, NormalizedRecord b, String key) {
    return Optional.of(Evidence.of(NAME, confidence, () -> "same " + key));
  }
}
