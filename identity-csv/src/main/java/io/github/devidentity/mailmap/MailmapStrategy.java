package io.github.devidentity.mailmap;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.match.CorrelationStrategy;
import io.github.devidentity.match.Evidence;
import io.github.devidentity.normalize.NormalizedRecord;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A {@code .mailmap} as evidence: links records whose identities the mailmap maps to one
 * canonical identity, with the lines that say so.
 *
 * <p>Each record counts with its display name and each of its emails, as in {@link
 * MailmapImport}. A pair is linked when both identities map to one canonical {@code Name <email>}
 * and a line maps at least one of them; the evidence names the file and lines. Unlike imported
 * decisions, the links are evidence: the resolver's guards still apply (a bot is never joined with
 * a person, two accounts of one tool are never joined), and a never-link decision still wins. The
 * confidence is 1.0 by default, since a project's maintainers wrote the lines.
 *
 * <pre>{@code
 * ResolverOptions options = ResolverOptions.builder()
 *     .strategies(StrategyChain.defaults().with(new MailmapStrategy(Mailmap.read(Path.of(".mailmap")))))
 *     .build();
 * Resolution resolution = Resolver.create(options).resolve(records);
 * }</pre>
 */
public final class MailmapStrategy implements CorrelationStrategy {
  /** The strategy's name in evidence. */
  public static final String NAME = "mailmap";

  /** Separates name and email in a key; git cannot store it in a name or an email. */
  private static final char SEPARATOR = '\u0000';

  private final Mailmap mailmap;
  private final double confidence;

  /** With confidence 1.0. */
  public MailmapStrategy(Mailmap mailmap) {
    this(mailmap, 1.0);
  }

  /**
   * With a chosen confidence.
   *
   * @throws IllegalArgumentException if {@code confidence} is not in (0, 1]
   */
  public MailmapStrategy(Mailmap mailmap, double confidence) {
    this.mailmap = requireNonNull(mailmap, "mailmap");
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence is " + confidence + "; expected a number in (0, 1]");
    }
    this.confidence = confidence;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Sharing a canonical identity is the evidence, so each block is compared to its first record. */
  @Override
  public Blocking blocking() {
    return Blocking.EXACT;
  }

  /**
   * The canonical identity of each of the record's identities that the mailmap maps, or that is
   * on an address the mailmap names (it may be the identity others map to).
   */
  @Override
  public void blockingKeys(NormalizedRecord record, Consumer<String> keys) {
    for (GitIdentity identity : GitIdentity.of(record.record())) {
      Optional<Mailmap.Mapping> mapping = mailmap.match(identity);
      if (mapping.isPresent()) {
        keys.accept(key(mapping.get().to()));
      } else if (mailmap.mentions(identity.email())) {
        keys.accept(key(identity));
      }
    }
  }

  @Override
  public Optional<Evidence> score(NormalizedRecord a, NormalizedRecord b, String key) {
    for (GitIdentity first : GitIdentity.of(a.record())) {
      if (!key(mailmap.map(first)).equals(key)) {
        continue;
      }
      for (GitIdentity second : GitIdentity.of(b.record())) {
        Optional<String> why = mailmap.explain(first, second);
        if (why.isPresent()) {
          return Optional.of(new Evidence(NAME, confidence, why.get()));
        }
      }
    }
    return Optional.empty();
  }

  private static String key(GitIdentity identity) {
    return identity.name() + SEPARATOR + identity.email();
  }

  @Override
  public String toString() {
    return NAME + "(" + mailmap.source() + ")";
  }
}
