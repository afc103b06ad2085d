package io.github.devidentity.resolve;

import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.normalize.EmailAddress;
import io.github.devidentity.normalize.NormalizedRecord;
import io.github.devidentity.normalize.PersonName;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Builds a contributor from its records: the name and email a person would pick, weighted by
 * activity, with ties broken alphabetically so the choice is deterministic.
 */
final class ContributorMaker {
  private ContributorMaker() {}

  static Contributor make(
      ContributorId id, IntList group, IdentityRecord[] records, NormalizedRecord[] normalized) {
    Map<String, long[]> names = new TreeMap<>();
    Map<String, long[]> emails = new TreeMap<>();
    Map<String, long[]> noreplyEmails = new TreeMap<>();
    TreeSet<String> allEmails = new TreeSet<>();
    boolean allBots = true;
    String botEvidence = null;
    Contributor.Builder builder = Contributor.builder(id);
    for (int m = 0; m < group.size(); m++) {
      int i = group.get(m);
      IdentityRecord record = records[i];
      builder.record(record);
      allBots &= normalized[i].isBot();
      if (botEvidence == null) {
        botEvidence = normalized[i].botEvidence().orElse(null);
      }
      long weight = record.activityCount() + 1;
      PersonName name = normalized[i].name().orElse(null);
      if (name != null && !name.placeholder()) {
        // Full names outrank single words; within a rank, activity decides.
        long rank = name.isFullName() ? 1L << 40 : 0;
        names.computeIfAbsent(record.displayName().orElseThrow(), k -> new long[1])[0] += rank + weight;
      }
      for (EmailAddress email : normalized[i].emails()) {
        if (!email.isLinkable()) {
          continue;
        }
        allEmails.add(email.normalized());
        Map<String, long[]> into = email.noreplyAddress().isPresent() ? noreplyEmails : emails;
        into.computeIfAbsent(email.normalized(), k -> new long[1])[0] += weight;
      }
    }
    String displayName = heaviest(names);
    if (displayName == null) {
      displayName = records[group.get(0)].login().orElse("");
    }
    String primary = heaviest(emails);
    if (primary == null) {
      primary = heaviest(noreplyEmails);
    }
    builder.displayName(displayName).primaryEmail(primary).emails(allEmails);
    if (allBots && botEvidence != null) {
      builder.botEvidence(botEvidence);
    }
    return builder.build();
  }

  private static @Nullable String heaviest(Map<String, long[]> weights) {
    String best = null;
    long bestWeight = -1;
    for (Map.Entry<String, long[]> entry : weights.entrySet()) {
      if (entry.getValue()[0] > bestWeight) {
        best = entry.getKey();
        bestWeight = entry.getValue()[0];
      }
    }
    return best;
  }
}
