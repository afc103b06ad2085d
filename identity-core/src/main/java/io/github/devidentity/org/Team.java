package io.github.devidentity.org;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.normalize.Emails;

/**
 * A group of developers: either a team someone named, or the direct reports of a manager who
 * have no named team.
 *
 * <p>Named teams come from {@link Developer#teams()} and {@link Membership memberships}. Everyone
 * without any named team belongs to the team {@link LedBy led by} their manager, so every leaf of
 * the tree is in a team. Teams sort named ones first, by name, then led ones by the manager's
 * email.
 *
 * <pre>{@code
 * Team payments = Team.named("Payments");
 * Team graces = Team.ledBy("grace@example.org");
 * }</pre>
 */
public sealed interface Team extends Comparable<Team> permits Team.Named, Team.LedBy {

  /**
   * The team with this name.
   *
   * @throws IllegalArgumentException if {@code name} is blank
   */
  static Team named(String name) {
    return new Named(name);
  }

  /** The team made of a manager's direct reports that have no named team. */
  static Team ledBy(String managerEmail) {
    return new LedBy(managerEmail);
  }

  /** How to show the team: its name, or {@code reports of grace@example.org}. */
  String describe();

  @Override
  default int compareTo(Team other) {
    boolean named = this instanceof Named;
    if (named != other instanceof Named) {
      return named ? -1 : 1;
    }
    return describe().compareTo(other.describe());
  }

  /**
   * A team someone named, such as {@code Payments}. Names compare exactly, case included.
   *
   * @param name the name, trimmed, never blank
   */
  record Named(String name) implements Team {

    /**
     * Trims and validates.
     *
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Named {
      requireNonNull(name, "name");
      name = name.trim();
      if (name.isEmpty()) {
        throw new IllegalArgumentException("team name is blank; give the name the organisation uses");
      }
    }

    @Override
    public String describe() {
      return name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * The direct reports of one manager that have no named team. The manager leads the team but is
   * not one of its members: their own team is the one they belong to as somebody's report.
   *
   * @param manager the manager's email, normalised
   */
  record LedBy(String manager) implements Team {

    /** Normalises the manager's email. */
    public LedBy {
      manager = Emails.normalize(requireNonNull(manager, "manager")).normalized();
    }

    @Override
    public String describe() {
      return "reports of " + manager;
    }

    @Override
    public String toString() {
      return describe();
    }
  }
}
