package io.github.devidentity.match;

import io.github.devidentity.normalize.NormalizedRecord;
import io.github.devidentity.normalize.PersonName;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Links records whose normalised full names are equal.
 *
 * <p>Guarded: only {@linkplain PersonName#isFullName() full names} count (at least two words of
 * which two are more than initials, not a placeholder), because a lone first name ({@code
 * Daniel}) or a login-like handle joins strangers. Two people can share a full name, so the
 * default confidence sits below the email and login strategies; the resolver's account guard
 * still keeps two different accounts of one tool apart.
 */
public final class SameFullNameStrategy implements CorrelationStrategy {
  /** The strategy's name in evidence. */
  public static final String NAME = "same-full-name";

  private final double confidence;

  /** With the default confidence 0.9. */
  public SameFullNameStrategy() {
    this(0.9);
  }

  /**
   * With a chosen confidence.
   *
   * @throws IllegalArgumentException if {@code confidence} is not in (0, 1]
   */
  public SameFullNameStrategy(double confidence) {
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
    record.name().filter(PersonName::isFullName).ifPresent(name -> keys.accept(name.key()));
  }

  @Override
  public Optional<Evidence> score(NormalizedRecord a, NormalizedRecord b, String key) {
    return Optional.of(Evidence.of(NAME, confidence, () -> "same full name \"" + key + "\""));
  }
}
