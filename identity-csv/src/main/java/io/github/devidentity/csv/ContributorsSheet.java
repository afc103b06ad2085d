package io.github.devidentity.csv;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.resolve.Resolution;
import java.util.List;
import java.util.Set;

/**
 * One contributors CSV as read: its report and, when the report holds no error, its people.
 *
 * <pre>{@code
 * ContributorsSheet sheet = ContributorsCsv.read(Path.of("contributors.csv"));
 * if (!sheet.report().hasErrors()) {
 *   ContributorsImport plan = sheet.plan(resolution, log, ContributorsImport.Mode.REPLACE);
 * }
 * }</pre>
 */
public final class ContributorsSheet {
  private final String source;
  private final CsvReport report;
  private final List<ContributorEntry> entries;
  private final Set<String> attributeColumns;
  private final long rows;

  ContributorsSheet(String source, ContributorsReader.Result result) {
    this.source = source;
    this.report = result.report;
    this.entries = result.entries;
    this.attributeColumns = result.attributeColumns;
    this.rows = result.rows;
  }

  /** The file or stream, as the report names it. */
  public String source() {
    return source;
  }

  /** Every problem found. */
  public CsvReport report() {
    return report;
  }

  /** The people, by the line of their first row; empty when the report holds errors. */
  public List<ContributorEntry> entries() {
    return entries;
  }

  /** The attribute columns of the file, by name as the header spells them. */
  public Set<String> attributeColumns() {
    return attributeColumns;
  }

  /** How many rows the file holds after its header, not counting empty rows. */
  public long rows() {
    return rows;
  }

  /**
   * Plans the import of this file against a resolution: the diff and the decisions, applied to
   * nothing yet.
   *
   * @param resolution the current resolution of the records
   * @param log the decision log {@code resolution} was made with: the import cancels its joins
   *     and never-links that contradict the file
   * @param mode how to treat the contributors the file does not mention
   * @return the plan; its report adds the problems found against the resolution
   * @throws IllegalStateException if the file's report holds errors
   */
  public ContributorsImport plan(Resolution resolution, DecisionLog log, ContributorsImport.Mode mode) {
    requireNonNull(resolution, "resolution");
    requireNonNull(log, "log");
    requireNonNull(mode, "mode");
    checkUsable();
    return new ImportPlanner(this, resolution).plan(mode, log);
  }

  /**
   * The contributors of a resolution with this file's names, emails and attributes: each
   * contributor takes the values of the file person that names most of its records (or, when the
   * file names none of them, the person with its primary email). An attribute column left empty
   * removes the attribute; attributes without a column stay. Contributors the file does not
   * mention are as they were.
   *
   * <p>Use it on the resolution made after the import's decisions were appended, to show the
   * contributors as the file has them; the decision log keeps who belongs together, the file (or
   * the host) keeps the names.
   *
   * @param resolution a resolution
   * @return its contributors, in its order
   * @throws IllegalStateException if the file's report holds errors
   */
  public List<Contributor> overlay(Resolution resolution) {
    requireNonNull(resolution, "resolution");
    checkUsable();
    return new ImportPlanner(this, resolution).overlay();
  }

  private void checkUsable() {
    if (report.hasErrors()) {
      throw new IllegalStateException(report.summary() + "; fix the file before using it");
    }
  }

  @Override
  public String toString() {
    return source + " (" + entries.size() + (entries.size() == 1 ? " contributor, " : " contributors, ") + rows
        + (rows == 1 ? " row)" : " rows)");
  }
}
