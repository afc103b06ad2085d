package io.github.devidentity.csv;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.decision.Decision;
import io.github.devidentity.model.RecordId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A contributors CSV planned against a resolution: the {@linkplain #diff() diff} to show before
 * anything happens (the dry run), and the {@linkplain #decisions decisions} that apply it. Appended
 * to the decision log, the decisions make the next resolution of the same records give the file's
 * contributors, and keep them: an import is manual work, which automatic resolution respects.
 *
 * <p><b>Targets.</b> Each person of the file becomes one contributor holding the records their
 * accounts name. Records the file does not name:
 *
 * <ul>
 *   <li>in {@link Mode#UPDATE}, stay with the contributor they are in: with the file person that
 *       names most of its records, or untouched where the file names none of them;
 *   <li>in {@link Mode#REPLACE}, where the file is the whole truth, are separated: each becomes a
 *       contributor of its own, attributed to no person of the file. A contributor the file does
 *       not mention is {@linkplain ContributorsDiff#removed() removed} this way; the library
 *       never deletes records, so its records remain, one contributor each.
 * </ul>
 *
 * <p><b>Decisions.</b> A target that already is a contributor needs none, so importing an
 * unchanged export gives no decision. Every other target is {@linkplain Decision.Merge merged}
 * into its first record; targets the resolver could join (ones that shared a contributor, or
 * whose contributors a review item or an earlier never-link connects) get {@linkplain
 * Decision.NeverLink never-links}; and earlier joins across targets, or never-links inside one,
 * are cancelled by a decision on the same pair. Nothing is split off: a split would hide records
 * from the resolver's comparisons and so could change contributors the file never touched, and
 * would keep new records from ever linking to the person. The file's people therefore keep
 * learning: a record synced later links to them automatically as any record would.
 *
 * <p>Names, emails and attributes are not decisions: the diff shows their changes, and {@link
 * ContributorsSheet#overlay} puts the file's values on a resolution.
 *
 * <pre>{@code
 * ContributorsImport plan = sheet.plan(resolution, log, ContributorsImport.Mode.UPDATE);
 * System.out.print(plan.diff().toText());            // the dry run
 * List<Decision> decisions = plan.decisions("alice", Instant.now());
 * store.append(decisions);
 * trail.recordImport(plan.source(), "alice", now, "quarterly clean-up", decisions, resolution.assignments());
 * }</pre>
 */
public final class ContributorsImport {

  /** How a file relates to the contributors it does not mention. */
  public enum Mode {
    /** Upsert the file's contributors; keep everyone else as they are. */
    UPDATE,
    /** The file is the whole truth: whatever it does not name is separated from its people. */
    REPLACE;

    /**
     * Parses {@code update} or {@code replace}, ignoring case.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Mode parse(String name) {
      for (Mode mode : values()) {
        if (mode.name().equalsIgnoreCase(requireNonNull(name, "name").strip())) {
          return mode;
        }
      }
      throw new IllegalArgumentException("\"" + name + "\" is not an import mode; expected update or replace");
    }
  }

  /** One decision to make, waiting for its actor and time. */
  record Step(Decision.Kind kind, RecordId first, @Nullable RecordId second, String note) {}

  private final String source;
  private final Mode mode;
  private final CsvReport report;
  private final ContributorsDiff diff;
  private final List<Step> steps;

  ContributorsImport(String source, Mode mode, CsvReport report, ContributorsDiff diff, List<Step> steps) {
    this.source = source;
    this.mode = mode;
    this.report = report;
    this.diff = diff;
    this.steps = List.copyOf(steps);
  }

  /** The file, as its report names it. */
  public String source() {
    return source;
  }

  /** The mode planned for. */
  public Mode mode() {
    return mode;
  }

  /**
   * The file's report with the problems found against the resolution, such as one record claimed
   * by two people through two of its addresses ({@link CsvProblem.Code#ACCOUNT_CLAIMED_TWICE}).
   */
  public CsvReport report() {
    return report;
  }

  /** What the import changes: the dry run. */
  public ContributorsDiff diff() {
    return diff;
  }

  /** How many decisions {@link #decisions} gives. */
  public int decisionCount() {
    return steps.size();
  }

  /**
   * The decisions that apply the file, in the order to append them: merges, then never-links.
   * Each note names the file, the mode and the lines of the people it is about.
   *
   * @param actor who imports, as decisions record it
   * @param at when
   * @return the decisions; empty when the file changes no membership
   * @throws IllegalStateException if the {@link #report()} holds errors: nothing is applied then
   * @throws IllegalArgumentException if {@code actor} is blank
   */
  public List<Decision> decisions(String actor, Instant at) {
    requireNonNull(actor, "actor");
    requireNonNull(at, "at");
    if (report.hasErrors()) {
      throw new IllegalStateException(report.summary() + "; fix the file before applying it");
    }
    List<Decision> decisions = new ArrayList<>(steps.size());
    for (Step step : steps) {
      decisions.add(Decision.of(step.kind(), step.first(), step.second(), actor, at, step.note()));
    }
    return List.copyOf(decisions);
  }

  @Override
  public String toString() {
    return source + " (" + mode.name().toLowerCase(Locale.ROOT) + "): " + diff.summary() + "; "
        + steps.size() + (steps.size() == 1 ? " decision" : " decisions");
  }
}
