package io.github.devidentity.decision;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.model.RecordId;

/** Validation shared by the decision records. */
final class Checks {
  private Checks() {}

  static void pair(RecordId first, RecordId second) {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    if (first.equals(second)) {
      throw new IllegalArgumentException(
          "a decision about two records names " + first + " twice; name two different records");
    }
  }

  static String actor(String actor) {
    requireNonNull(actor, "actor");
    String trimmed = actor.trim();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("actor is blank; give a person's id or \"auto\"");
    }
    return trimmed;
  }

  static String note(String note) {
    return requireNonNull(note, "note").trim();
  }
}
