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
 *   <li>A cut-off prefix ({@code jstenar}) counts only from six letters, and weighs less (0.86) than
 *       a whole pattern (0.9).
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
  public void blockingKeys(NormalizedRecord record, Consumer<String> keys) {
    for (Handles.Handle handle : Handles.of(record)) {
      if (handle.source() != Handles.Source.GIVEN_NAME && handle.value().length() >= 5
          && !GivenNames.isCommon(handle.value())) {
        keys.accept(handle.value());
      }
    }
    for (PersonName name : names(record)) {
      Handles.Derived derived = Handles.derive(name);
      derived.exact().forEach(keys);
      derived.weak().forEach(keys);
      derived.prefixes().forEach(keys);
    }
  }

  @Override
  public Optional<Evidence> score(NormalizedRecord a, NormalizedRecord b, String key) {
    if (SameHandleStrategy.Names.contradict(a, b)) {
      return Optional.empty();
    }
    Optional<Evidence> forward = derivedFrom(a, b, key);
    return forward.isPresent() ? forward : derivedFrom(b, a, key);
  }

  /** Evidence when a name of {@code named} derives {@code key} and {@code holder} holds it. */
  private static Optional<Evidence> derivedFrom(NormalizedRecord named, NormalizedRecord holder, String key) {
    boolean held = false;
    boolean heldWhole = false;
    for (Handles.Handle handle : Handles.of(holder)) {
      if (handle.value().equals(key) && handle.source() != Handles.Source.GIVEN_NAME) {
        held = true;
        heldWhole |= !handle.stripped();
      }
    }
    if (!held) {
      return Optional.empty();
    }
    for (PersonName name : names(named)) {
      Handles.Derived derived = Handles.derive(name);
      if (derived.exact().contains(key) || (heldWhole && derived.weak().contains(key))) {
        return Optional.of(new Evidence(NAME, 0.9,
            "handle \"" + key + "\" is built from the name \"" + name.raw().trim() + "\""));
      }
      if (derived.prefixes().contains(key)) {
        return Optional.of(new Evidence(NAME, 0.86,
            "handle \"" + key + "\" is the start of one built from the name \"" + name.raw().trim() + "\""));
      }
    }
    return Optional.empty();
  }

  private static List<PersonName> names(NormalizedRecord record) {
    return record.fullNames();
  }

}
