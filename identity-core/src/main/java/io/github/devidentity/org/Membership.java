package io.github.devidentity.org;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.normalize.Emails;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A developer's time in a named team: from a day, inclusive, to a day, exclusive.
 *
 * <p>A missing {@code from} means since always, a missing {@code to} means still a member. Whether
 * the period is sensible (it ends after it starts) and names a known developer is checked when an
 * {@link Organisation} is built, which reports every problem at once.
 *
 * <pre>{@code
 * // Ada was in Core until the end of February 2024 and is in Payments from March.
 * new Membership("ada@example.org", "Core", null, LocalDate.of(2024, 3, 1));
 * new Membership("ada@example.org", "Payments", LocalDate.of(2024, 3, 1), null);
 * }</pre>
 *
 * @param developer the developer's email, normalised like {@link Developer#email()}
 * @param team the team's name, trimmed, never blank
 * @param from the first day of membership, or null for since always
 * @param to the first day no longer a member, or null while still a member
 */
public record Membership(
    String developer, String team, @Nullable LocalDate from, @Nullable LocalDate to) {

  /**
   * Normalises the email and the team name.
   *
   * @throws IllegalArgumentException if {@code team} is blank
   */
  public Membership {
    developer = Emails.normalize(requireNonNull(developer, "developer")).normalized();
    team = new Team.Named(requireNonNull(team, "team")).name();
  }

  /** The first day of membership; empty for since always. */
  public Optional<LocalDate> start() {
    return Optional.ofNullable(from);
  }

  /** The first day no longer a member; empty while still a member. */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(to);
  }

  /** Whether the developer is in the team on {@code date}. */
  public boolean isActiveOn(LocalDate date) {
    requireNonNull(date, "date");
    return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
  }

  /** Whether the two periods share a day; team and developer are not compared. */
  public boolean overlaps(Membership other) {
    return (from == null || other.to == null || from.isBefore(other.to))
        && (other.from == null || to == null || other.from.isBefore(to));
  }

  /** Whether the period holds no day: it ends on or before the day it starts. */
  boolean isEmptyPeriod() {
    return from != null && to != null && !from.isBefore(to);
  }

  /** The period as text: {@code since 2024-03-01 until 2025-01-01}, {@code since always, open-ended}. */
  String period() {
    return (from == null ? "since always" : "since " + from) + (to == null ? ", open-ended" : " until " + to);
  }

  @Override
  public String toString() {
    return developer + " in " + team + " " + period();
  }
}
