package io.github.devidentity.match;

import io.github.devidentity.normalize.Handles;
import io.github.devidentity.normalize.NormalizedRecord;
import io.github.devidentity.normalize.PersonName;

/** Checks shared by the built-in strategies. */
final class Strategies {
  private Strategies() {}

  /**
   * A record's display full name and full names, written out for {@link
   * CorrelationStrategy#profile}: a name's raw text and its key, from which the rest of a {@link
   * PersonName} follows.
   */
  static void appendNames(NormalizedRecord record, StringBuilder out) {
    appendDisplayName(record, out);
    for (PersonName name : record.fullNames()) {
      appendName(name, out);
    }
    out.append('\u0002');
  }

  /** A record's display full name only, written out for {@link CorrelationStrategy#profile}. */
  static void appendDisplayName(NormalizedRecord record, StringBuilder out) {
    record.fullName().ifPresent(name -> appendName(name, out));
    out.append('\u0002');
  }

  private static void appendName(PersonName name, StringBuilder out) {
    out.append(name.raw()).append('\u0001').append(name.key()).append('\u0001');
  }

  /** A record's handles, each with its source and whether a number was cut off. */
  static void appendHandles(NormalizedRecord record, StringBuilder out) {
    for (Handles.Handle handle : record.handles()) {
      out.append(handle.value()).append('\u0001').append(handle.source().ordinal())
          .append(handle.stripped() ? 's' : 'w').append('\u0001');
    }
    out.append('\u0002');
  }

  static double checkConfidence(double confidence) {
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException(
          "confidence is " + confidence + "; expected a number in (0, 1]");
    }
    return confidence;
  }
}
