package io.github.devidentity.match;

import io.github.devidentity.normalize.Handles;
import io.github.devidentity.normalize.Handles.Handle;
import io.github.devidentity.normalize.Handles.Source;
import io.github.devidentity.normalize.NameRelation;
import io.github.devidentity.normalize.NormalizedRecord;
import io.github.devidentity.normalize.PersonName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Links records known by the same distinctive handle: a login, an address's local part, or a
 * display name that is one word ({@code rgommers <ralf.gommers@…>} and {@code rgommers
 * <rgommers@users.noreply.github.com>}; {@code tobias.pitters@gmail.com} and {@code
 * tobias.pitters@gmx.de}).
 *
 * <p>Rules, and why:
 *
 * <ul>
 *   <li>Only {@linkplain Handles#isDistinctive distinctive} handles count: five letters or more and
 *       not only a common given name, because {@code daniel@a.org} and {@code daniel@b.org} are
 *       usually two people.
 *   <li>A handle that is only a word of either record's full name ({@code mohit} beside "Mohit
 *       Chandra") is a given name, not a handle, and does not link.
 *   <li>A one-word display name written like a given name ({@code Fayyr}) links only to a login:
 *       names like that are shared, logins are not.
 *   <li>Records whose full names are two people's ({@link NameRelation#CONFLICT}) are not linked:
 *       {@code jsmith} at two companies can be John and Jane.
 *   <li>A handle that is only the local part of two addresses is weaker (0.86) than one that is a
 *       login or a one-word display name on either side (0.9): logins are chosen once and kept,
 *       mailbox names are assigned. A trailing number cut off ({@code gfyoung17}) also weighs 0.86.
 *   <li>Logins of old systems were cut to eight letters: an eight-letter handle ({@code argriffi})
 *       links to a longer one it starts ({@code argriffing}) at 0.86.
 * </ul>
 */
public final class SameHandleStrategy implements CorrelationStrategy {
  /** The strategy's name in evidence. */
  public static final String NAME = "same-handle";

  private static final int CUT_LENGTH = 8;
  private static final String CUT = "cut ";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void blockingKeys(NormalizedRecord record, Consumer<String> keys) {
    for (Handle handle : record.handles()) {
      String value = handle.value();
      if (!Handles.isDistinctive(value) || (handle.stripped() && value.length() < 6)) {
        continue;
      }
      keys.accept(value);
      if (!handle.stripped() && value.length() >= CUT_LENGTH) {
        keys.accept(CUT + value.substring(0, CUT_LENGTH));
      }
    }
  }

  /**
   * A block of handles sharing their first eight letters is worth comparing only when one of them
   * is exactly those eight letters.
   */
  @Override
  public boolean acceptsBlock(List<NormalizedRecord> members, String key) {
    if (!key.startsWith(CUT)) {
      return true;
    }
    String prefix = key.substring(CUT.length());
    for (NormalizedRecord member : members) {
      if (exactHandle(member, prefix) != null) {
        return true;
      }
    }
    return false;
  }

  /** The evidence reads the handles and the display name only. */
  @Override
  public String profile(NormalizedRecord record) {
    StringBuilder out = new StringBuilder(64);
    Strategies.appendDisplayName(record, out);
    Strategies.appendHandles(record, out);
    return out.toString();
  }

  @Override
  public Optional<Evidence> score(NormalizedRecord a, NormalizedRecord b, String key) {
    // Cheap checks first: most pairs of a block fail on them.
    if (key.startsWith(CUT)) {
      Optional<Evidence> cut = scoreCut(a, b, key.substring(CUT.length()));
      return cut.isPresent() && !Names.contradict(a, b) ? cut : Optional.empty();
    }
    List<Handle> x = matching(a, key);
    List<Handle> y = matching(b, key);
    if (x.isEmpty() || y.isEmpty() || (onlyGivenName(x) && !hasLogin(y)) || (onlyGivenName(y) && !hasLogin(x))) {
      return Optional.empty();
    }
    if (Names.isNameWord(a, key) || Names.isNameWord(b, key) || Names.contradict(a, b)) {
      return Optional.empty();
    }
    boolean account = hasAccountSource(x) || hasAccountSource(y);
    boolean stripped = x.stream().allMatch(Handle::stripped) || y.stream().allMatch(Handle::stripped);
    double confidence = account && !stripped ? 0.9 : 0.86;
    String what = account ? "same handle \"" : "same address local part \"";
    return Optional.of(Evidence.of(NAME, confidence, () -> what + key + "\""));
  }

  private static Optional<Evidence> scoreCut(NormalizedRecord a, NormalizedRecord b, String prefix) {
    String shortOne = exactHandle(a, prefix);
    NormalizedRecord other = b;
    if (shortOne == null) {
      shortOne = exactHandle(b, prefix);
      other = a;
    }
    if (shortOne == null) {
      return Optional.empty();
    }
    for (Handle handle : other.handles()) {
      if (!handle.stripped() && handle.value().length() > CUT_LENGTH && handle.value().startsWith(prefix)
          && handle.source() != Source.GIVEN_NAME) {
        String longer = handle.value();
        return Optional.of(Evidence.of(NAME, 0.86,
            () -> "handle \"" + prefix + "\" is \"" + longer + "\" cut to " + CUT_LENGTH + " letters"));
      }
    }
    return Optional.empty();
  }

  private static String exactHandle(NormalizedRecord record, String prefix) {
    for (Handle handle : record.handles()) {
      if (!handle.stripped() && handle.value().equals(prefix) && handle.source() != Source.GIVEN_NAME) {
        return prefix;
      }
    }
    return null;
  }

  private static List<Handle> matching(NormalizedRecord record, String key) {
    List<Handle> result = new ArrayList<>(2);
    for (Handle handle : record.handles()) {
      if (handle.value().equals(key)) {
        result.add(handle);
      }
    }
    return result;
  }

  private static boolean onlyGivenName(List<Handle> handles) {
    return handles.stream().allMatch(h -> h.source() == Source.GIVEN_NAME);
  }

  private static boolean hasLogin(List<Handle> handles) {
    return handles.stream().anyMatch(h -> h.source() == Source.LOGIN && !h.stripped());
  }

  private static boolean hasAccountSource(List<Handle> handles) {
    return handles.stream().anyMatch(h -> h.source() == Source.LOGIN || h.source() == Source.NAME);
  }

  /** Name checks shared by the name-based strategies. */
  static final class Names {
    private Names() {}

    /**
     * Whether the two records' full names are two people's: evidence built from names and handles
     * is too weak to join "Markus Meister" and "Markus Mohrhard".
     */
    static boolean contradict(NormalizedRecord a, NormalizedRecord b) {
      Optional<PersonName> x = a.fullName();
      Optional<PersonName> y = b.fullName();
      return x.isPresent() && y.isPresent() && NameRelation.of(x.get(), y.get()) == NameRelation.CONFLICT;
    }

    /** Whether the handle is only a word of the record's full name ("mohit" of "Mohit Chandra"). */
    static boolean isNameWord(NormalizedRecord record, String handle) {
      return record.fullName().map(n -> n.parts().contains(handle)).orElse(false);
    }
  }
}
