package io.github.devidentity.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.devidentity.cloudid.CloudIdOutcome;
import io.github.devidentity.cloudid.CloudIdUpload;
import io.github.devidentity.cloudid.CloudIds;
import io.github.devidentity.csv.CloudIdFile;
import io.github.devidentity.csv.CloudIdsCsv;
import io.github.devidentity.csv.CloudIdsJson;
import io.github.devidentity.csv.CsvDecisionStore;
import io.github.devidentity.csv.IdentityRecordsCsv;
import io.github.devidentity.csv.ValidationProblem;
import io.github.devidentity.csv.ValidationReport;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.resolve.Resolver;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code cloud-ids}: uploads (email, integration, identity) rows from a CSV or JSON file, which
 * attach accounts to the contributors owning the emails; prints each row's outcome and every
 * problem, and unless told otherwise stores the decisions and the records that apply them.
 */
final class CloudIdsCommand implements Command {
  static final String CSV = "--csv";
  static final String JSON = "--json";
  static final String INPUT = "--input";
  static final String DECISIONS = "--decisions";
  static final String RECORDS_OUT = "--records-out";
  static final String ACTOR = "--actor";
  static final String DRY_RUN = "--dry-run";
  static final String JSON_REPORT = "--json-report";
  static final String DEFAULT_ACTOR = "cloud-ids";

  @Override
  public String name() {
    return "cloud-ids";
  }

  @Override
  public String summary() {
    return "attach uploaded accounts (email, integration, identity) to their owners";
  }

  @Override
  public String usage() {
    return "usage: " + Main.PROGRAM + " cloud-ids (" + CSV + " FILE | " + JSON + " FILE) " + INPUT + " RECORDS\n"
        + "         (" + DECISIONS + " LOG " + RECORDS_OUT + " FILE | " + DRY_RUN + " [" + DECISIONS + " LOG])\n"
        + "         [" + ACTOR + " NAME] [" + JSON_REPORT + "]\n\n"
        + "Uploads cloud ids for integrations whose users cannot be fetched: each row says the person\n"
        + "with the email holds the account identity in the integration (such as jira-cloud, or\n"
        + "github:acme for a named instance). Resolves RECORDS, replaying LOG, and attaches each account\n"
        + "to the one contributor holding the email; an email nobody or several hold is an error, never\n"
        + "a new person. Prints each row's outcome (ATTACHED, ALREADY_ATTACHED, CONFIRMED, MOVED,\n"
        + "REPEATED or REJECTED) to stdout and every problem to stderr, one line each: line, column,\n"
        + "code, message. While any error stands nothing is written and the exit code is 1. Uploading\n"
        + "the same file again adds nothing.\n\n"
        + "options:\n"
        + "  " + CSV + " FILE          the rows as CSV, header email,integration,identity (comma, ; or tab)\n"
        + "  " + JSON + " FILE         the rows as a JSON array of {\"email\", \"integration\", \"identity\"}\n"
        + "  " + INPUT + " RECORDS     the identity-records CSV whose contributors own the emails\n"
        + "  " + DECISIONS + " LOG     the decision log (CSV): replayed while resolving; the upload's merges\n"
        + "                      and splits are appended to it (created if missing)\n"
        + "  " + RECORDS_OUT + " FILE  where to write RECORDS with one record per attached account,\n"
        + "                      cloud:<integration>/<identity>, added or replaced; resolve it with LOG\n"
        + "                      from then on. May be RECORDS itself, which is then rewritten (columns\n"
        + "                      the records format does not know are not kept)\n"
        + "  " + DRY_RUN + "           check and print the outcomes; write nothing\n"
        + "  " + ACTOR + " NAME        who uploads, recorded on each decision; default " + DEFAULT_ACTOR + "\n"
        + "  " + JSON_REPORT + "       print the outcomes and the report as one JSON object on stdout";
  }

  @Override
  public Set<String> valueFlags() {
    return Set.of(CSV, JSON, INPUT, DECISIONS, RECORDS_OUT, ACTOR);
  }

