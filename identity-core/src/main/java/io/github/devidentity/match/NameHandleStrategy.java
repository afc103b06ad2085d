package io.github.devidentity.match;

import io.github.devidentity.normalize.Handles;
import io.github.devidentity.normalize.NormalizedRecord;
import io.github.devidentity.normalize.PersonName;
import java.util.Optional;
import io.github.devidentity.normalize.GivenNames;
import java.util.List;
import java.util.function.Consumer;

/**
 * Links a full name to a handle built from it: {@code Brian E. Granger} and {@code bgranger},
 * {@code Michael Schnaitter} and {@code schnaitterm}, {@code Etienne Guesnet} and the noreply login
 * {@code EGuesnet}, {@code Jorgen Stenarson} and the svn-era {@code jstenar} (logins cut to a few
 * letters).
 *
 * <p>Rules, and why:
 *
 * <ul>
 *   <li>One side must hold the handle (login, local part, one-word name) and the other side must
 *       derive it from its full name; two full names that derive the same handle ({@code John
 *       Smith}, {@code Jane Smith}: {@code jsmith}) are never linked by it.
 *   <li>Derived handles are the usual login patterns (first+last, initial+last, last+initial,
 *       first+last initial, with nicknames and middle initials); shorter than five letters they
 *       are ignored. First name plus last initial ({@code koryd}) is mostly the given name, so it
 *       links only to a handle written exactly so, not to one with a number cut off ({@code
 *       chrisb83} is not Chris Burns's {@code chrisb}).
 *   <li>A cut-off prefix ({@code jstenar}) counts only from seven letters, and weighs less (0.86)
 *       than a whole pattern (0.9).
 *   <li>A handle that is only a common given name never links, and neither do records whose own
 *       full names conflict.
 * </ul>
 */
public final class NameHandleStrategy implements CorrelationStrategy {
  /** The strategy's name in evidence. */
  public static final String NAME = "name-handle";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Blocking blocking() {
    return Blocking.PROBE;
  }

  /** The handles a record holds. */
  @Override
  public void blockingKeys(NormalizedRecord record, Consumer<String> keys) {
    for (Handles.Handle handle : record.handles()) {
      String value = handle.value();
      if (handle.source() != Handles.Source.GIVEN_NAME && value.length() >= 5 && !GivenNames.isCommon(value)) {
        keys.accept(value);
      }
    }
  }

  /** The handles a record's full names build, looked up among the handles others hold. */
  @Override
  public void probeKeys(NormalizedRecord record, Consumer<String> keys) {
    for (Handles.Derived derived : record.derivedHandles()) {
      derived.exact().forEach(keys);
      derived.weak().forEach(keys);
      // Each cut-off form is its own key, so a block holds only records that can match.
      derived.prefixes().forEach(keys);
    }
  }

  /**
   * The evidence reads the names, the handles built from the full names (which follow from
   * them) and the handles held.
   */
  @Override
  public String profile(NormalizedRecord record) {
    StringBuilder out = new StringBuilder(96);
    Strategies.appendNames(record, out);
    Strategies.appendHandles(record, out);
    return out.toString();
  }

  @Override
  public Optional<Evidence> score(NormalizedRecord a, NormalizedRecord b, String key) {
    Optional<Evidence> found = derivedFrom(a, b, key);
    if (found.isEmpty()) {
      found = derivedFrom(b, a, key);
    }
    return found.isPresent() && !SameHandleStrategy.Names.contradict(a, b) ? found : Optional.empty();
  }

  /** Evidence when a name of {@code named} derives a handle {@code holder} holds, under this key. */
  private static Optional<Evidence> derivedFrom(NormalizedRecord named, NormalizedRecord holder, String key) {
    List<PersonName> names = named.fullNames();
    List<Handles.Derived> derivedHandles = named.derivedHandles();
    for (Handles.Handle handle : holder.handles()) {
      if (handle.source() == Handles.Source.GIVEN_NAME) {
        continue;
      }
      String value = handle.value();
      if (!value.equals(key)) {
        continue;
      }
      for (int i = 0; i < names.size(); i++) {
        Handles.Derived derived = derivedHandles.get(i);
        PersonName name = names.get(i);
        if (derived.exact().contains(value) || (!handle.stripped() && derived.weak().contains(value))) {
          return Optional.of(Evidence.of(NAME, 0.9,
              () -> "handle \"" + value + "\" is built from the name \"" + name.raw().trim() + "\""));
        }
        if (derived.prefixes().contains(value)) {
          return Optional.of(Evidence.of(NAME, 0.86,
              () -> "handle \"" + value + "\" is the start of one built from the name \"" + name.raw().trim() + "\""));
        }
      }
    }
    return Optional.empty();
  }


}
