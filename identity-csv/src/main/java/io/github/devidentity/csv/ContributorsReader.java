package io.github.devidentity.csv;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.csv.CsvProblem.Code;
import io.github.devidentity.model.AccountRef;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.normalize.EmailAddress;
import io.github.devidentity.normalize.Emails;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads one contributors CSV, checking every row as it streams by, keeping only what the checks
 * need (each email's first row and each account's claimant) and, when asked, the folded entries.
 */
final class ContributorsReader implements CsvTokenizer.Problems {
  private static final String EMAIL_EXAMPLE = "ada@example.org";

  private final String source;
  private final ContributorsCsv.Schema schema;
  private final boolean collect;
  private final CsvReport.Builder report;
  private final List<Column> columns = new ArrayList<>();
  private int nameColumn = -1;
  private int emailColumn = -1;
  private char delimiter = ',';
  private long headerLine;
  private final Map<String, Person> people = new LinkedHashMap<>();
  /** Per integration column, who claims each account: the first person to list it. */
  private final Map<Integer, Map<String, Person>> claims = new HashMap<>();
  private long rows;
  /** The 0-based columns of the row being read that hold malformed text, whose values are not checked. */
  private final Set<Integer> broken = new HashSet<>();

  private ContributorsReader(String source, ContributorsCsv.Schema schema, boolean collect) {
    this.source = source;
    this.schema = schema;
    this.collect = collect;
    this.report = CsvReport.builder(source);
  }

  /** What one reading found. */
  static final class Result {
    final CsvReport report;
    final List<ContributorEntry> entries;
    final Set<String> attributeColumns;
    final long rows;

    Result(CsvReport report, List<ContributorEntry> entries, Set<String> attributeColumns, long rows) {
      this.report = report;
      this.entries = entries;
      this.attributeColumns = attributeColumns;
      this.rows = rows;
    }
  }

  /**
   * Reads a whole stream, which is not closed.
   *
   * @param collect whether to keep the entries; without, only the report is made
   */
  static Result read(InputStream in, String source, ContributorsCsv.Schema schema, boolean collect) {
    ContributorsReader reader = new ContributorsReader(source, schema, collect);
    try {
      reader.readAll(in);
    } catch (IOException e) {
      throw Csv.unreadable(source, e);
    }
    return reader.result();
  }

  private void readAll(InputStream in) throws IOException {
    CsvTokenizer tokenizer = CsvTokenizer.open(DecodedInput.open(in), this);
    delimiter = tokenizer.delimiter();
    Row header = tokenizer.next(source);
    if (header == null) {
      report.add(CsvProblem.error(Code.EMPTY_CSV, 0, 0, "", "",
          "the file is empty; expected a header row such as " + ContributorsCsv.SAMPLE_HEADER));
      return;
    }
    header(header);
    for (Row row = tokenizer.next(source); row != null; row = tokenizer.next(source)) {
      row(row);
    }
    if (rows == 0) {
      report.add(CsvProblem.error(Code.EMPTY_CSV, headerLine, 0, "", "",
          "the file has a header but no contributors; add a row per account, such as "
              + ContributorsCsv.SAMPLE_ROW));
    }
  }

