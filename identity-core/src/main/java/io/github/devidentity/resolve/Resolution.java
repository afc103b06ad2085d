package io.github.devidentity.resolve;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The result of one resolution: contributors, the review queue, the links with their evidence,
 * and warnings. Immutable; lists are in a deterministic order.
 */
public final class Resolution {
  private final ImmutableList<Contributor> contributors;
  private final ImmutableMap<ContributorId, Contributor> byId;
  private final ImmutableSortedMap<RecordId, ContributorId> assignments;
  private final ImmutableMap<RecordId, RecordId> anchors;
  private final ImmutableList<ReviewItem> reviewQueue;
  private final ImmutableList<Link> links;
  private final ImmutableList<ResolutionWarning> warnings;
  /** The links by record, for {@link #explain}: built when first asked for, since most callers never do. */
  private volatile @org.jspecify.annotations.Nullable ListMultimap<RecordId, Link> linksByRecord;

  Resolution(
      List<Contributor> contributors,
      Map<RecordId, RecordId> anchors,
      List<ReviewItem> reviewQueue,
      List<Link> links,
      List<ResolutionWarning> warnings) {
    this.contributors = ImmutableList.copyOf(contributors);
    ImmutableMap.Builder<ContributorId, Contributor> byId = ImmutableMap.builderWithExpectedSize(contributors.size());
    List<Map.Entry<RecordId, ContributorId>> entries = new ArrayList<>(anchors.size());
    for (Contributor contributor : contributors) {
      byId.put(contributor.id(), contributor);
      for (IdentityRecord record : contributor.records()) {
        entries.add(Map.entry(record.id(), contributor.id()));
      }
    }
    this.byId = byId.buildOrThrow();
    // Sorted on all cores first: the builder's own sort then finds the entries in order.
    @SuppressWarnings("unchecked")
    Map.Entry<RecordId, ContributorId>[] sorted = entries.toArray(new Map.Entry[0]);
    java.util.Arrays.parallelSort(sorted, Map.Entry.comparingByKey());
    ImmutableSortedMap.Builder<RecordId, ContributorId> assignments = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<RecordId, ContributorId> entry : sorted) {
      assignments.put(entry);
    }
    this.assignments = assignments.buildOrThrow();
    this.anchors = ImmutableMap.copyOf(anchors);
    this.reviewQueue = ImmutableList.copyOf(reviewQueue);
    this.links = ImmutableList.copyOf(links);
    this.warnings = ImmutableList.copyOf(warnings);
  }

  private ListMultimap<RecordId, Link> linksByRecord() {
    ListMultimap<RecordId, Link> index = linksByRecord;
    if (index == null) {
      synchronized (this) {
        index = linksByRecord;
        if (index == null) {
          ListMultimap<RecordId, Link> built = MultimapBuilder.hashKeys().arrayListValues().build();
          for (Link link : links) {
            built.put(link.first(), link);
            built.put(link.second(), link);
          }
          index = built;
          linksByRecord = index;
        }
      }
    }
    return index;
  }

  /** The contributors, sorted by id. */
  public List<Contributor> contributors() {
    return contributors;
  }

  /** The contributor with this id, if any. */
  public Optional<Contributor> contributor(ContributorId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The contributor holding this record, if the record was resolved. */
  public Optional<Contributor> contributorOf(RecordId record) {
    ContributorId id = assignments.get(record);
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  /** Every record's contributor id, sorted by record id. Hand it to the next resolution to keep ids. */
  public Map<RecordId, ContributorId> assignments() {
    return assignments;
  }

  /** Pairs waiting for a person, strongest first. */
  public List<ReviewItem> reviewQueue() {
    return reviewQueue;
  }

  /** The links that joined records, automatic and manual, strongest first. */
  public List<Link> links() {
    return links;
  }

  /** What the resolution noticed: large clusters, skipped blocks, decisions about unknown records. */
  public List<ResolutionWarning> warnings() {
    return warnings;
  }

  /**
   * The chain of links that joined a record to its contributor, starting at the contributor's
   * anchor record (its earliest record) and ending at {@code record}; empty for the anchor itself
   * and for a record that is alone.
   *
   * @throws IllegalArgumentException if the record was not part of this resolution
   */
  public List<Link> explain(RecordId record) {
    RecordId anchor = anchors.get(record);
    if (anchor == null) {
      throw new IllegalArgumentException("record " + record + " is not part of this resolution");
    }
    if (anchor.equals(record)) {
      return List.of();
    }
    Map<RecordId, Link> via = new HashMap<>();
    Deque<RecordId> queue = new ArrayDeque<>();
    queue.add(anchor);
    while (!queue.isEmpty() && !via.containsKey(record)) {
      RecordId current = queue.poll();
      for (Link link : linksByRecord().get(current)) {
        RecordId next = link.other(current);
        if (!next.equals(anchor) && !via.containsKey(next)) {
          via.put(next, link);
          queue.add(next);
        }
      }
    }
    List<Link> path = new ArrayList<>();
    RecordId current = record;
    while (!current.equals(anchor)) {
      Link link = via.get(current);
      path.add(link);
      current = link.other(current);
    }
    Collections.reverse(path);
    return path;
  }

  /**
   * Every link inside a contributor, in the order a reader follows them from its anchor record.
   *
   * @throws IllegalArgumentException if there is no contributor with this id
   */
  public List<Link> explain(ContributorId contributor) {
    Contributor found = byId.get(contributor);
    if (found == null) {
      throw new IllegalArgumentException("no contributor " + contributor + " in this resolution");
    }
    RecordId anchor = anchors.get(found.records().get(0).id());
    List<Link> ordered = new ArrayList<>();
    Set<RecordId> seen = new HashSet<>();
    Deque<RecordId> queue = new ArrayDeque<>();
    queue.add(anchor);
    seen.add(anchor);
    while (!queue.isEmpty()) {
      RecordId current = queue.poll();
      for (Link link : linksByRecord().get(current)) {
        RecordId next = link.other(current);
        if (seen.add(next)) {
          ordered.add(link);
          queue.add(next);
        }
      }
    }
    return ordered;
  }

  /** The anchor record of a contributor: its earliest record, from which {@link #explain} starts. */
  public RecordId anchor(ContributorId contributor) {
    Contributor found = byId.get(contributor);
    if (found == null) {
      throw new IllegalArgumentException("no contributor " + contributor + " in this resolution");
    }
    return anchors.get(found.records().get(0).id());
  }

  /** Counts for reports. */
  public Summary summary() {
    int merged = 0;
    int bots = 0;
    int records = 0;
    for (Contributor contributor : contributors) {
      records += contributor.records().size();
      if (contributor.records().size() > 1) {
        merged++;
      }
      if (contributor.isBot()) {
        bots++;
      }
    }
    int manual = (int) links.stream().filter(Link::manual).count();
    return new Summary(records, contributors.size(), merged, bots, links.size(), manual,
        reviewQueue.size(), warnings.size());
  }

  /**
   * Counts of one resolution.
   *
   * @param records records resolved
   * @param contributors contributors made
   * @param mergedContributors contributors holding more than one record
   * @param bots contributors that are bots
   * @param links links that joined records
   * @param manualLinks of those, links made by decisions
   * @param reviewItems pairs waiting for review
   * @param warnings warnings raised
   */
  public record Summary(
      int records,
      int contributors,
      int mergedContributors,
      int bots,
      int links,
      int manualLinks,
      int reviewItems,
      int warnings) {

    @Override
    public String toString() {
      return count(records, "record") + " -> " + count(contributors, "contributor") + " ("
          + mergedContributors + " merged, " + count(bots, "bot") + "); " + count(links, "link")
          + " (" + manualLinks + " manual); " + reviewItems + " to review; " + count(warnings, "warning");
    }

    private static String count(int n, String noun) {
      return n + " " + noun + (n == 1 ? "" : "s");
    }
  }
}
