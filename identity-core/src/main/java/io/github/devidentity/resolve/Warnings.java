package io.github.devidentity.resolve;

import io.github.devidentity.decision.Decision;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.RecordId;
import java.util.Locale;

/** The warnings a resolution raises, worded once for the engine and the session alike. */
final class Warnings {
  private Warnings() {}

  static ResolutionWarning unknownRecord(RecordId record) {
    return new ResolutionWarning(ResolutionWarning.Kind.UNKNOWN_RECORD, "a decision names record " + record
        + ", which is not in the input; the decision stays in the log, unapplied");
  }

  static ResolutionWarning largeBlocks(String strategy, int skipped, int bound, int largest, String largestKey) {
    return new ResolutionWarning(ResolutionWarning.Kind.LARGE_BLOCK, String.format(Locale.ROOT,
        "strategy %s: %d %s more than %d records and %s not compared; the largest, %d records, shares the key \"%s\"",
        strategy, skipped, skipped == 1 ? "block holds" : "blocks hold", bound, skipped == 1 ? "was" : "were",
        largest, largestKey));
  }

  static ResolutionWarning decisionConflict(Decision separation, RecordId a, RecordId b) {
    return new ResolutionWarning(ResolutionWarning.Kind.DECISION_CONFLICT, "\"" + separation.describe()
        + "\" conflicts with later merge decisions that join " + a + " and " + b + "; the merges were applied");
  }

  static ResolutionWarning largeCluster(ContributorId contributor, int records, int bound) {
    return new ResolutionWarning(ResolutionWarning.Kind.LARGE_CLUSTER, String.format(Locale.ROOT,
        "contributor %s holds %d records, more than the bound %d; check it for a false-merge chain",
        contributor, records, bound));
  }
}