  private Result result() {
    List<ContributorEntry> entries = new ArrayList<>();
    Set<String> attributes = new TreeSet<>();
    for (Column column : columns) {
      if (column.kind == Kind.ATTRIBUTE) {
        attributes.add(column.name);
      }
    }
    if (collect && !report.hasErrors()) {
      for (Person person : people.values()) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
          String value = person.attributes == null ? null : person.attributes[i];
          if (value != null) {
            values.put(columns.get(i).name, value);
          }
        }
        entries.add(new ContributorEntry(person.line, person.name, person.email, values, person.accounts));
      }
    }
    return new Result(report.build(), List.copyOf(entries), Set.copyOf(attributes), rows);
  }

  @Override
  public void malformed(long line, int column, String value, String message) {
    broken.add(column - 1);
    report.add(CsvProblem.error(Code.INVALID_CSV, line, column, field(column - 1), value, message));
  }

  private String field(int index) {
    return index >= 0 && index < columns.size() ? columns.get(index).header : "";
  }

  // ---------------------------------------------------------------- header

  private enum Kind { NAME, EMAIL, ATTRIBUTE, INTEGRATION, BLANK, IGNORED }

  /** What one header cell names. */
  private static final class Column {
    final Kind kind;
    /** The header cell as written, trimmed, for messages. */
    final String header;
    /** The attribute's name, or the integration as written. */
    final String name;
    final @Nullable Integration integration;
    /** For a blank column: whether its first value was reported already. */
    boolean reported;

    Column(Kind kind, String header, String name, @Nullable Integration integration) {
      this.kind = kind;
      this.header = header;
      this.name = name;
      this.integration = integration;
    }
  }

  private void header(Row row) {
    headerLine = row.line();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < row.width(); i++) {
      String text = FormulaGuard.restore(row.cell(i));
      Column column = broken.contains(i) ? new Column(Kind.IGNORED, text, text, null) : column(row.line(), i + 1, text);
      if (column.kind != Kind.BLANK && column.kind != Kind.IGNORED) {
        String identity = column.kind == Kind.INTEGRATION ? "integration " + column.integration
            : column.kind == Kind.ATTRIBUTE ? "attribute " + column.name.toLowerCase(Locale.ROOT)
            : column.kind.name();
        Integer first = seen.putIfAbsent(identity, i);
        if (first != null) {
          report.add(CsvProblem.error(Code.DUPLICATE_COLUMN, row.line(), i + 1, text, text,
              "\"" + text + "\" names the same column as column " + (first + 1) + " (\"" + columns.get(first).header
                  + "\"); keep one of them"));
          column = new Column(Kind.IGNORED, text, text, null);
        }
      }
      if (column.kind == Kind.NAME) {
        nameColumn = i;
      } else if (column.kind == Kind.EMAIL) {
        emailColumn = i;
      }
      columns.add(column);
    }
    broken.clear();
    if (nameColumn < 0) {
      missing(row, ContributorsCsv.FULL_NAME);
    }
    if (emailColumn < 0) {
      missing(row, ContributorsCsv.EMAIL);
    }
  }

  private void missing(Row row, String name) {
    List<String> found = new ArrayList<>();
    row.cells().forEach(cell -> found.add('"' + cell.strip() + '"'));
    report.add(CsvProblem.error(Code.REQUIRED_COLUMN_MISSING, row.line(), 0, name, "",
        "the header has no " + name + " column; expected a header such as " + ContributorsCsv.SAMPLE_HEADER
            + "; found " + String.join(", ", found)));
  }

  private Column column(long line, int number, String text) {
    if (text.isEmpty()) {
      return new Column(Kind.BLANK, "", "", null);
    }
    String squashed = text.toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "").replace("-", "");
    if (squashed.equals("fullname")) {
      return new Column(Kind.NAME, text, text, null);
    }
    if (squashed.equals("email")) {
      return new Column(Kind.EMAIL, text, text, null);
    }
    if (text.regionMatches(true, 0, ContributorsCsv.INTEGRATION, 0, ContributorsCsv.INTEGRATION.length())) {
      String name = text.substring(ContributorsCsv.INTEGRATION.length()).strip();
      Optional<Integration> integration = integration(name);
      if (integration.isPresent()) {
        return new Column(Kind.INTEGRATION, text, name, integration.get());
      }
      report.add(CsvProblem.error(Code.UNKNOWN_INTEGRATION, line, number, text, name,
          (name.isEmpty() ? "names no integration" : "\"" + name + "\" is not a known integration")
              + "; expected one of " + knownIntegrations()));
      return new Column(Kind.IGNORED, text, name, null);
    }
    Optional<Set<String>> declared = schema.attributes();
    if (declared.isPresent()) {
      for (String attribute : declared.get()) {
        if (attribute.equalsIgnoreCase(text)) {
          return new Column(Kind.ATTRIBUTE, text, attribute, null);
        }
      }
      report.add(CsvProblem.error(Code.UNKNOWN_ATTRIBUTE, line, number, text, text,
          "\"" + text + "\" is not an attribute this host keeps; expected "
              + (declared.get().isEmpty() ? "no attribute columns" : "one of " + String.join(", ", declared.get()))
              + ", " + ContributorsCsv.FULL_NAME + ", " + ContributorsCsv.EMAIL + " or \""
              + ContributorsCsv.INTEGRATION + " <name>\" columns"));
      return new Column(Kind.IGNORED, text, text, null);
    }
    return new Column(Kind.ATTRIBUTE, text, text, null);
  }

  /** The integration a column names: a declared instance by name, else {@code type[:instance]}. */
  private Optional<Integration> integration(String name) {
    Optional<Set<Integration>> declared = schema.integrations();
    if (declared.isPresent()) {
      for (Integration integration : declared.get()) {
        if (integration.instance().equalsIgnoreCase(name) || integration.toString().equalsIgnoreCase(name)) {
          return Optional.of(integration);
        }
      }
    }
    try {
      Integration parsed = Integration.parse(name);
      return declared.isEmpty() || declared.get().contains(parsed) ? Optional.of(parsed) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private String knownIntegrations() {
    Optional<Set<Integration>> declared = schema.integrations();
    if (declared.isPresent()) {
      List<String> names = new ArrayList<>();
      declared.get().forEach(integration -> names.add(integration.toString()));
      return names.isEmpty() ? "none (this host declares no integration)" : String.join(", ", names);
    }
    return IntegrationType.knownNames() + ", each optionally followed by \":instance\"";
  }

  // ---------------------------------------------------------------- rows

  /** The first row of an email: the person it names, and what later rows must agree with. */
  private static final class Person {
    final String email;
    final long line;
    final String name;
    /** Attribute values by column index, null for none; null until a row gives one. */
    String @Nullable [] attributes;
    /** The accounts claimed, when entries are collected. */
    final @Nullable Set<AccountRef> accounts;

    Person(String email, long line, String name, String @Nullable [] attributes, boolean collect) {
      this.email = email;
      this.line = line;
      this.name = name;
      this.attributes = attributes;
      this.accounts = collect ? new TreeSet<>() : null;
    }
  }

  /** Whether two names are one, ignoring case and how many spaces separate the words. */
  private static boolean sameName(String a, String b) {
    return a.equals(b) || nameKey(a).equals(nameKey(b));
  }

  /** A name in lower case with single spaces between its words. */
  private static String nameKey(String name) {
    StringBuilder key = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isWhitespace(c)) {
        key.append(Character.toLowerCase(c));
      } else if (key.length() > 0 && key.charAt(key.length() - 1) != ' ') {
        key.append(' ');
      }
    }
    return key.toString().strip();
  }

  private void row(Row row) {
    if (isBlank(row)) {
      broken.clear();
      return;
    }
    rows++;
    // Cells past the header mean shifted columns: every check after would only repeat that.
    if (!fitsHeader(row)) {
      broken.clear();
      return;
    }
    String name = value(row, nameColumn);
    String rawEmail = value(row, emailColumn);
    boolean complete = nameColumn >= 0 && emailColumn >= 0 && !broken.contains(nameColumn)
        && !broken.contains(emailColumn);
    if (nameColumn >= 0 && name.isEmpty() && !broken.contains(nameColumn)) {
      report.add(CsvProblem.error(Code.REQUIRED_VALUE_MISSING, row.line(), nameColumn + 1, field(nameColumn), "",
          "the row has no name; every contributor needs a " + ContributorsCsv.FULL_NAME));
      complete = false;
    }
    String email = null;
    if (emailColumn < 0 || broken.contains(emailColumn)) {
      complete = false;
    } else if (rawEmail.isEmpty()) {
      report.add(CsvProblem.error(Code.REQUIRED_VALUE_MISSING, row.line(), emailColumn + 1, field(emailColumn), "",
          "the row has no email; every contributor needs the " + ContributorsCsv.EMAIL + " that identifies them"));
      complete = false;
    } else {
      email = email(row, emailColumn, rawEmail);
      complete &= email != null;
    }
    String[] attributes = attributes(row);
    Person person = complete ? person(row, name, email, attributes) : null;
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).kind == Kind.INTEGRATION && !broken.contains(i)) {
        account(row, i, person);
      }
    }
    broken.clear();
  }

  private static boolean isBlank(Row row) {
    for (String cell : row.cells()) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Whether the row's cells fit under the header; reports the first one that does not. */
  private boolean fitsHeader(Row row) {
    for (int i = columns.size(); i < row.width(); i++) {
      if (!row.cell(i).isBlank()) {
        report.add(CsvProblem.error(Code.INVALID_CSV, row.line(), i + 1, "", row.cell(i),
            "\"" + row.cell(i).strip() + "\" is beyond the last column the header names (" + columns.size()
                + "); quote cells that hold a '" + delimiter + "', or name the column in the header"));
        return false;
      }
    }
    return true;
  }

  /** A cell's value, restored from formula guarding and trimmed; a trim is reported. */
  private String value(Row row, int index) {
    if (index < 0) {
      return "";
    }
    String cell = row.cell(index);
    String value = FormulaGuard.restore(cell);
    if (!FormulaGuard.isGuarded(cell) && value.length() != cell.length() && !broken.contains(index)) {
      report.add(CsvProblem.warning(Code.SPACES_TRIMMED, row.line(), index + 1, field(index), cell,
          value.isEmpty() ? "holds only spaces, read as empty" : "spaces around \"" + value + "\" were removed"));
    }
    return value;
  }

  private @Nullable String email(Row row, int index, String value) {
    EmailAddress address = Emails.normalize(value);
    if (address.status() == EmailAddress.Status.INVALID) {
      report.add(CsvProblem.error(Code.INVALID_EMAIL, row.line(), index + 1, field(index), value,
          "\"" + value + "\" is not an email address; expected one such as " + EMAIL_EXAMPLE));
      return null;
    }
    if (address.status() == EmailAddress.Status.PLACEHOLDER) {
      report.add(CsvProblem.error(Code.INVALID_EMAIL, row.line(), index + 1, field(index), value,
          "\"" + value + "\" is a placeholder address that many people's records carry, not one person's; "
              + "give the person's own address"));
      return null;
    }
    return address.normalized();
  }

  private String @Nullable [] attributes(Row row) {
    String[] values = null;
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      if (column.kind == Kind.ATTRIBUTE && !broken.contains(i)) {
        String value = value(row, i);
        if (!value.isEmpty()) {
          if (values == null) {
            values = new String[columns.size()];
          }
          values[i] = value;
        }
      } else if (column.kind == Kind.BLANK && !column.reported && !row.cell(i).isBlank()) {
        column.reported = true;
        report.add(CsvProblem.error(Code.BLANK_COLUMN_NAME, row.line(), i + 1, "", row.cell(i),
            "column " + (i + 1) + " has no name in the header on line " + headerLine + " but holds \""
                + row.cell(i).strip() + "\"; name the column, or clear it"));
      }
    }
    return values;
  }

  /** The person a complete row folds into: its email's first row, or this one. */
  private @Nullable Person person(Row row, String name, String email, String @Nullable [] attributes) {
    Person first = people.get(email);
    if (first == null) {
      Person person = new Person(email, row.line(), name, attributes, collect);
      people.put(email, person);
      return person;
    }
    if (!sameName(first.name, name)) {
      report.add(CsvProblem.error(Code.DUPLICATE_EMAIL, row.line(), emailColumn + 1, field(emailColumn), email,
          email + " is already the email of \"" + first.name + "\" on line " + first.line + ", not of \"" + name
              + "\"; rows with one email are one person: give each person their own email, or the same name "
              + "to list another account of theirs"));
      return null;
    }
    if (attributes != null) {
      for (int i = 0; i < attributes.length; i++) {
        if (attributes[i] == null) {
          continue;
        }
        if (first.attributes == null) {
          first.attributes = new String[attributes.length];
        }
        String earlier = first.attributes[i];
        if (earlier == null) {
          first.attributes[i] = attributes[i];
        } else if (earlier != null && !earlier.equals(attributes[i])) {
          report.add(CsvProblem.error(Code.CONFLICTING_VALUE, row.line(), i + 1, field(i), attributes[i],
              "\"" + attributes[i] + "\" differs from \"" + earlier + "\" on line " + first.line + " for " + email
                  + "; the rows of one person need one value, or an empty cell"));
        }
      }
    }
    return first;
  }

  private void account(Row row, int index, @Nullable Person person) {
    String value = value(row, index);
    if (value.isEmpty()) {
      return;
    }
    Column column = columns.get(index);
    Integration integration = requireNonNull(column.integration, "integration");
    String key = value;
    if (!integration.type().hasAccountIds()) {
      EmailAddress address = Emails.normalize(value);
      if (!address.isLinkable()) {
        report.add(CsvProblem.error(Code.INVALID_EMAIL, row.line(), index + 1, column.header, value,
            "\"" + value + "\" is not " + (address.status() == EmailAddress.Status.INVALID ? "an email address"
                : "one person's address but a placeholder many records carry")
                + "; " + integration + " has no account ids, so its column holds the address a person's "
                + integration.type().displayName() + " identities carry, such as " + EMAIL_EXAMPLE));
        return;
      }
      key = address.normalized();
    }
    if (person == null) {
      return;
    }
    Map<String, Person> claimed = claims.computeIfAbsent(index, i -> new HashMap<>());
    // A git address is mostly the person's own email: share the string rather than hold it twice.
    Person claimant = claimed.putIfAbsent(key.equals(person.email) ? person.email : key, person);
    if (claimant == null) {
      if (person.accounts != null) {
        person.accounts.add(AccountRef.of(integration, key));
      }
    } else if (claimant == person) {
      report.add(CsvProblem.warning(Code.ACCOUNT_CLAIMED_TWICE, row.line(), index + 1, column.header, value,
          describe(integration, key) + " is already listed for " + person.email + ", whose rows start on line "
              + person.line + "; it is kept once"));
    } else {
      report.add(CsvProblem.error(Code.ACCOUNT_CLAIMED_TWICE, row.line(), index + 1, column.header, value,
          describe(integration, key) + " is already claimed by " + claimant.email + ", whose rows start on line "
              + claimant.line + "; an account belongs to one person: keep it on one of the rows"));
    }
  }

  /** {@code github account "1815"}, or {@code git address "ada@example.org"}. */
  private static String describe(Integration integration, String key) {
    return integration + (integration.type().hasAccountIds() ? " account \"" : " address \"") + key + '"';
  }
}
