package io.github.devidentity.audit;

import io.github.devidentity.match.Evidence;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Link;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What changed in the graph from one resolution to the next, as drafts of automatic link and
 * unlink events.
 *
 * <p>Unlinks come first, one per earlier link whose two records are now in different
 * contributors, grouped by earlier contributor (sorted) and in the earlier resolution's link
 * order. When the records that held an earlier contributor together have left the input, its
 * parts are reported apart by their first records. Links follow, in the later resolution's link
 * order: an automatic link is reported when it joins records that were not together before.
 * Manual links are the decisions' own events, so they are replayed first, silently, as the
 * resolver does. Records that left the input and ids that changed without a change of members are
 * not reported.
 */
final class ResolutionDiff {
  static final String AUTO = "auto";

  private final Map<RecordId, ContributorId> before;
  private final Map<RecordId, ContributorId> after;
  private final Instant at;
  private final List<AuditEvent.Builder> drafts = new ArrayList<>();

  private ResolutionDiff(Map<RecordId, ContributorId> before, Map<RecordId, ContributorId> after, Instant at) {
    this.before = before;
    this.after = after;
    this.at = at;
  }

  static List<AuditEvent.Builder> between(
      List<Link> beforeLinks,
      Map<RecordId, ContributorId> before,
      List<Link> afterLinks,
      Map<RecordId, ContributorId> after,
      Instant at) {
    ResolutionDiff diff = new ResolutionDiff(before, after, at);
    diff.unlinks(beforeLinks);
    diff.links(afterLinks);
    return diff.drafts;
  }

  private void unlinks(List<Link> beforeLinks) {
    Map<ContributorId, List<RecordId>> members = new TreeMap<>();
    before.forEach((record, contributor) -> members.computeIfAbsent(contributor, k -> new ArrayList<>()).add(record));
    Map<ContributorId, List<Link>> linksOf = new HashMap<>();
    for (Link link : beforeLinks) {
      ContributorId contributor = before.get(link.first());
      if (contributor != null) {
        linksOf.computeIfAbsent(contributor, k -> new ArrayList<>()).add(link);
      }
    }
    for (Map.Entry<ContributorId, List<RecordId>> entry : members.entrySet()) {
      ContributorId was = entry.getKey();
      // The records still present, by the contributor each is in now; each group is one part.
      Map<ContributorId, RecordId> parts = new LinkedHashMap<>();
      for (RecordId record : entry.getValue()) {
        ContributorId now = after.get(record);
        if (now != null) {
          parts.putIfAbsent(now, record);
        }
      }
      if (parts.size() < 2) {
        continue;
      }
      UnionFind<ContributorId> joined = new UnionFind<>();
      for (Link link : linksOf.getOrDefault(was, List.of())) {
        ContributorId first = after.get(link.first());
        ContributorId second = after.get(link.second());
        if (first != null && second != null && !first.equals(second)) {
          joined.union(first, second);
          drafts.add(unlink(link.first(), link.second(), was, "no longer linked: " + why(link)));
        }
      }
      RecordId firstPart = parts.values().iterator().next();
      for (Map.Entry<ContributorId, RecordId> part : parts.entrySet()) {
        if (joined.union(after.get(firstPart), part.getKey())) {
          drafts.add(unlink(firstPart, part.getValue(), was,
              "no longer linked: the records that joined them left the input"));
        }
      }
    }
  }

  private AuditEvent.Builder unlink(RecordId first, RecordId second, ContributorId was, String why) {
    return AuditEvent.builder(AuditEvent.Kind.AUTOMATIC_UNLINK, AUTO, at)
        .records(List.of(first, second))
        .contributors(List.of(after.get(first), after.get(second)))
        .previous(Map.of(first, was, second, was))
        .why(why);
  }

  private void links(List<Link> afterLinks) {
    UnionFind<String> together = new UnionFind<>();
    for (Link link : afterLinks) {
      if (link.manual()) {
        together.union(group(link.first()), group(link.second()));
      }
    }
    for (Link link : afterLinks) {
      if (!link.manual() && together.union(group(link.first()), group(link.second()))) {
        Map<RecordId, ContributorId> previous = new TreeMap<>();
        putIfKnown(previous, link.first());
        putIfKnown(previous, link.second());
        drafts.add(AuditEvent.builder(AuditEvent.Kind.AUTOMATIC_LINK, AUTO, at)
            .records(List.of(link.first(), link.second()))
            .contributors(contributorOf(link.first()))
            .previous(previous)
            .why(why(link)));
      }
    }
  }

  /** Records share a group when they were together before and are together now. */
  private String group(RecordId record) {
    ContributorId was = before.get(record);
    return (was == null ? "new " + record : "was " + was) + " now " + after.get(record);
  }

  private Set<ContributorId> contributorOf(RecordId record) {
    Set<ContributorId> contributors = new TreeSet<>();
    ContributorId now = after.get(record);
    if (now != null) {
      contributors.add(now);
    }
    return contributors;
  }

  private void putIfKnown(Map<RecordId, ContributorId> previous, RecordId record) {
    ContributorId was = before.get(record);
    if (was != null) {
      previous.put(record, was);
    }
  }

  /** The evidence of a link in one line, strongest first. */
  static String why(Link link) {
    List<String> texts = new ArrayList<>();
    for (Evidence evidence : link.evidence()) {
      texts.add(evidence.toString());
    }
    return String.join("; ", texts);
  }

  /** Disjoint sets over values, enough for the few groups of one diff. */
  private static final class UnionFind<T> {
    private final Map<T, T> parent = new HashMap<>();

    private T find(T value) {
      T root = value;
      for (T up = parent.get(root); up != null; up = parent.get(root)) {
        root = up;
      }
      // Point the whole path at the root, so later finds are short.
      T current = value;
      while (!current.equals(root)) {
        T next = parent.put(current, root);
        current = next;
      }
      return root;
    }

    /** Joins the sets of two values; whether they were apart. */
    boolean union(T a, T b) {
      T rootA = find(a);
      T rootB = find(b);
      if (rootA.equals(rootB)) {
        return false;
      }
      parent.put(rootB, rootA);
      return true;
    }
  }
}
