package io.github.devidentity.resolve;

import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.normalize.NormalizedRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decision log folded into its current meaning: later decisions override earlier ones about
 * the same records.
 */
final class DecisionReplay {
  /** Manual joins still in force, in log order. */
  final Map<Pair, Decision> joins = new LinkedHashMap<>();
  /** Never-link pairs still in force. */
  final Map<Pair, Decision> separations = new LinkedHashMap<>();
  /** Records split off, never linked automatically. */
  final Set<RecordId> detached = new HashSet<>();
  /** Hosts' verdicts on automation, the latest per record. */
  final Map<RecordId, Decision.BotOverride> botOverrides = new HashMap<>();

  DecisionReplay(DecisionLog log) {
    for (Decision decision : log.decisions()) {
      List<RecordId> records = decision.records();
      if (decision instanceof Decision.BotOverride) {
        botOverrides.put(records.get(0), (Decision.BotOverride) decision);
        continue;
      }
      if (decision.kind() == Decision.Kind.SPLIT) {
        RecordId record = records.get(0);
        joins.keySet().removeIf(pair -> pair.contains(record));
        detached.add(record);
        continue;
      }
      Pair pair = Pair.of(records.get(0), records.get(1));
      if (decision.joins()) {
        separations.remove(pair);
        joins.remove(pair);
        joins.put(pair, decision);
      } else {
        joins.remove(pair);
        separations.remove(pair);
        separations.put(pair, decision);
      }
    }
  }

  /** Every record a decision in force names. */
  List<RecordId> namedRecords() {
    List<RecordId> named = new ArrayList<>(detached);
    named.addAll(botOverrides.keySet());
    for (Pair pair : joins.keySet()) {
      named.add(pair.first());
      named.add(pair.second());
    }
    for (Pair pair : separations.keySet()) {
      named.add(pair.first());
      named.add(pair.second());
    }
    return named;
  }

  /** A record's normalised form, with a host's verdict on automation applied. */
  NormalizedRecord normalise(IdentityRecord record) {
    NormalizedRecord normalized = NormalizedRecord.of(record);
    Decision.BotOverride override = botOverrides.get(record.id());
    return override == null ? normalized : normalized.withBotDecision(override.bot(), override.actor());
  }

  /** An unordered pair of records. */
  record Pair(RecordId first, RecordId second) {
    static Pair of(RecordId a, RecordId b) {
      return a.compareTo(b) <= 0 ? new Pair(a, b) : new Pair(b, a);
    }

    boolean contains(RecordId record) {
      return first.equals(record) || second.equals(record);
    }
  }
}
