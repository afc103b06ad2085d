package io.github.devidentity.csv;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.IdentityException;
import io.github.devidentity.model.AccountRef;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.normalize.EmailAddress;
import io.github.devidentity.normalize.Emails;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The contributors CSV in the layout of Harness SEI: export what resolution found, let people fix
 * it in a spreadsheet, and import it back, checked, as decisions.
 *
 * <p><b>Columns.</b> {@code Full_Name}, {@code Email}, one column per custom attribute, and one
 * {@code Integration: <integration>} column per integration, holding the contributor's account id
 * (cloud id) there. The integration is a type name or alias ({@code github}, {@code jira-cloud},
 * {@code ado}, see {@link IntegrationType#parse}), {@code type:instance} for an instance other
 * than the type's default (as {@link Integration#toString()} writes it), or, when the host
 * declares its integrations in a {@link Schema}, an instance's name. Git has no account ids: its
 * column holds the address a person's git identities carry. Header names compare ignoring case,
 * surrounding spaces and {@code _}, {@code -} or spaces in {@code Full_Name} and {@code Email};
 * every other column is a custom attribute.
 *
 * <p><b>Rows.</b> A contributor with N accounts in one integration takes N rows repeating name,
 * email and attributes; rows with one email fold into one {@link ContributorEntry}. An attribute
 * cell may be left empty on the repeated rows. A row whose every cell is empty is skipped, as
 * spreadsheets write them after the data.
 *
 * <p><b>Files.</b> UTF-8 with or without a byte-order mark, or UTF-16 with one; LF, CRLF or CR
 * line ends; {@code ,} or, as spreadsheet programs in European locales write, {@code ;} between
 * cells (whichever the header holds more of); quoted cells may span lines. Export writes UTF-8
 * text with {@code ,} and {@code \n} through the caller's {@link Writer}.
 *
 * <p><b>Formula injection.</b> On export, a cell that begins with {@code =}, {@code +}, {@code
 * -}, {@code @}, a tab or a carriage return, or with {@code '}, or that begins or ends with
 * whitespace, is written with a leading {@code '}, which spreadsheets read as "text". Import
 * removes that one {@code '} and keeps the rest exactly; other cells are trimmed. Export then import
 * gives back every name, email, attribute and account exactly.
 *
 * <p><b>Validation.</b> {@link #validate} and {@link #read} check the whole file and report every
 * problem in one {@link CsvReport}, each with its line, column, value and a {@link
 * CsvProblem.Code}; nothing is applied while an error stands. Rows stream by: validation keeps only
 * each email's first row and each account's claimant, so a file of a million rows checks in
 * bounded memory.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("contributors.csv"))) {
 *   ContributorsCsv.write(resolution.contributors(), out);
 * }
 * // ... a person edits the file ...
 * ContributorsSheet sheet = ContributorsCsv.read(Path.of("contributors.csv"));
 * if (sheet.report().hasErrors()) {
 *   System.err.print(sheet.report().toText());
 * } else {
 *   ContributorsImport plan = sheet.plan(resolution, log, ContributorsImport.Mode.UPDATE);
 *   System.out.print(plan.diff().toText());
 *   store.append(plan.decisions("alice", Instant.now()));
 * }
 * }</pre>
 */
public final class ContributorsCsv {
  /** The name column's header. */
  public static final String FULL_NAME = "Full_Name";
  /** The email column's header. */
  public static final String EMAIL = "Email";
  /** What an integration column's header starts with, before the integration's name. */
  public static final String INTEGRATION = "Integration:";

  static final String SAMPLE_HEADER = FULL_NAME + "," + EMAIL + "," + INTEGRATION + " github";
  static final String SAMPLE_ROW = "Ada Lovelace,ada@example.org,1815";

  private ContributorsCsv() {}

  // ---------------------------------------------------------------- export

  /**
   * Writes a template: the header with the schema's attributes and one column per integration the
   * schema declares (every {@link IntegrationType} under its default instance when it declares
   * none), then example rows, among them one person with two accounts in one integration. Flushes;
   * {@code out} is not closed. The template reads back without errors.
   *
   * @param out where to write the CSV text
   * @param schema the host's attributes and integrations
   * @throws IdentityException if {@code out} fails
   */
  public static void writeSample(Writer out, Schema schema) {
    requireNonNull(out, "out");
    requireNonNull(schema, "schema");
    List<Integration> integrations = new ArrayList<>(schema.integrations().orElseGet(() -> {
      Set<Integration> all = new TreeSet<>();
      for (IntegrationType type : IntegrationType.values()) {
        all.add(Integration.of(type));
      }
      return all;
    }));
    List<String> attributes = new ArrayList<>(schema.attributes().orElse(Set.of()));
    try {
      CSVPrinter printer = Csv.printer(out);
      printer.printRecord(header(attributes, integrations));
      Sample.rows(attributes, integrations, printer);
      printer.flush();
    } catch (IOException e) {
      throw Csv.unwritable("the contributors sample", e);
    }
  }

  /**
   * Writes the template of {@link #writeSample(Writer, Schema)} for an open schema: every
   * integration type, no attribute.
   *
   * @throws IdentityException if {@code out} fails
   */
  public static void writeSample(Writer out) {
    writeSample(out, Schema.open());
  }

  /**
   * Writes contributors, in the collection's order, and flushes; {@code out} is not closed. Rows
   * are written as they are made, so the text is never held whole.
   *
   * <p>The columns are {@code Full_Name}, {@code Email} (the primary email), the contributors'
   * attributes sorted by name, and one {@code Integration:} column per integration their records
   * are in, sorted. Each record is named by its account id or, without one, by each of its usable
   * email addresses. What cannot be written is left out and listed in the result, never dropped
   * silently: a contributor without an email or a name, one whose email another contributor
   * written earlier has, and records no cell can name alone (without an account id or address, or
   * whose account or address records of another contributor hold too, which a cell would claim for
   * both). An attribute whose value is empty is written as an empty cell, which reads back as no
   * attribute.
   *
   * @param contributors the contributors, such as {@code resolution.contributors()}
   * @param out where to write the CSV text
   * @return how many contributors and rows were written, and what was left out
   * @throws IllegalArgumentException if two attribute names differ only in case, which the header
   *     cannot tell apart; nothing is written then
   * @throws IdentityException if {@code out} fails
   */
  public static Export write(Collection<Contributor> contributors, Writer out) {
    requireNonNull(contributors, "contributors");
    requireNonNull(out, "out");
    Map<AccountRef, ContributorId> owners = new HashMap<>();
    Map<AccountRef, Set<ContributorId>> shared = new HashMap<>();
    Set<Integration> integrations = new TreeSet<>();
    Map<String, String> attributes = new TreeMap<>();
    for (Contributor contributor : contributors) {
      for (IdentityRecord record : contributor.records()) {
        for (AccountRef key : AccountKeys.of(record)) {
          integrations.add(key.integration());
          ContributorId owner = owners.putIfAbsent(key, contributor.id());
          if (owner != null && !owner.equals(contributor.id())) {
            Set<ContributorId> holders = shared.computeIfAbsent(key, k -> new LinkedHashSet<>());
            holders.add(owner);
            holders.add(contributor.id());
          }
        }
      }
      for (String attribute : contributor.attributes().keySet()) {
        String other = attributes.putIfAbsent(attribute.toLowerCase(Locale.ROOT), attribute);
        if (other != null && !other.equals(attribute)) {
          throw new IllegalArgumentException("attributes \"" + other + "\" and \"" + attribute
              + "\" differ only in case, which the contributors CSV header cannot tell apart; rename one");
        }
      }
    }
    List<Integration> columns = new ArrayList<>(integrations);
    List<String> attributeColumns = new ArrayList<>(new TreeSet<>(attributes.values()));
    Exporter exporter = new Exporter(attributeColumns, columns, shared);
    try {
      CSVPrinter printer = Csv.printer(out);
      printer.printRecord(header(attributeColumns, columns));
      for (Contributor contributor : contributors) {
        exporter.write(contributor, printer);
      }
      printer.flush();
    } catch (IOException e) {
      throw Csv.unwritable("contributors", e);
    }
    return new Export(exporter.contributors, exporter.rows, exporter.omissions);
  }

  private static List<String> header(List<String> attributes, List<Integration> integrations) {
    List<String> header = new ArrayList<>();
    header.add(FULL_NAME);
    header.add(EMAIL);
    attributes.forEach(attribute -> header.add(FormulaGuard.protect(attribute)));
    integrations.forEach(integration -> header.add(INTEGRATION + " " + integration));
    return header;
  }

  /** Writes contributors one by one, counting and noting what it leaves out. */
  private static final class Exporter {
    private final List<String> attributes;
    private final List<Integration> integrations;
    /** The accounts records of several contributors hold, with those contributors. */
    private final Map<AccountRef, Set<ContributorId>> shared;
    private final Map<String, ContributorId> emails = new HashMap<>();
    final List<Export.Omission> omissions = new ArrayList<>();
    long contributors;
    long rows;

    Exporter(List<String> attributes, List<Integration> integrations, Map<AccountRef, Set<ContributorId>> shared) {
      this.attributes = attributes;
      this.integrations = integrations;
      this.shared = shared;
    }

    void write(Contributor contributor, CSVPrinter printer) throws IOException {
      List<RecordId> all = new ArrayList<>();
      contributor.records().forEach(record -> all.add(record.id()));
      Optional<String> email = contributor.primaryEmail().map(Emails::normalize)
          .filter(EmailAddress::isLinkable).map(EmailAddress::normalized);
      if (email.isEmpty()) {
        omit(contributor.id(), all, "has no usable email address, and every row needs an " + EMAIL);
        return;
      }
      if (contributor.displayName().isBlank()) {
        omit(contributor.id(), all, "has no name, and every row needs a " + FULL_NAME);
        return;
      }
      ContributorId earlier = emails.putIfAbsent(email.get(), contributor.id());
      if (earlier != null) {
        omit(contributor.id(), all, "has the email " + email.get() + " of " + earlier
            + ", written before it, and rows with one email are one person");
        return;
      }
      Map<Integration, Set<String>> keys = new TreeMap<>();
      for (IdentityRecord record : contributor.records()) {
        List<AccountRef> named = new ArrayList<>();
        List<AccountRef> blocked = new ArrayList<>();
        for (AccountRef key : AccountKeys.of(record)) {
          (shared.containsKey(key) ? blocked : named).add(key);
        }
        named.forEach(key -> keys.computeIfAbsent(key.integration(), k -> new LinkedHashSet<>()).add(key.accountId()));
        if (named.isEmpty() && blocked.isEmpty()) {
          omit(contributor.id(), List.of(record.id()),
              "has neither an account id nor a usable email address, so no column can name it");
        } else if (named.isEmpty()) {
          List<String> others = new ArrayList<>();
          shared.get(blocked.get(0)).stream().filter(id -> !id.equals(contributor.id()))
              .forEach(id -> others.add(id.value()));
          omit(contributor.id(), List.of(record.id()), "holds " + blocked.get(0) + ", which records of "
              + String.join(" and ", others) + " hold too, so a cell would claim it for both");
        }
      }
      int height = 1;
      for (Set<String> values : keys.values()) {
        height = Math.max(height, values.size());
      }
      List<List<String>> columns = new ArrayList<>();
      for (Integration integration : integrations) {
        columns.add(new ArrayList<>(keys.getOrDefault(integration, Set.of())));
      }
      List<String> cells = new ArrayList<>(2 + attributes.size() + integrations.size());
      for (int row = 0; row < height; row++) {
        cells.clear();
        cells.add(FormulaGuard.protect(contributor.displayName()));
        cells.add(FormulaGuard.protect(email.get()));
        for (String attribute : attributes) {
          cells.add(FormulaGuard.protect(contributor.attributes().getOrDefault(attribute, "")));
        }
        for (List<String> values : columns) {
          cells.add(row < values.size() ? FormulaGuard.protect(values.get(row)) : "");
        }
        printer.printRecord(cells);
        rows++;
      }
      contributors++;
    }

    private void omit(ContributorId contributor, List<RecordId> records, String reason) {
      omissions.add(new Export.Omission(contributor, records, reason));
    }
  }

  // ---------------------------------------------------------------- import

  /**
   * Checks a file without keeping its contributors.
   *
   * @param file the file; the report names it as given
   * @param schema the attributes and integrations the host declares
   * @return every problem found, in file order
   * @throws IdentityException if the file cannot be read
   */
  public static CsvReport validate(Path file, Schema schema) {
    requireNonNull(file, "file");
    return readFile(file, schema, false).report;
  }

  /**
   * Checks a file against an {@link Schema#open() open} schema, without keeping its contributors.
   *
   * @throws IdentityException if the file cannot be read
   */
  public static CsvReport validate(Path file) {
    return validate(file, Schema.open());
  }

  /**
   * Checks a stream without keeping its contributors; the stream is not closed.
   *
   * @param in the bytes of the file
   * @param sourceName names the stream in the report, such as its file name
   * @param schema the attributes and integrations the host declares
   * @return every problem found, in file order
   * @throws IdentityException if the stream cannot be read
   */
  public static CsvReport validate(InputStream in, String sourceName, Schema schema) {
    return read(in, sourceName, schema, false).report;
  }

  /**
   * Reads and checks a file.
   *
   * @param file the file; the report names it as given
   * @param schema the attributes and integrations the host declares
   * @return the report and, when it holds no error, the contributors
   * @throws IdentityException if the file cannot be read
   */
  public static ContributorsSheet read(Path file, Schema schema) {
    requireNonNull(file, "file");
    return new ContributorsSheet(file.toString(), readFile(file, schema, true));
  }

  /**
   * Reads and checks a file against an {@link Schema#open() open} schema.
   *
   * @throws IdentityException if the file cannot be read
   */
  public static ContributorsSheet read(Path file) {
    return read(file, Schema.open());
  }

  /**
   * Reads and checks a stream, which is not closed.
   *
   * @param in the bytes of the file
   * @param sourceName names the stream in the report, such as its file name
   * @param schema the attributes and integrations the host declares
   * @return the report and, when it holds no error, the contributors
   * @throws IdentityException if the stream cannot be read
   */
  public static ContributorsSheet read(InputStream in, String sourceName, Schema schema) {
    return new ContributorsSheet(sourceName, read(in, sourceName, schema, true));
  }

  private static ContributorsReader.Result read(InputStream in, String sourceName, Schema schema, boolean collect) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    requireNonNull(schema, "schema");
    return ContributorsReader.read(in, sourceName, schema, collect);
  }

  private static ContributorsReader.Result readFile(Path file, Schema schema, boolean collect) {
    requireNonNull(schema, "schema");
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return ContributorsReader.read(in, file.toString(), schema, collect);
    } catch (IOException e) {
      throw Csv.unreadable(file.toString(), e);
    }
  }

  // ---------------------------------------------------------------- types

  /**
   * What the host keeps: the custom attributes it knows and the integrations it has configured.
   * An undeclared part accepts anything; a declared one makes other columns errors ({@link
   * CsvProblem.Code#UNKNOWN_ATTRIBUTE}, {@link CsvProblem.Code#UNKNOWN_INTEGRATION}) and lets a
   * column name an integration by its instance name, as Harness SEI does.
   *
   * <pre>{@code
   * Schema schema = Schema.builder()
   *     .attributes(List.of("Team", "Site"))
   *     .integrations(List.of(Integration.of(IntegrationType.GITHUB, "acme-github")))
   *     .build();
   * }</pre>
   */
  public static final class Schema {
    private static final Schema OPEN = new Schema(null, null);

    private final @Nullable Set<String> attributes;
    private final @Nullable Set<Integration> integrations;

    private Schema(@Nullable Set<String> attributes,
        @Nullable Set<Integration> integrations) {
      this.attributes = attributes;
      this.integrations = integrations;
    }

    /** The schema that declares nothing: any attribute, any integration type. */
    public static Schema open() {
      return OPEN;
    }

    /** Starts a schema that declares nothing yet. */
    public static Builder builder() {
      return new Builder();
    }

    /** The declared attribute names, in declaration order, if declared. */
    public Optional<Set<String>> attributes() {
      return Optional.ofNullable(attributes);
    }

    /** The declared integrations, sorted, if declared. */
    public Optional<Set<Integration>> integrations() {
      return Optional.ofNullable(integrations);
    }

    @Override
    public String toString() {
      return "Schema[attributes=" + (attributes == null ? "any" : attributes) + ", integrations="
          + (integrations == null ? "any" : integrations) + "]";
    }

    /** Builds a {@link Schema}. */
    public static final class Builder {
      private @Nullable Set<String> attributes;
      private @Nullable Set<Integration> integrations;

      private Builder() {}

      /**
       * Declares the attributes; an empty collection declares that there are none.
       *
       * @throws IllegalArgumentException if a name is blank, or two differ only in case
       */
      public Builder attributes(Collection<String> names) {
        Set<String> declared = new LinkedHashSet<>();
        Set<String> lower = new HashSet<>();
        for (String name : names) {
          String trimmed = requireNonNull(name, "name").strip();
          if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("an attribute name is blank");
          }
          if (!lower.add(trimmed.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("attribute \"" + trimmed + "\" is declared twice (names compare "
                + "ignoring case)");
          }
          declared.add(trimmed);
        }
        this.attributes = Collections.unmodifiableSet(declared);
        return this;
      }

      /** Declares the integrations; an empty collection declares that there are none. */
      public Builder integrations(Collection<Integration> declared) {
        Set<Integration> copy = new TreeSet<>();
        declared.forEach(integration -> copy.add(requireNonNull(integration, "integration")));
        this.integrations = Collections.unmodifiableSet(copy);
        return this;
      }

      /** Builds the schema. */
      public Schema build() {
        return new Schema(attributes, integrations);
      }
    }
  }

  /**
   * What an export wrote, and what it left out.
   *
   * @param contributors how many contributors were written
   * @param rows how many rows were written, after the header
   * @param omissions what was left out and why, in the order the contributors were given
   */
  public record Export(long contributors, long rows, List<Omission> omissions) {

    /** Copies. */
    public Export {
      omissions = List.copyOf(omissions);
    }

    /**
     * Contributors or records an export left out.
     *
     * @param contributor the contributor
     * @param records the records left out: all of the contributor's when it was left out whole
     * @param reason why, as a sentence fragment following the contributor's id
     */
    public record Omission(ContributorId contributor, List<RecordId> records, String reason) {

      /** Checks and copies. */
      public Omission {
        requireNonNull(contributor, "contributor");
        requireNonNull(reason, "reason");
        records = List.copyOf(records);
      }

      /** {@code c1a2b3 (records gh-1, git-2): reason}. */
      @Override
      public String toString() {
        return contributor + " (" + (records.size() == 1 ? "record " : "records ")
            + String.join(", ", records.stream().map(RecordId::value).toArray(String[]::new)) + "): " + reason;
      }
    }
  }
}