  @Override
  public Set<String> booleanFlags() {
    return Set.of(DRY_RUN, JSON_REPORT);
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) {
    if (args.value(CSV).isPresent() == args.value(JSON).isPresent()) {
      throw new UsageException("cloud-ids: give the rows as " + CSV + " FILE or as " + JSON + " FILE, one of them");
    }
    boolean dryRun = args.has(DRY_RUN);
    if (!dryRun && (args.value(DECISIONS).isEmpty() || args.value(RECORDS_OUT).isEmpty())) {
      throw new UsageException("cloud-ids: give " + DECISIONS + " LOG and " + RECORDS_OUT
          + " FILE to store the upload, or " + DRY_RUN + " to only check it");
    }
    if (dryRun && args.value(RECORDS_OUT).isPresent()) {
      throw new UsageException("cloud-ids: " + DRY_RUN + " writes nothing; leave out " + RECORDS_OUT);
    }
    String actor = args.value(ACTOR).orElse(DEFAULT_ACTOR);
    if (actor.isBlank()) {
      throw new UsageException("cloud-ids: " + ACTOR + " is blank; give the id of the person who uploads");
    }
    CloudIdFile file = args.value(CSV).isPresent()
        ? CloudIdsCsv.read(args.existingFile(CSV))
        : CloudIdsJson.read(args.existingFile(JSON));
    Path input = args.existingFile(INPUT);
    Optional<CsvDecisionStore> store = args.value(DECISIONS).map(value -> CsvDecisionStore.at(path(DECISIONS, value)));
    List<IdentityRecord> records = IdentityRecordsCsv.read(input);
    DecisionLog log = store.map(CsvDecisionStore::load).orElse(DecisionLog.empty());
    CloudIdUpload upload = CloudIds.upload(Resolver.create().resolve(records, log, Map.of()), file.rows(), actor,
        Instant.now());
    ValidationReport report = file.report(upload);
    boolean apply = !report.hasErrors() && !dryRun;
    String written = "";
    if (apply) {
      written = store(upload, records, input, path(RECORDS_OUT, args.value(RECORDS_OUT).orElseThrow()), store.orElseThrow());
    }
    if (args.has(JSON_REPORT)) {
      out.print(json(file, upload, report, dryRun, apply));
    } else {
      printText(file, upload, report, dryRun, written, out, err);
    }
    return report.hasErrors() ? Main.BAD_INPUT : Main.OK;
  }

  /** Appends the decisions and writes the records; says what it wrote. */
  private static String store(CloudIdUpload upload, List<IdentityRecord> records, Path input, Path recordsOut,
      CsvDecisionStore store) {
    store.append(upload.decisions());
    String decisions = "appended " + count(upload.decisions().size(), "decision") + " to " + store.file();
    if (upload.records().isEmpty() && sameFile(input, recordsOut)) {
      return decisions + "; " + recordsOut + " is unchanged";
    }
    List<IdentityRecord> all = upload.upsertInto(records);
    IdentityRecordsCsv.write(all, recordsOut);
    int added = all.size() - records.size();
    return decisions + "; wrote " + count(all.size(), "record") + " to " + recordsOut + " (" + added + " added, "
        + (upload.records().size() - added) + " replaced)";
  }

  private static void printText(CloudIdFile file, CloudIdUpload upload, ValidationReport report, boolean dryRun,
      String written, PrintStream out, PrintStream err) {
    for (CloudIdOutcome outcome : upload.outcomes()) {
      out.println("line " + file.line(outcome.index()) + ": " + outcome);
    }
    out.println(upload.summary());
    err.print(report);
    if (report.hasErrors()) {
      err.println("error: " + file.source() + " has " + count(report.errors().size(), "error")
          + "; nothing was written");
    } else if (dryRun) {
      out.println("dry run: " + count(upload.decisions().size(), "decision") + " and "
          + count(upload.records().size(), "record") + " not written");
    } else {
      out.println(written);
    }
  }

  private static String json(CloudIdFile file, CloudIdUpload upload, ValidationReport report, boolean dryRun,
      boolean applied) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeStringField("source", file.source());
      json.writeBooleanField("dryRun", dryRun);
      json.writeBooleanField("applied", applied);
      json.writeStringField("summary", upload.summary());
      json.writeNumberField("decisions", upload.decisions().size());
      json.writeNumberField("records", upload.records().size());
      json.writeArrayFieldStart("outcomes");
      for (CloudIdOutcome outcome : upload.outcomes()) {
        json.writeStartObject();
        json.writeNumberField("line", file.line(outcome.index()));
        json.writeStringField("status", outcome.status().name());
        json.writeStringField("email", outcome.row().email());
        json.writeStringField("integration", outcome.row().integration());
        json.writeStringField("identity", outcome.row().identity());
        json.writeStringField("account", outcome.account().map(Object::toString).orElse(null));
        json.writeStringField("contributor", outcome.contributor().map(ContributorId::value).orElse(null));
        json.writeArrayFieldStart("previous");
        for (ContributorId previous : outcome.previous()) {
          json.writeString(previous.value());
        }
        json.writeEndArray();
        json.writeStringField("message", outcome.message());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeNumberField("errors", report.errors().size());
      json.writeNumberField("warnings", report.warnings().size());
      json.writeArrayFieldStart("problems");
      for (ValidationProblem problem : report.problems()) {
        json.writeStartObject();
        json.writeNumberField("line", problem.line());
        json.writeNumberField("column", problem.column());
        json.writeStringField("severity", problem.severity().name().toLowerCase(Locale.ROOT));
        json.writeStringField("code", problem.code().name());
        json.writeStringField("field", problem.field());
        json.writeStringField("value", problem.value());
        json.writeStringField("message", problem.message());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      // A StringWriter never fails; the signature is the generator's.
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  private static Path path(String flag, String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new UsageException("cloud-ids: " + flag + " \"" + value + "\" is not a valid path: " + e.getReason());
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
