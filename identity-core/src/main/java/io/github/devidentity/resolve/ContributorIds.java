package io.github.devidentity.resolve;

import com.google.common.hash.Hashing;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assigns contributor ids. Without history, an id is derived from the contributor's anchor record
 * (its earliest record), so the same input gives the same ids. With the previous assignments, a
 * contributor keeps the id its records had; when records of several earlier contributors now form
 * one, the oldest id survives (the one whose earliest record is earliest); when an earlier
 * contributor is split, the part holding its earliest record keeps the id.
 */
final class ContributorIds {
  private final IdentityRecord[] records;
  private final Map<RecordId, ContributorId> previous;
  private final Set<ContributorId> previousIds;

  ContributorIds(IdentityRecord[] records, Map<RecordId, ContributorId> previous, Set<ContributorId> previousIds) {
    this.records = records;
    this.previous = previous;
    this.previousIds = previousIds;
  }

  /** Ids for each group, in the groups' order. */
  ContributorId[] assign(List<IntList> groups, int[] anchors) {
    ContributorId[] ids = new ContributorId[groups.size()];
    // No fresh id may reuse an id that named another contributor before.
    Set<ContributorId> taken = new HashSet<>();
    Set<ContributorId> freshTaken = new java.util.AbstractSet<ContributorId>() {
      @Override
      public boolean contains(Object o) {
        return taken.contains(o) || previousIds.contains(o);
      }

      @Override
      public java.util.Iterator<ContributorId> iterator() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int size() {
        throw new UnsupportedOperationException();
      }
    };
    if (!previous.isEmpty()) {
      // The earliest record (in anchor order) still carrying each earlier id, and its group.
      Map<ContributorId, Integer> earliest = new HashMap<>();
      Map<Integer, Integer> groupOf = new HashMap<>();
      for (int g = 0; g < groups.size(); g++) {
        IntList group = groups.get(g);
        for (int m = 0; m < group.size(); m++) {
          int i = group.get(m);
          groupOf.put(i, g);
          ContributorId old = previous.get(records[i].id());
          if (old != null) {
            earliest.merge(old, i, (x, y) -> Engine.ANCHOR_ORDER.compare(records[x], records[y]) <= 0 ? x : y);
          }
        }
      }
      int[] best = new int[groups.size()];
      java.util.Arrays.fill(best, -1);
      Map<Integer, ContributorId> idOfBest = new HashMap<>();
      for (Map.Entry<ContributorId, Integer> entry : earliest.entrySet()) {
        int record = entry.getValue();
        int g = groupOf.get(record);
        if (best[g] < 0 || Engine.ANCHOR_ORDER.compare(records[record], records[best[g]]) < 0) {
          best[g] = record;
          idOfBest.put(g, entry.getKey());
        }
      }
      for (int g = 0; g < groups.size(); g++) {
        if (best[g] >= 0) {
          ids[g] = idOfBest.get(g);
        }
      }
    }
    for (int g = 0; g < groups.size(); g++) {
      if (ids[g] == null) {
        ids[g] = fresh(records[anchors[g]].id(), freshTaken);
      }
      taken.add(ids[g]);
    }
    return ids;
  }

  private static ContributorId fresh(RecordId anchor, Set<ContributorId> taken) {
    // A stable fingerprint (Guava promises farmhash fingerprints never change), cheap enough for
    // millions of contributors.
    String base = "c" + Hashing.farmHashFingerprint64().hashString(anchor.value(), StandardCharsets.UTF_8).toString().substring(0, 12);
    ContributorId id = ContributorId.of(base);
    for (int n = 2; taken.contains(id); n++) {
      id = ContributorId.of(base + "-" + n);
    }
    return id;
  }
}
