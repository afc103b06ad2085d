package io.github.devidentity.org;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.resolve.Resolution;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An {@link Organisation} joined to the contributors of a {@link Resolution}: which contributor
 * is which developer, who works in a team, and who is missing on either side.
 *
 * <p><b>Matching.</b> A developer matches the contributor that holds their email among its
 * {@link Contributor#emails() usable emails}; emails compare normalised, so case does not matter.
 * A match is made only when it is one to one. When several contributors hold a developer's email
 * (resolution kept them apart), or one contributor holds the emails of several developers
 * (resolution joined them, or one person has two entries), the match is not guessed: all of them
 * are reported together as an {@link AmbiguousMatch} and none of them is matched, unmatched or
 * dangling.
 *
 * <p>Immutable; lists are sorted by developer email, contributors by id.
 *
 * <pre>{@code
 * OrgDirectory directory = OrgDirectory.of(organisation, resolver.resolve(records));
 * directory.contributorsOf(Team.named("Payments"), LocalDate.of(2024, 6, 1));
 * directory.danglingContributors(); // people with accounts but no developer entry
 * }</pre>
 */
public final class OrgDirectory {
  private static final Comparator<Contributor> BY_ID = Comparator.comparing(Contributor::id);

  private final Organisation organisation;
  private final Resolution resolution;
  private final ImmutableMap<String, Contributor> contributorByDeveloper;
  private final ImmutableMap<ContributorId, Developer> developerByContributor;
  private final ImmutableList<Developer> unmatched;
  private final ImmutableList<Contributor> dangling;
  private final ImmutableList<AmbiguousMatch> ambiguous;

  private OrgDirectory(Organisation organisation, Resolution resolution) {
    this.organisation = organisation;
    this.resolution = resolution;
    Map<String, Set<Contributor>> holders = new HashMap<>();
    for (Contributor contributor : resolution.contributors()) {
      for (String email : contributor.emails()) {
        holders.computeIfAbsent(email, k -> new TreeSet<>(BY_ID)).add(contributor);
      }
    }
    Map<ContributorId, Set<Developer>> heldBy = new HashMap<>();
    List<Developer> unmatched = new ArrayList<>();
    for (Developer developer : organisation.developers()) {
      Set<Contributor> found = holders.getOrDefault(developer.email(), Set.of());
      if (found.isEmpty()) {
        unmatched.add(developer);
      }
      for (Contributor contributor : found) {
        heldBy.computeIfAbsent(contributor.id(), k -> new LinkedHashSet<>()).add(developer);
      }
    }
    ImmutableMap.Builder<String, Contributor> matches = ImmutableMap.builder();
    ImmutableMap.Builder<ContributorId, Developer> reverse = ImmutableMap.builder();
    List<AmbiguousMatch> ambiguous = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (Developer developer : organisation.developers()) {
      Set<Contributor> found = holders.getOrDefault(developer.email(), Set.of());
      if (found.isEmpty() || seen.contains(developer.email())) {
        continue;
      }
      AmbiguousMatch group = connected(developer, holders, heldBy);
      group.developers().forEach(member -> seen.add(member.email()));
      if (group.developers().size() == 1 && group.contributors().size() == 1) {
        matches.put(developer.email(), group.contributors().get(0));
        reverse.put(group.contributors().get(0).id(), developer);
      } else {
        ambiguous.add(group);
      }
    }
    List<Contributor> dangling = new ArrayList<>();
    for (Contributor contributor : resolution.contributors()) {
      if (!contributor.isBot() && !heldBy.containsKey(contributor.id())) {
        dangling.add(contributor);
      }
    }
    dangling.sort(BY_ID);
    this.contributorByDeveloper = matches.buildOrThrow();
    this.developerByContributor = reverse.buildOrThrow();
    this.unmatched = ImmutableList.copyOf(unmatched);
    this.dangling = ImmutableList.copyOf(dangling);
    this.ambiguous = ImmutableList.copyOf(ambiguous);
  }

  /** The developers and contributors reachable from {@code start} through shared emails. */
  private static AmbiguousMatch connected(Developer start, Map<String, Set<Contributor>> holders,
      Map<ContributorId, Set<Developer>> heldBy) {
    Set<Developer> developers = new TreeSet<>(Comparator.comparing(Developer::email));
    Set<Contributor> contributors = new TreeSet<>(BY_ID);
    Deque<Developer> queue = new ArrayDeque<>();
    queue.add(start);
    developers.add(start);
    while (!queue.isEmpty()) {
      for (Contributor contributor : holders.get(queue.poll().email())) {
        if (contributors.add(contributor)) {
          for (Developer other : heldBy.get(contributor.id())) {
            if (developers.add(other)) {
              queue.add(other);
            }
          }
        }
      }
    }
    return new AmbiguousMatch(List.copyOf(developers), List.copyOf(contributors));
  }

  /**
   * Joins an organisation to a resolution.
   *
   * @param organisation the developers and teams
   * @param resolution the contributors resolved from the tools' records
   */
  public static OrgDirectory of(Organisation organisation, Resolution resolution) {
    return new OrgDirectory(
        requireNonNull(organisation, "organisation"), requireNonNull(resolution, "resolution"));
  }

  /** The organisation joined. */
  public Organisation organisation() {
    return organisation;
  }

  /**
   * The contributor a developer matches; empty when none or several hold their email.
   *
   * @throws IllegalArgumentException if no developer has this email
   */
  public Optional<Contributor> contributorOf(String developerEmail) {
    Developer developer = organisation.developer(developerEmail).orElseThrow(
        () -> new IllegalArgumentException("no developer has the email \"" + developerEmail
            + "\"; expected one of the organisation's developers"));
    return Optional.ofNullable(contributorByDeveloper.get(developer.email()));
  }

  /**
   * The developer a contributor matches; empty when it holds no developer's email, or the match
   * is ambiguous.
   *
   * @throws IllegalArgumentException if the resolution has no contributor with this id
   */
  public Optional<Developer> developerOf(ContributorId contributor) {
    return Optional.ofNullable(developerByContributor.get(known(contributor)));
  }

  /**
   * The contributors of a team's members on a day, in the order of the members' emails. Members
   * without a one-to-one match have no contributor to give and are left out; {@link
   * #unmatchedDevelopers()} and {@link #ambiguousMatches()} list them.
   */
  public List<Contributor> contributorsOf(Team team, LocalDate date) {
    List<Contributor> contributors = new ArrayList<>();
    for (Developer member : organisation.members(team, date)) {
      Contributor contributor = contributorByDeveloper.get(member.email());
      if (contributor != null) {
        contributors.add(contributor);
      }
    }
    return List.copyOf(contributors);
  }

  /**
   * The teams of a contributor on a day: those of the developer it matches (see {@link
   * Organisation#teamsOf}); empty when it matches no developer.
   *
   * @throws IllegalArgumentException if the resolution has no contributor with this id
   */
  public List<Team> teamsOf(ContributorId contributor, LocalDate date) {
    requireNonNull(date, "date");
    Developer developer = developerByContributor.get(known(contributor));
    return developer == null ? List.of() : organisation.teamsOf(developer.email(), date);
  }

  /** The developers whose email no contributor holds, sorted by email. */
  public List<Developer> unmatchedDevelopers() {
    return unmatched;
  }

  /**
   * The contributors that are not bots and hold no developer's email: accounts of people the
   * organisation does not list (they left, are contractors, or use a private email). Sorted by
   * id.
   */
  public List<Contributor> danglingContributors() {
    return dangling;
  }

  /** The groups of developers and contributors that match, but not one to one. */
  public List<AmbiguousMatch> ambiguousMatches() {
    return ambiguous;
  }

  private ContributorId known(ContributorId contributor) {
    requireNonNull(contributor, "contributor");
    if (resolution.contributor(contributor).isEmpty()) {
      throw new IllegalArgumentException("no contributor " + contributor + " in the resolution");
    }
    return contributor;
  }

  @Override
  public String toString() {
    return "OrgDirectory(" + contributorByDeveloper.size() + " matched, " + unmatched.size()
        + " unmatched developers, " + dangling.size() + " dangling contributors, " + ambiguous.size()
        + " ambiguous)";
  }

  /**
   * Developers and contributors linked by shared emails, but not one to one: none of them is
   * matched until the resolution or the organisation is corrected.
   *
   * @param developers the developers, sorted by email
   * @param contributors the contributors holding their emails, sorted by id
   */
  public record AmbiguousMatch(List<Developer> developers, List<Contributor> contributors) {

    /** Copies the lists. */
    public AmbiguousMatch {
      developers = List.copyOf(developers);
      contributors = List.copyOf(contributors);
    }

    /** One sentence naming who is involved and what to do. */
    public String describe() {
      String who = developers.stream().map(Developer::email).collect(Collectors.joining(", "));
      String ids = contributors.stream().map(c -> c.id().toString()).collect(Collectors.joining(", "));
      if (developers.size() == 1) {
        return who + " is held by " + contributors.size() + " contributors (" + ids
            + "); merge them if they are one person";
      }
      return developers.size() + " developers (" + who + ") are held by "
          + (contributors.size() == 1 ? "one contributor (" : contributors.size() + " contributors (")
          + ids + "); split the records of different people, or remove a duplicate developer";
    }

    @Override
    public String toString() {
      return describe();
    }
  }
}
