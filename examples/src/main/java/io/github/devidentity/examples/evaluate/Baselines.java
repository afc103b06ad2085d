package io.github.devidentity.examples.evaluate;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.normalize.EmailAddress;
import io.github.devidentity.normalize.Emails;
import io.github.devidentity.normalize.Names;
import io.github.devidentity.normalize.PersonName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two reference methods every evaluation prints next to ours, computed by the same scorer:
 * <em>exact email</em> (same lower-cased address, placeholders excluded) and <em>email or full
 * name</em> (that, or the same normalised name of at least two words), unioned transitively.
 */
final class Baselines {
  private Baselines() {}

  static Map<RecordId, String> exactEmail(List<IdentityRecord> records) {
    return cluster(records, false);
  }

  static Map<RecordId, String> emailOrFullName(List<IdentityRecord> records) {
    return cluster(records, true);
  }

  private static Map<RecordId, String> cluster(List<IdentityRecord> records, boolean names) {
    int[] parent = new int[records.size()];
    Map<String, Integer> firstWithKey = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      parent[i] = i;
      IdentityRecord record = records.get(i);
      for (String raw : record.emails()) {
        EmailAddress email = Emails.normalize(raw);
        if (email.isLinkable()) {
          join(parent, i, firstWithKey.computeIfAbsent("e " + email.normalized(), k -> records.size()), firstWithKey, "e " + email.normalized());
        }
      }
      if (names && record.displayName().isPresent()) {
        PersonName name = Names.normalize(record.displayName().get());
        if (name.parts().size() >= 2 && !name.placeholder()) {
          join(parent, i, firstWithKey.computeIfAbsent("n " + name.key(), k -> records.size()), firstWithKey, "n " + name.key());
        }
      }
    }
    Map<RecordId, String> clusters = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      clusters.put(records.get(i).id(), Integer.toString(find(parent, i)));
    }
    return clusters;
  }

  private static void join(int[] parent, int i, int first, Map<String, Integer> firstWithKey, String key) {
    if (first == parent.length) {
      firstWithKey.put(key, i);
      return;
    }
    int a = find(parent, i);
    int b = find(parent, first);
    if (a != b) {
      parent[Math.max(a, b)] = Math.min(a, b);
    }
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
