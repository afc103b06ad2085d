package io.github.devidentity.csv;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.cloudid.CloudIdProblem;
import io.github.devidentity.cloudid.CloudIdRow;
import io.github.devidentity.cloudid.CloudIdUpload;
import io.github.devidentity.cloudid.CloudIds;
import io.github.devidentity.csv.ValidationProblem.Code;
import io.github.devidentity.csv.ValidationProblem.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows of one cloud-id file, as {@link CloudIdsCsv} or {@link CloudIdsJson} read them, with
 * where each value is, and the report of every problem.
 *
 * <p>{@link #report()} holds the problems of the file itself and of its values ({@link
 * CloudIds#check}); {@link #report(CloudIdUpload)} those of the file and of an upload of its
 * rows, which adds the emails no contributor or several hold. Either way each problem carries
 * the line, the column and the field of the value it is about.
 *
 * <pre>{@code
 * CloudIdFile file = CloudIdsCsv.read(Path.of("cloud-ids.csv"));
 * CloudIdUpload upload = CloudIds.upload(resolution, file.rows(), "alice", Instant.now());
 * ValidationReport report = file.report(upload);
 * }</pre>
 */
public final class CloudIdFile {
  /**
   * Where a value is.
   *
   * @param line the 1-based line
   * @param column the 1-based column: a cell in CSV, a character in JSON
   * @param field the column or field as the file names it
   * @param reported whether the file's own report has a problem about it already
   */
  record Location(long line, long column, String field, boolean reported) {}

  private final String source;
  private final List<CloudIdRow> rows;
  private final List<Location> starts;
  private final List<Map<CloudIdProblem.Field, Location>> values;
  private final ValidationReport structure;

  CloudIdFile(String source, List<CloudIdRow> rows, List<Location> starts,
      List<Map<CloudIdProblem.Field, Location>> values, ValidationReport structure) {
    this.source = source;
    this.rows = List.copyOf(rows);
    this.starts = List.copyOf(starts);
    this.values = List.copyOf(values);
    this.structure = structure;
  }

  /** The file or stream name, as given to the reader. */
  public String source() {
    return source;
  }

  /** The rows, in file order; those read before invalid CSV or JSON when the file has it. */
  public List<CloudIdRow> rows() {
    return rows;
  }

  /**
   * The 1-based line a row starts on.
   *
   * @throws IndexOutOfBoundsException if there is no row at {@code index}
   */
  public long line(int index) {
    return starts.get(index).line();
  }

  /** Every problem of the file and of its values; an email is checked only to be an address. */
  public ValidationReport report() {
    return located(CloudIds.check(rows));
  }

  /**
   * Every problem of the file and of an upload of its rows, which adds unknown and ambiguous
   * emails to the problems of {@link #report()}.
   *
   * @throws IllegalArgumentException if the upload is not of this file's rows
   */
  public ValidationReport report(CloudIdUpload upload) {
    requireNonNull(upload, "upload");
    if (!upload.rows().equals(rows)) {
      throw new IllegalArgumentException("the upload has " + upload.rows().size() + " rows that are not the "
          + rows.size() + " rows of " + source + "; report an upload with the report of its own file");
    }
    return located(upload.problems());
  }

  /**
   * A problem about one of the rows, at the line and column of its value.
   *
   * @throws IndexOutOfBoundsException if there is no row at the problem's index
   */
  public ValidationProblem locate(CloudIdProblem problem) {
    Location at = values.get(problem.index()).get(problem.field());
    return new ValidationProblem(Severity.ERROR, Code.valueOf(problem.code().name()), at.line(), at.column(),
        at.field(), problem.value(), problem.message());
  }

  private ValidationReport located(List<CloudIdProblem> problems) {
    List<ValidationProblem> more = new ArrayList<>();
    for (CloudIdProblem problem : problems) {
      // A value the file's report has a problem with already, such as a JSON object in place of
      // a string, was read as empty: saying it is empty too would repeat the problem.
      if (!values.get(problem.index()).get(problem.field()).reported()) {
        more.add(locate(problem));
      }
    }
    return structure.with(more);
  }

  @Override
  public String toString() {
    return source + " (" + rows.size() + (rows.size() == 1 ? " row)" : " rows)");
  }
}
