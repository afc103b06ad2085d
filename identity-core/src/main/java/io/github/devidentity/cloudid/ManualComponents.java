package io.github.devidentity.cloudid;

import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Link;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The groups of records that manual links (decisions) join, as a union-find over record ids. */
final class ManualComponents {
  private final Map<RecordId, RecordId> parent = new HashMap<>();

  ManualComponents(List<Link> links) {
    for (Link link : links) {
      if (link.manual()) {
        RecordId a = find(link.first());
        RecordId b = find(link.second());
        if (!a.equals(b)) {
          parent.put(a, b);
        }
      }
    }
  }

  /** The representative of a record's group; a record no manual link names is its own. */
  RecordId find(RecordId record) {
    RecordId root = record;
    for (RecordId next = parent.get(root); next != null; next = parent.get(root)) {
      root = next;
    }
    // Path compression keeps later lookups short.
    for (RecordId current = record; !current.equals(root); ) {
      RecordId next = parent.put(current, root);
      current = next;
    }
    return root;
  }
}
