package io.github.devidentity.org;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One thing wrong with the developers or memberships an {@link Organisation} was built from.
 *
 * <p>A problem points at the input it comes from by position, so a reader can map it back to a
 * file line: {@link #index()} is the 0-based position of the developer (for {@link
 * Origin#DEVELOPER}) or membership (for {@link Origin#MEMBERSHIP}) in the order they were added to
 * the {@link Organisation.Builder}.
 *
 * @param code what kind of problem, stable across versions
 * @param origin whether {@link #index()} counts developers or memberships
 * @param index the 0-based position of the developer or membership the problem is about
 * @param emails the emails the problem is about, normalised (as given when not an address): the
 *     developer's first; for a {@link Code#MANAGER_CYCLE} the cycle's members in manager order
 * @param message one sentence saying what is wrong and how to fix it
 */
public record OrgProblem(Code code, Origin origin, int index, List<String> emails, String message) {

  /** Kinds of problem. The names are stable: hosts and scripts may match on them. */
  public enum Code {
    /** A developer's email is empty or not an address. */
    INVALID_EMAIL,
    /** Two or more developers have the same email; each of them is reported. */
    DUPLICATE_EMAIL,
    /** A manager email is not an address, so it can name nobody. */
    INVALID_MANAGER_EMAIL,
    /** A manager email names nobody among the developers: the manager is missing from the list. */
    UNKNOWN_MANAGER,
    /**
     * Following manager emails leads back to where it started; reported once per cycle, on its
     * member with the smallest email. Someone who is their own manager is a cycle of one.
     */
    MANAGER_CYCLE,
    /** A membership names a developer that is not among the developers. */
    UNKNOWN_DEVELOPER,
    /** A membership ends on or before the day it starts. */
    INVALID_PERIOD,
    /** Two memberships of one developer in one team share days; the later one is reported. */
    OVERLAPPING_MEMBERSHIP
  }

  /** What {@link #index()} counts. */
  public enum Origin {
    /** The position among the developers. */
    DEVELOPER,
    /** The position among the explicit memberships. */
    MEMBERSHIP
  }

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code index} is negative or {@code emails} is empty
   */
  public OrgProblem {
    requireNonNull(code, "code");
    requireNonNull(origin, "origin");
    requireNonNull(message, "message");
    emails = List.copyOf(emails);
    if (index < 0) {
      throw new IllegalArgumentException("index is " + index + "; expected 0 or more");
    }
    if (emails.isEmpty()) {
      throw new IllegalArgumentException("a problem names no email; name the developer it is about");
    }
  }

  /** {@code CODE: message}. */
  @Override
  public String toString() {
    return code + ": " + message;
  }
}
