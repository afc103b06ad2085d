package io.github.devidentity.org;

import io.github.devidentity.normalize.EmailAddress;
import io.github.devidentity.org.OrgProblem.Code;
import io.github.devidentity.org.OrgProblem.Origin;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Checks the developers and memberships an {@link Organisation} is built from, collecting every
 * problem instead of stopping at the first.
 */
final class OrgValidation {
  private static final Comparator<OrgProblem> ORDER =
      Comparator.comparing(OrgProblem::origin)
          .thenComparingInt(OrgProblem::index)
          .thenComparing(OrgProblem::code);

  private final List<Developer> input;
  private final List<Membership> memberships;
  /** The first developer with each usable email, by email. */
  private final SortedMap<String, Developer> developers = new TreeMap<>();
  private final Map<String, Integer> positions = new HashMap<>();
  private final List<OrgProblem> problems = new ArrayList<>();

  private OrgValidation(List<Developer> input, List<Membership> memberships) {
    this.input = input;
    this.memberships = memberships;
  }

  /** Checks everything. */
  static OrgValidation of(List<Developer> developers, List<Membership> memberships) {
    OrgValidation validation = new OrgValidation(developers, memberships);
    validation.checkEmails();
    validation.checkManagers();
    validation.checkCycles();
    validation.checkMemberships();
    validation.problems.sort(ORDER);
    return validation;
  }

  /** Every problem, developers first, then memberships, each by position, then by code. */
  List<OrgProblem> problems() {
    return Collections.unmodifiableList(problems);
  }

  /** The developers by email; meaningful only when there are no problems. */
  SortedMap<String, Developer> developers() {
    return developers;
  }

  private void checkEmails() {
    Map<String, List<Integer>> byEmail = new LinkedHashMap<>();
    for (int i = 0; i < input.size(); i++) {
      EmailAddress email = input.get(i).emailAddress();
      if (email.normalized().isEmpty()) {
        developerProblem(Code.INVALID_EMAIL, i, email.raw(),
            "the email is empty; every developer needs the work email that identifies them");
      } else if (email.status() == EmailAddress.Status.INVALID) {
        developerProblem(Code.INVALID_EMAIL, i, email.raw(), quote(email.raw())
            + " is not an email address; expected one such as ada@example.org");
      } else {
        byEmail.computeIfAbsent(email.normalized(), k -> new ArrayList<>()).add(i);
      }
    }
    for (Map.Entry<String, List<Integer>> entry : byEmail.entrySet()) {
      List<Integer> indexes = entry.getValue();
      developers.put(entry.getKey(), input.get(indexes.get(0)));
      positions.put(entry.getKey(), indexes.get(0));
      if (indexes.size() > 1) {
        for (int i : indexes) {
          developerProblem(Code.DUPLICATE_EMAIL, i, entry.getKey(), quote(entry.getKey())
              + " is the email of " + indexes.size() + " developers; keep one entry per person");
        }
      }
    }
  }

  private void checkManagers() {
    for (int i = 0; i < input.size(); i++) {
      Developer developer = input.get(i);
      EmailAddress manager = developer.managerAddress();
      if (manager == null) {
        continue;
      }
      String who = name(developer);
      if (manager.status() == EmailAddress.Status.INVALID) {
        developerProblem(Code.INVALID_MANAGER_EMAIL, i, who, "the manager email " + quote(manager.raw())
            + " of " + quote(who) + " is not an email address; expected a developer's email such as "
            + "grace@example.org, or nothing for someone at the top");
      } else if (!developers.containsKey(manager.normalized())) {
        developerProblem(Code.UNKNOWN_MANAGER, i, who, "the manager " + quote(manager.normalized())
            + " of " + quote(who) + " is not among the developers; add them, or correct the manager "
            + "email");
      }
    }
  }

  /** Follows manager emails from each developer, reporting each cycle found once. */
  private void checkCycles() {
    Map<String, Integer> state = new HashMap<>(); // absent: unseen, 1: on the current walk, 2: done
    for (String start : developers.keySet()) {
      List<String> walk = new ArrayList<>();
      String current = start;
      while (current != null && !state.containsKey(current)) {
        state.put(current, 1);
        walk.add(current);
        current = developers.get(current).managerEmail().filter(developers::containsKey).orElse(null);
      }
      if (current != null && state.get(current) == 1) {
        reportCycle(walk.subList(walk.indexOf(current), walk.size()));
      }
      walk.forEach(email -> state.put(email, 2));
    }
  }

  private void reportCycle(List<String> cycle) {
    // Start at the smallest email so the same cycle always reads the same.
    List<String> members = new ArrayList<>(cycle);
    Collections.rotate(members, -members.indexOf(Collections.min(members)));
    String first = members.get(0);
    String message = members.size() == 1
        ? quote(first) + " is their own manager; give the manager they report to, or nothing for "
            + "someone at the top"
        : "the managers go round in a cycle: " + String.join(" -> ", members) + " -> " + first
            + "; correct one of their manager emails";
    problems.add(new OrgProblem(Code.MANAGER_CYCLE, Origin.DEVELOPER, positions.get(first), members,
        message));
  }

  private void checkMemberships() {
    Map<List<String>, List<Integer>> byDeveloperAndTeam = new HashMap<>();
    for (int j = 0; j < memberships.size(); j++) {
      Membership membership = memberships.get(j);
      if (!developers.containsKey(membership.developer())) {
        membershipProblem(Code.UNKNOWN_DEVELOPER, j, membership, "the membership " + membership
            + " names " + quote(membership.developer()) + ", who is not among the developers; add "
            + "them, or correct the email");
      }
      if (membership.isEmptyPeriod()) {
        membershipProblem(Code.INVALID_PERIOD, j, membership, "the membership " + membership
            + " holds no day: it ends on or before the day it starts; the end is the first day no "
            + "longer a member");
        continue;
      }
      List<Integer> earlier = byDeveloperAndTeam.computeIfAbsent(
          List.of(membership.developer(), membership.team()), k -> new ArrayList<>());
      for (int e : earlier) {
        if (memberships.get(e).overlaps(membership)) {
          membershipProblem(Code.OVERLAPPING_MEMBERSHIP, j, membership, "the membership " + membership
              + " overlaps the earlier " + memberships.get(e).period() + " of the same developer in "
              + "the same team; merge them or make one end where the other starts");
          break;
        }
      }
      earlier.add(j);
    }
  }

  private void developerProblem(Code code, int index, String email, String message) {
    problems.add(new OrgProblem(code, Origin.DEVELOPER, index, List.of(email), message));
  }

  private void membershipProblem(Code code, int index, Membership membership, String message) {
    problems.add(new OrgProblem(code, Origin.MEMBERSHIP, index, List.of(membership.developer()),
        message));
  }

  /** The developer's email, normalised when it is an address, else as given. */
  private static String name(Developer developer) {
    EmailAddress email = developer.emailAddress();
    return email.status() == EmailAddress.Status.INVALID ? email.raw().trim() : email.normalized();
  }

  private static String quote(String value) {
    return '"' + value + '"';
  }
}
