package io.github.devidentity.org;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.devidentity.normalize.Emails;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Developers arranged by who manages whom, and the teams they belong to over time.
 *
 * <p><b>The tree.</b> Its nodes are developers; a developer's parent is the developer their
 * {@link Developer#managerEmail() manager email} names, and developers without one are the roots.
 * Building checks that every manager email names one of the developers and that following manager
 * emails never comes back round, so every developer has exactly one path to a root.
 *
 * <p><b>Teams.</b> A developer is in the named teams of their {@link Membership memberships}:
 *
 * <ul>
 *   <li>each name in {@link Developer#teams()} is a membership without dates (since always, still
 *       a member), unless explicit memberships of the same developer name the same team, which
 *       then give its periods: a directory export says where people are, a membership history
 *       says since when;
 *   <li>a developer shared by several teams has several memberships, each counted in full.
 * </ul>
 *
 * <p>A developer with no named membership at all is in the team {@link Team.LedBy led by} their
 * manager, at every date: every manager with such direct reports heads a team of them, so the
 * groups under the lowest managers are teams and every leaf of the tree is in a team. A manager is
 * not a member of the team they lead; their own team is the one they belong to as someone's
 * report. A root without a named team is in no team. A developer with named memberships is in no
 * team on a day none of them covers.
 *
 * <p><b>Validation.</b> {@link Builder#build()} checks everything and throws one {@link
 * InvalidOrganisationException} listing every {@link OrgProblem}, each with a stable {@link
 * OrgProblem.Code code} and the position of the developer or membership it comes from.
 *
 * <p>Immutable; every list is sorted (developers by email, teams named first by name, then led
 * ones by manager), so the same input always reads the same.
 *
 * <pre>{@code
 * Organisation org = Organisation.builder()
 *     .developer(Developer.builder("grace@example.org").fullName("Grace Hopper").build())
 *     .developer(Developer.builder("ada@example.org").managerEmail("grace@example.org").build())
 *     .membership(new Membership("ada@example.org", "Core", null, LocalDate.of(2024, 3, 1)))
 *     .membership(new Membership("ada@example.org", "Payments", LocalDate.of(2024, 3, 1), null))
 *     .build();
 * org.teamsOf("ada@example.org", LocalDate.of(2024, 1, 15)); // [Core]
 * org.pathToRoot("ada@example.org");                         // [ada, grace]
 * }</pre>
 */
public final class Organisation {
  private static final Comparator<Membership> MEMBERSHIP_ORDER =
      Comparator.comparing(Membership::developer)
          .thenComparing(Membership::team)
          .thenComparing(Membership::from, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Membership::to, Comparator.nullsLast(Comparator.naturalOrder()));

  private final ImmutableSortedMap<String, Developer> developers;
  private final ImmutableSortedMap<String, ImmutableList<Developer>> reports;
  private final ImmutableList<Membership> memberships;
  private final ImmutableSortedMap<String, ImmutableList<Membership>> membershipsByDeveloper;
  private final ImmutableSortedMap<String, ImmutableList<Membership>> membershipsByTeam;
  private final ImmutableSortedSet<Team> teams;

  private Organisation(SortedMap<String, Developer> developers, List<Membership> explicit) {
    this.developers = ImmutableSortedMap.copyOfSorted(developers);
    List<Developer> managed = new ArrayList<>();
    for (Developer developer : developers.values()) {
      if (developer.managerEmail().isPresent()) {
        managed.add(developer);
      }
    }
    this.reports = index(managed, developer -> developer.managerEmail().orElseThrow());
    this.memberships = effective(developers.values(), explicit);
    this.membershipsByDeveloper = index(memberships, Membership::developer);
    this.membershipsByTeam = index(memberships, Membership::team);
    Set<Team> teams = new TreeSet<>();
    membershipsByTeam.keySet().forEach(name -> teams.add(Team.named(name)));
    for (Developer developer : developers.values()) {
      if (!membershipsByDeveloper.containsKey(developer.email())) {
        developer.managerEmail().ifPresent(manager -> teams.add(Team.ledBy(manager)));
      }
    }
    this.teams = ImmutableSortedSet.copyOf(teams);
  }

  private static <T> ImmutableSortedMap<String, ImmutableList<T>> index(
      List<T> values, Function<T, String> key) {
    Map<String, List<T>> groups = new TreeMap<>();
    for (T value : values) {
      groups.computeIfAbsent(key.apply(value), k -> new ArrayList<>()).add(value);
    }
    ImmutableSortedMap.Builder<String, ImmutableList<T>> index = ImmutableSortedMap.naturalOrder();
    groups.forEach((name, group) -> index.put(name, ImmutableList.copyOf(group)));
    return index.build();
  }

  /** The explicit memberships, plus one without dates per team name no explicit one covers. */
  private static ImmutableList<Membership> effective(
      Collection<Developer> developers, List<Membership> explicit) {
    Set<List<String>> dated = new HashSet<>();
    List<Membership> all = new ArrayList<>(explicit);
    for (Membership membership : explicit) {
      dated.add(List.of(membership.developer(), membership.team()));
    }
    for (Developer developer : developers) {
      for (String team : developer.teams()) {
        if (!dated.contains(List.of(developer.email(), team))) {
          all.add(new Membership(developer.email(), team, null, null));
        }
      }
    }
    all.sort(MEMBERSHIP_ORDER);
    return ImmutableList.copyOf(all);
  }

  /** Starts an empty organisation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every developer, sorted by email. */
  public List<Developer> developers() {
    return developers.values().asList();
  }

  /** The developer with this email, compared after normalisation, if there is one. */
  public Optional<Developer> developer(String email) {
    return Optional.ofNullable(developers.get(normalize(email)));
  }

  /** The developers without a manager: the roots of the tree, sorted by email. */
  public List<Developer> roots() {
    List<Developer> roots = new ArrayList<>();
    for (Developer developer : developers.values()) {
      if (developer.managerEmail().isEmpty()) {
        roots.add(developer);
      }
    }
    return List.copyOf(roots);
  }

  /**
   * The direct reports of a developer, sorted by email; empty for a leaf.
   *
   * @throws IllegalArgumentException if no developer has this email
   */
  public List<Developer> reports(String email) {
    String key = known(email);
    return reports.getOrDefault(key, ImmutableList.of());
  }

  /**
   * The developer, their manager, their manager's manager, and so on up to a root.
   *
   * @throws IllegalArgumentException if no developer has this email
   */
  public List<Developer> pathToRoot(String email) {
    Developer current = developers.get(known(email));
    List<Developer> path = new ArrayList<>();
    while (current != null) {
      path.add(current);
      // Validation guarantees every manager is a developer and there is no cycle.
      current = current.managerEmail().map(developers::get).orElse(null);
    }
    return List.copyOf(path);
  }

  /**
   * Every membership in a named team: the explicit ones, and one without dates for each name in
   * {@link Developer#teams()} that no explicit membership of the developer covers. Sorted by
   * developer, team and start.
   */
  public List<Membership> memberships() {
    return memberships;
  }

  /** Every team: the named ones by name, then those led by a manager, by the manager's email. */
  public List<Team> teams() {
    return teams.asList();
  }

  /**
   * The members of a team on a day, sorted by email; empty for a team nobody is in that day.
   *
   * <p>A named team's members are the developers with a membership in it covering {@code date}. A
   * {@link Team.LedBy led} team's members are the manager's direct reports that have no named
   * membership, whatever the date.
   */
  public List<Developer> members(Team team, LocalDate date) {
    requireNonNull(team, "team");
    requireNonNull(date, "date");
    List<Developer> members = new ArrayList<>();
    if (team instanceof Team.Named) {
      // Sorted by developer, and one developer's periods in one team never overlap.
      for (Membership membership : membershipsByTeam.getOrDefault(((Team.Named) team).name(), ImmutableList.of())) {
        if (membership.isActiveOn(date)) {
          members.add(developers.get(membership.developer()));
        }
      }
    } else {
      for (Developer report : reports.getOrDefault(((Team.LedBy) team).manager(), ImmutableList.of())) {
        if (!membershipsByDeveloper.containsKey(report.email())) {
          members.add(report);
        }
      }
    }
    return List.copyOf(members);
  }

  /**
   * The teams a developer is in on a day, in {@link #teams()} order: their named memberships
   * covering {@code date}, or, for a developer without any named membership, the team their
   * manager leads.
   *
   * @throws IllegalArgumentException if no developer has this email
   */
  public List<Team> teamsOf(String email, LocalDate date) {
    requireNonNull(date, "date");
    Developer developer = developers.get(known(email));
    List<Membership> own = membershipsByDeveloper.get(developer.email());
    if (own == null) {
      return developer.managerEmail().map(manager -> List.of(Team.ledBy(manager))).orElse(List.of());
    }
    Set<Team> teams = new TreeSet<>();
    for (Membership membership : own) {
      if (membership.isActiveOn(date)) {
        teams.add(Team.named(membership.team()));
      }
    }
    return List.copyOf(teams);
  }

  private String known(String email) {
    String key = normalize(email);
    if (!developers.containsKey(key)) {
      throw new IllegalArgumentException(
          "no developer has the email \"" + email + "\"; expected one of the organisation's developers");
    }
    return key;
  }

  private static String normalize(String email) {
    return Emails.normalize(requireNonNull(email, "email")).normalized();
  }

  @Override
  public String toString() {
    return "Organisation(" + developers.size() + " developers, " + teams.size() + " teams)";
  }

  /**
   * Collects developers and memberships, then checks and builds an {@link Organisation}.
   *
   * <p>Positions count from 0 in the order items were added, separately for developers and for
   * memberships; {@link OrgProblem#index()} refers to them.
   */
  public static final class Builder {
    private final List<Developer> developers = new ArrayList<>();
    private final List<Membership> memberships = new ArrayList<>();

    private Builder() {}

    /** Adds a developer. */
    public Builder developer(Developer developer) {
      developers.add(requireNonNull(developer, "developer"));
      return this;
    }

    /** Adds developers, in the collection's order. */
    public Builder developers(Collection<Developer> developers) {
      requireNonNull(developers, "developers").forEach(this::developer);
      return this;
    }

    /** Adds a dated membership in a named team. */
    public Builder membership(Membership membership) {
      memberships.add(requireNonNull(membership, "membership"));
      return this;
    }

    /** Adds memberships, in the collection's order. */
    public Builder memberships(Collection<Membership> memberships) {
      requireNonNull(memberships, "memberships").forEach(this::membership);
      return this;
    }

    /**
     * Checks every developer and membership and builds the organisation.
     *
     * @throws InvalidOrganisationException listing every problem found, if there is any
     */
    public Organisation build() {
      OrgValidation validation = OrgValidation.of(developers, memberships);
      if (!validation.problems().isEmpty()) {
        throw new InvalidOrganisationException(validation.problems());
      }
      return new Organisation(validation.developers(), memberships);
    }
  }
}
