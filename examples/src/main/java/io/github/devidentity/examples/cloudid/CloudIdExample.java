package io.github.devidentity.examples.cloudid;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.devidentity.audit.AuditEvent;
import io.github.devidentity.audit.AuditTrail;
import io.github.devidentity.cloudid.CloudIdOutcome;
import io.github.devidentity.cloudid.CloudIdUpload;
import io.github.devidentity.cloudid.CloudIds;
import io.github.devidentity.csv.CloudIdFile;
import io.github.devidentity.csv.CloudIdsCsv;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.io.PrintStream;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Uploads Jira cloud ids, which the host cannot fetch, for people it knows from git and GitHub:
 * the first file has a typo and is refused whole with a report of every problem; the corrected
 * file attaches each account to the contributor owning the email; the upload goes into the audit
 * trail with its decisions; and uploading the same file again adds nothing.
 *
 * <pre>{@code
 * java -cp identity-examples.jar io.github.devidentity.examples.cloudid.CloudIdExample
 * }</pre>
 */
public final class CloudIdExample {
  /** Fixed times, so the output is the same on every run. */
  static final Instant MONDAY = Instant.parse("2026-10-05T09:00:00Z");
  static final Instant TUESDAY = Instant.parse("2026-10-06T09:00:00Z");

  /** The file as first sent: a typo in Grace's email, and an integration that does not exist. */
  static final String FIRST_FILE = String.join("\n",
      "email,integration,identity",
      "ada@example.org,jira-cloud,5b10ac8d82e05b22cc7d4ef5",
      "grace@exmaple.org,jira-cloud,6a7f11e0c4c2a10068d1e3b2",
      "ada@example.org,github,1815",
      "alan@example.org,jira,70121:8e2f",
      "");

  /** The file corrected. */
  static final String FIXED_FILE = String.join("\n",
      "email,integration,identity",
      "ada@example.org,jira-cloud,5b10ac8d82e05b22cc7d4ef5",
      "grace@example.org,jira-cloud,6a7f11e0c4c2a10068d1e3b2",
      "ada@example.org,github,1815",
      "alan@example.org,jira-cloud,70121:8e2f",
      "");

  private CloudIdExample() {}

  /**
   * Runs the example, printing to stdout.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, UTF_8));
  }

  static void run(PrintStream out) {
    List<IdentityRecord> records = List.of(
        record("git-ada", IntegrationType.GIT, null, "Ada Lovelace", "ada@example.org"),
        record("gh-ada", IntegrationType.GITHUB, "1815", "Ada Lovelace", "ada@example.org"),
        record("git-grace", IntegrationType.GIT, null, "Grace Hopper", "grace@example.org"),
        record("git-alan", IntegrationType.GIT, null, "Alan Turing", "alan@example.org"));
    DecisionLog log = DecisionLog.empty();
    Resolver resolver = Resolver.create();
    Resolution before = resolver.resolve(records, log);
    AuditTrail trail = AuditTrail.create();
    trail.recordResolution(before, MONDAY);

    out.println("1. The first file is refused whole: every problem, with its line and column.");
    CloudIdFile first = CloudIdsCsv.read(new StringReader(FIRST_FILE), "cloud-ids.csv");
    CloudIdUpload refused = CloudIds.upload(before, first.rows(), "alice", TUESDAY);
    print(out, first, refused);
    first.report(refused).problems().forEach(problem -> out.println("     " + problem));
    out.println("   applied: " + refused.decisions().size() + " decisions, " + refused.records().size() + " records");

    out.println("2. The corrected file attaches each account to the owner of its email.");
    CloudIdFile fixed = CloudIdsCsv.read(new StringReader(FIXED_FILE), "cloud-ids.csv");
    CloudIdUpload upload = CloudIds.upload(before, fixed.rows(), "alice", TUESDAY);
    print(out, fixed, upload);
    upload.decisions().forEach(decision -> out.println("     decision: " + decision.describe()));
    List<IdentityRecord> applied = upload.upsertInto(records);
    log = log.append(upload.decisions());

    out.println("3. The audit trail records the upload with its decisions, then what the resolution changed.");
    AuditEvent event = upload.recordIn(trail, "cloud-ids.csv");
    out.println("     " + event);
    Resolution after = resolver.resolve(applied, log, before.assignments());
    List<AuditEvent> automatic = trail.recordResolution(before, after, TUESDAY);
    out.println("   the next resolution adds " + automatic.size() + " automatic events: the upload's decisions made "
        + "its links; the trail's decision log holds " + trail.decisions().size() + " decisions");

    out.println("4. Each contributor holds their accounts.");
    for (Contributor contributor : after.contributors()) {
      out.println("     " + contributor.displayName() + ": " + contributor.accounts());
    }

    out.println("5. Uploading the same file again adds nothing.");
    CloudIdUpload again = CloudIds.upload(after, fixed.rows(), "alice", TUESDAY);
    out.println("     " + again.summary() + "; " + again.decisions().size() + " decisions, "
        + again.records().size() + " records");
  }

  private static void print(PrintStream out, CloudIdFile file, CloudIdUpload upload) {
    out.println("   " + upload.summary());
    for (CloudIdOutcome outcome : upload.outcomes()) {
      out.println("     line " + file.line(outcome.index()) + ": " + outcome);
    }
  }

  private static IdentityRecord record(
      String id, IntegrationType type, @Nullable String accountId, String name, String email) {
    return IdentityRecord.builder(RecordId.of(id), Integration.of(type))
        .accountId(accountId).displayName(name).email(email).build();
  }
}
