package io.github.devidentity.audit;

import io.github.devidentity.decision.Decision;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.RecordId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** How {@link AuditTrail#forget} treats one event. */
final class Redaction {
  private Redaction() {}

  /**
   * The event without the forgotten records and contributors: the same instance when it names
   * none, null when it is to be removed, else a redacted copy. Only imports and uploads, which
   * concern many people, are redacted; any other event naming a forgotten record or contributor is
   * about the person and is removed.
   */
  static @Nullable AuditEvent purge(
      AuditEvent event, Predicate<RecordId> records, Predicate<ContributorId> contributors) {
    boolean names = event.records().stream().anyMatch(records)
        || event.contributors().stream().anyMatch(contributors)
        || event.previous().values().stream().anyMatch(contributors);
    if (!names) {
      return event;
    }
    if (event.kind() != AuditEvent.Kind.CSV_IMPORT && event.kind() != AuditEvent.Kind.CLOUD_ID_UPLOAD) {
      return null;
    }
    List<RecordId> kept = new ArrayList<>();
    for (RecordId record : event.records()) {
      if (!records.test(record)) {
        kept.add(record);
      }
    }
    if (kept.isEmpty()) {
      return null;
    }
    List<Decision> decisions = new ArrayList<>();
    for (Decision decision : event.decisions()) {
      if (decision.records().stream().noneMatch(records)) {
        decisions.add(decision);
      }
    }
    Map<RecordId, ContributorId> previous = new TreeMap<>();
    event.previous().forEach((record, contributor) -> {
      if (!records.test(record) && !contributors.test(contributor)) {
        previous.put(record, contributor);
      }
    });
    // A contributor stays when a kept record was in it, or when the event named it for itself.
    List<ContributorId> concerned = new ArrayList<>();
    for (ContributorId contributor : event.contributors()) {
      if (!contributors.test(contributor)
          && (previous.containsValue(contributor) || !event.previous().containsValue(contributor))) {
        concerned.add(contributor);
      }
    }
    return AuditEvent.builder(event.kind(), event.actor(), event.at())
        .sequence(event.sequence())
        .source(event.source())
        .why(event.why())
        .records(kept)
        .decisions(decisions)
        .previous(previous)
        .contributors(concerned)
        .build();
  }
}
