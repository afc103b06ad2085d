package io.github.devidentity.integrations;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.IdentityException;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.spi.ContributionFact;
import io.github.devidentity.spi.IdentitySink;
import io.github.devidentity.spi.IdentitySource;
import io.github.devidentity.spi.SyncResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Syncs several {@link IdentitySource sources} one after another and collects their records, so
 * that one broken integration does not stop the others.
 *
 * <p>Each source resumes from the cursor the host kept from the previous run. A source that throws,
 * or hands over a record or contribution fact of another integration, is reported in {@link SyncReport#failures()}; the
 * records it handed over before that are kept, and its old cursor is reported again so the next
 * run retries from the same place. Git author identities ({@code git} records) are the one
 * exception: every source that reads commits yields them, and they meet across sources in one
 * record. Immutable; {@link #run} is as thread-safe as the sources are.
 *
 * <pre>{@code
 * SyncRunner runner = SyncRunner.of(List.of(github, jira));
 * SyncReport report = runner.run(store.loadCursors());
 * report.failures().forEach(failure -> log.warn("sync failed: {}", failure));
 * store.saveCursors(report.cursors());
 * Resolution resolution = resolver.resolve(report.records());
 * }</pre>
 */
public final class SyncRunner {
  private final List<IdentitySource> sources;
  private final List<Integration> integrations;

  private SyncRunner(List<IdentitySource> sources, List<Integration> integrations) {
    this.sources = sources;
    this.integrations = integrations;
  }

  /**
   * A runner over these sources, which it syncs in this order.
   *
   * @throws IllegalArgumentException if two sources read the same integration; their cursors
   *     would overwrite each other
   */
  public static SyncRunner of(List<IdentitySource> sources) {
    requireNonNull(sources, "sources");
    List<IdentitySource> copy = new ArrayList<>(sources.size());
    List<Integration> integrations = new ArrayList<>(sources.size());
    for (int i = 0; i < sources.size(); i++) {
      IdentitySource source = sources.get(i);
      if (source == null) {
        throw new NullPointerException("sources[" + i + "] is null");
      }
      Integration integration = source.integration();
      if (integration == null) {
        throw new NullPointerException("sources[" + i + "] has no integration");
      }
      int earlier = integrations.indexOf(integration);
      if (earlier >= 0) {
        throw new IllegalArgumentException(
            "sources["
                + earlier
                + "] and sources["
                + i
                + "] both read integration "
                + integration
                + "; give each integration one source, or distinct instance names");
      }
      copy.add(source);
      integrations.add(integration);
    }
    return new SyncRunner(
        Collections.unmodifiableList(copy), Collections.unmodifiableList(integrations));
  }

  /**
   * Syncs every source, in order, from its cursor in {@code cursors}.
   *
   * @param cursors the cursors a previous run {@linkplain SyncReport#cursors() reported}; a source
   *     whose integration is absent does a full sync, and entries for integrations this runner has
   *     no source for are ignored
   * @return the records, new cursors, per-source counts and failures; never throws for a failing
   *     source
   */
  public SyncReport run(Map<Integration, String> cursors) {
    requireNonNull(cursors, "cursors");
    Map<RecordId, IdentityRecord> records = new LinkedHashMap<>();
    List<ContributionFact> facts = new ArrayList<>();
    Map<Integration, String> nextCursors = new LinkedHashMap<>();
    Map<Integration, Integer> counts = new LinkedHashMap<>();
    List<SourceFailure> failures = new ArrayList<>();
    boolean complete = true;
    for (int i = 0; i < sources.size(); i++) {
      Integration integration = integrations.get(i);
      @Nullable String cursor = cursors.get(integration);
      CheckingSink sink = new CheckingSink(integration, records, facts);
      @Nullable SyncResult result = null;
      @Nullable RuntimeException thrown = null;
      try {
        result = sources.get(i).sync(cursor, sink);
      } catch (RuntimeException e) {
        thrown = e;
      } finally {
        sink.closed = true;
      }
      counts.put(integration, sink.count);
      // The sink's own verdict comes first: a source may catch the sink's exception, or wrap it.
      @Nullable String failure = sink.violation;
      if (failure == null && thrown != null) {
        failure = describe(thrown);
      }
      if (failure == null && result != null) {
        result.nextCursor().ifPresent(next -> nextCursors.put(integration, next));
        complete &= result.complete();
        continue;
      }
      failures.add(
          new SourceFailure(
              integration, failure != null ? failure : "the source's sync returned no result"));
      complete = false;
      // Resume next time from where this run started.
      if (cursor != null) {
        nextCursors.put(integration, cursor);
      }
    }
    return new SyncReport(
        List.copyOf(records.values()),
        Collections.unmodifiableList(facts),
        Collections.unmodifiableMap(nextCursors),
        Collections.unmodifiableMap(counts),
        Collections.unmodifiableList(failures),
        complete);
  }

  @Override
  public String toString() {
    return "SyncRunner" + integrations;
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? "the source's sync failed with " + e.getClass().getName()
        : message;
  }

  /** Collects one source's records and facts, rejecting those of another integration. */
  private static final class CheckingSink implements IdentitySink {
    private static final Integration GIT = Integration.of(IntegrationType.GIT);

    private final Integration integration;
    private final Map<RecordId, IdentityRecord> records;
    private final List<ContributionFact> facts;
    private int count;
    private @Nullable String violation;
    private boolean closed;

    CheckingSink(Integration integration, Map<RecordId, IdentityRecord> records, List<ContributionFact> facts) {
      this.integration = integration;
      this.records = records;
      this.facts = facts;
    }

    @Override
    public void contribution(ContributionFact fact) {
      check();
      if (fact == null) {
        violation = "the source handed a null contribution fact to the sink";
        throw new RejectedRecordException(violation);
      }
      if (!fact.integration().equals(integration)) {
        violation = "a contribution fact of account " + fact.accountId() + " belongs to integration "
            + fact.integration() + ", but its source reads " + integration;
        throw new RejectedRecordException(violation);
      }
      facts.add(fact);
    }

    private void check() {
      if (closed) {
        throw new IllegalStateException(
            "the sink of " + integration + " was used after its sync returned");
      }
      if (violation != null) {
        // The source went on after its first bad record; the rest of this sync is not trusted.
        throw new RejectedRecordException(violation);
      }
    }

    @Override
    public void record(IdentityRecord record) {
      check();
      if (record == null) {
        violation = "the source handed a null record to the sink";
        throw new RejectedRecordException(violation);
      }
      if (!record.integration().equals(integration) && !record.integration().equals(GIT)) {
        violation =
            "record "
                + record.id()
                + " belongs to integration "
                + record.integration()
                + ", but its source reads "
                + integration;
        throw new RejectedRecordException(violation);
      }
      // LinkedHashMap keeps a replaced key in its first place, which is the rule records() states.
      records.put(record.id(), record);
      count++;
    }
  }

  /** Ends a sync whose source handed over a record it should not have. */
  private static final class RejectedRecordException extends IdentityException {
    private static final long serialVersionUID = 1L;

    RejectedRecordException(String message) {
      super(message);
    }
  }
}
