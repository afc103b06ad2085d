package io.github.devidentity.match;

import io.github.devidentity.normalize.EmailAddress;
import io.github.devidentity.normalize.Emails;
import io.github.devidentity.normalize.NormalizedRecord;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Links records that share a normalised email address.
 *
 * <p>Only {@linkplain EmailAddress#isLinkable() linkable} addresses count: placeholders ({@code
 * root@localhost}, {@code noreply@github.com}, {@code *.(none)}) and invalid values are shared by
 * strangers and never link. An address is the strongest signal git history has, but mailboxes are
 * sometimes shared (a team alias, a typo), so the confidence (0.97) stays below a cloud id's and
 * below the resolver's name guard: a shared address does not join two people whose full names
 * contradict. A provider noreply address names one account, so it weighs 0.99, like a cloud id.
 */
public final class SameEmailStrategy implements CorrelationStrategy {
  /** The strategy's name in evidence. */
  public static final String NAME = "same-email";

  private static final double NOREPLY_CONFIDENCE = 0.99;

  private final double confidence;

  /** With the default confidence 0.97. */
  public SameEmailStrategy() {
    this(0.97);
  }

  /**
   * With a chosen confidence.
   *
   * @throws IllegalArgumentException if {@code confidence} is not in (0, 1]
   */
  public SameEmailStrategy(double confidence) {
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
    for (EmailAddress email : record.emails()) {
      if (email.isLinkable()) {
        keys.accept(email.normalized());
      }
    }
  }

  @Override
  public Optional<Evidence> score(NormalizedRecord a, NormalizedRecord b, String key) {
    // A provider noreply address is an account, not a mailbox: nobody shares it by accident.
    boolean noreply = Emails.normalize(key).noreplyAddress().isPresent();
    return Optional.of(Evidence.of(NAME, noreply ? Math.max(confidence, NOREPLY_CONFIDENCE) : confidence,
        () -> (noreply ? "same noreply address \"" : "same email \"") + key + "\""));
  }
}
