package io.github.devidentity.cloudid;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.cloudid.CloudIdOutcome.Status;
import io.github.devidentity.cloudid.CloudIdProblem.Code;
import io.github.devidentity.cloudid.CloudIdProblem.Field;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.model.AccountRef;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.normalize.EmailAddress;
import io.github.devidentity.normalize.Emails;
import io.github.devidentity.resolve.Resolution;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Attaches uploaded accounts to the contributors that own their emails: the Java side of "upload
 * developer cloud ids", for integrations whose users cannot be fetched.
 *
 * <p>Each {@link CloudIdRow (email, integration, identity)} row says the person with the email
 * holds the account. {@link #upload} finds the one contributor of a {@link Resolution} holding the
 * email and works out what joins the account to them:
 *
 * <ul>
 *   <li>an account no record holds yet becomes a record of its own, {@link #recordId
 *       cloud:<i>account</i>}, holding the account and the email, with a {@link Decision.Merge
 *       merge} to one of the owner's records: {@link Status#ATTACHED};
 *   <li>an account the owner holds already, joined to a record of theirs holding the email by
 *       decisions, needs nothing: {@link Status#ALREADY_ATTACHED}, which makes uploading the same
 *       rows twice add nothing the second time;
 *   <li>an account the owner holds by automatic links only gets a merge, since a guard may undo
 *       such links once the owner holds more accounts of the integration: {@link
 *       Status#CONFIRMED};
 *   <li>an account held by records of another contributor moves: each such record is {@link
 *       Decision.Split split off} its contributor and merged with the owner's record, and an
 *       uploaded record of an earlier upload takes the new email: {@link Status#MOVED}.
 * </ul>
 *
 * <p>Every problem is collected, with the row and value it is about: empty values, emails that are
 * no address, unknown integrations, one account claimed for two emails, and, against the
 * resolution, an email no contributor holds (an upload never makes a new person), one held by
 * several, and an account to move whose record carries someone else's email (moving it would make
 * that email ambiguous). While any problem stands, the upload applies nothing: it gives no record
 * and no decision.
 *
 * <pre>{@code
 * Resolution resolution = resolver.resolve(records, log);
 * CloudIdUpload upload = CloudIds.upload(resolution,
 *     List.of(new CloudIdRow("ada@example.org", "jira-cloud", "5b10ac8d82e05b22cc7d4ef5")),
 *     "alice", Instant.now());
 * if (upload.hasErrors()) {
 *   upload.problems().forEach(System.err::println);
 * } else {
 *   records = upload.upsertInto(records);
 *   log = log.append(upload.decisions());
 *   upload.recordIn(trail, "cloud-ids.csv");
 * }
 * }</pre>
 */
public final class CloudIds {
  private static final String RECORD_PREFIX = "cloud:";
  private static final String NOTE = "cloud-id upload: ";

  private CloudIds() {}

  /**
   * The id of the record an upload makes for an account: {@code cloud:} and the account, such as
   * {@code cloud:jira-cloud/5b10ac8d82e05b22cc7d4ef5}. The same account always gets the same id,
   * which is what makes uploads idempotent.
   */
  public static RecordId recordId(AccountRef account) {
    return RecordId.of(RECORD_PREFIX + requireNonNull(account, "account"));
  }

  /**
   * Checks rows without a resolution: every problem {@link #upload} would find except unknown and
   * ambiguous emails. File readers use it to report bad values before anything is resolved.
   *
   * @param rows the rows, in upload order
   * @return the problems, by row, then field, then code; empty when every value is usable
   */
  public static List<CloudIdProblem> check(List<CloudIdRow> rows) {
    requireNonNull(rows, "rows");
    return CheckedRows.of(rows).problems();
  }

  /**
   * Works out the records and decisions that attach each row's account to the contributor owning
   * its email, and what happens to each row.
   *
   * @param resolution the current resolution of the host's records and decision log
   * @param rows the rows, in upload order
   * @param actor who uploads, recorded on every decision
   * @param at when, recorded on every decision
   * @return the outcome of every row; the records and decisions to apply, none while any problem
   *     stands
   * @throws IllegalArgumentException if {@code actor} is blank
   */
  public static CloudIdUpload upload(
      Resolution resolution, Collection<CloudIdRow> rows, String actor, Instant at) {
    requireNonNull(resolution, "resolution");
    requireNonNull(rows, "rows");
    requireNonNull(actor, "actor");
    requireNonNull(at, "at");
    if (actor.isBlank()) {
      throw new IllegalArgumentException("actor is blank; give the id of the person who uploads");
    }
    return new Planner(resolution, CheckedRows.of(List.copyOf(rows)), actor.trim(), at).plan();
  }

  /** Plans one upload against one resolution. */
  private static final class Planner {
    private final Resolution resolution;
    private final CheckedRows checked;
    private final String actor;
    private final Instant at;
    private final Map<String, List<Contributor>> owners = new HashMap<>();
    private final Map<AccountRef, List<IdentityRecord>> holders = new HashMap<>();
    private final ManualComponents manual;
    private final List<IdentityRecord> records = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();

    Planner(Resolution resolution, CheckedRows checked, String actor, Instant at) {
      this.resolution = resolution;
      this.checked = checked;
      this.actor = actor;
      this.at = at;
      this.manual = new ManualComponents(resolution.links());
      for (Contributor contributor : resolution.contributors()) {
        for (String email : contributor.emails()) {
          owners.computeIfAbsent(email, k -> new ArrayList<>()).add(contributor);
        }
        for (IdentityRecord record : contributor.records()) {
          record.account().ifPresent(account ->
              holders.computeIfAbsent(account, k -> new ArrayList<>()).add(record));
        }
      }
      holders.values().forEach(held -> held.sort(Comparator.comparing(IdentityRecord::id)));
    }

    CloudIdUpload plan() {
      List<CloudIdRow> rows = checked.rows();
      Contributor[] owner = new Contributor[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        EmailAddress email = checked.email(i);
        if (email != null) {
          owner[i] = owner(i, email);
        }
        AccountRef account = checked.account(i);
        if (owner[i] != null && account != null) {
          checkMove(i, account, email, owner[i]);
        }
      }
      List<CloudIdProblem> problems = checked.problems();
      Map<Integer, List<CloudIdProblem>> problemsByRow = problems.stream()
          .collect(Collectors.groupingBy(CloudIdProblem::index));
      Map<AccountRef, Integer> firstRow = new HashMap<>();
      List<CloudIdOutcome> outcomes = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        if (checked.rejected(i)) {
          String why = problemsByRow.get(i).stream().map(CloudIdProblem::message)
              .collect(Collectors.joining("; "));
          outcomes.add(new CloudIdOutcome(i, rows.get(i), Status.REJECTED, checked.account(i), null,
              List.of(), why));
        } else {
          AccountRef account = requireNonNull(checked.account(i));
          Integer first = firstRow.putIfAbsent(account, i);
          outcomes.add(first == null
              ? attach(i, account, requireNonNull(checked.email(i)), owner[i])
              : new CloudIdOutcome(i, rows.get(i), Status.REPEATED, account, owner[i].id(), List.of(),
                  "repeats an earlier row for " + account + "; nothing more to do"));
        }
      }
      boolean errors = !problems.isEmpty();
      return new CloudIdUpload(rows, outcomes, problems, errors ? List.of() : records,
          errors ? List.of() : decisions, actor, at, resolution.assignments());
    }

    /** The one contributor holding the email, or null after reporting why there is none. */
    private Contributor owner(int i, EmailAddress email) {
      List<Contributor> found = owners.getOrDefault(email.normalized(), List.of());
      if (found.isEmpty()) {
        checked.add(i, Field.EMAIL, Code.UNKNOWN_EMAIL, "no contributor holds "
            + CheckedRows.quote(email.normalized()) + "; an upload attaches accounts to people already "
            + "known and never makes a new one: correct the email, or sync the integration that has it");
        return null;
      }
      if (found.size() > 1) {
        checked.add(i, Field.EMAIL, Code.AMBIGUOUS_EMAIL, CheckedRows.quote(email.normalized())
            + " is held by " + found.size() + " contributors (" + found.stream().map(c -> c.id().toString())
                .collect(Collectors.joining(", ")) + "); merge them if they are one person, then upload again");
        return null;
      }
      return found.get(0);
    }

    /**
     * Reports a record of another contributor holding the account under someone else's email:
     * moving it would give the owner that email too and make it ambiguous, so the upload and the
     * record disagree and a person decides. A record of an earlier upload is not checked, since it
     * takes the new email.
     */
    private void checkMove(int i, AccountRef account, EmailAddress email, Contributor owner) {
      for (IdentityRecord record : holders.getOrDefault(account, List.of())) {
        if (owner.id().equals(resolution.assignments().get(record.id())) || record.id().equals(recordId(account))) {
          continue;
        }
        List<String> others = record.emails().stream().map(Emails::normalize)
            .filter(other -> other.isLinkable() && !other.normalized().equals(email.normalized()))
            .map(EmailAddress::normalized).distinct().toList();
        if (!others.isEmpty()) {
          Contributor holder = resolution.contributorOf(record.id()).orElseThrow();
          checked.add(i, Field.IDENTITY, Code.CONFLICTING_EMAIL, account + " is held by record " + record.id()
              + " of " + describe(holder) + " with the email " + String.join(", ", others) + ", not "
              + email.normalized() + "; correct the row, or the record's email at its source, or merge "
              + record.id() + " with " + describe(owner) + " by hand if the account is theirs all the same");
        }
      }
    }

    private CloudIdOutcome attach(int i, AccountRef account, EmailAddress email, Contributor owner) {
      CloudIdRow row = checked.rows().get(i);
      List<IdentityRecord> held = holders.getOrDefault(account, List.of());
      RecordId target = target(owner, email);
      String note = NOTE + email.normalized() + " holds " + account;
      if (held.isEmpty()) {
        IdentityRecord uploaded = uploaded(account, email);
        records.add(uploaded);
        decisions.add(new Decision.Merge(uploaded.id(), target, actor, at, note));
        return new CloudIdOutcome(i, row, Status.ATTACHED, account, owner.id(), List.of(),
            "attaches " + account + " to " + describe(owner) + " as record " + uploaded.id());
      }
      List<IdentityRecord> elsewhere = new ArrayList<>();
      List<IdentityRecord> loose = new ArrayList<>();
      Set<ContributorId> previous = new TreeSet<>();
      for (IdentityRecord record : held) {
        ContributorId holder = resolution.assignments().get(record.id());
        if (!owner.id().equals(holder)) {
          elsewhere.add(record);
          previous.add(holder);
        } else if (!pinned(record, owner, email)) {
          loose.add(record);
        }
      }
      for (IdentityRecord record : elsewhere) {
        if (record.id().equals(recordId(account)) && !record.emails().equals(List.of(email.normalized()))) {
          // An earlier upload gave the account to someone else: its record takes the new email.
          records.add(uploaded(account, email));
        }
        decisions.add(new Decision.Split(record.id(), actor, at, note + ", not by its earlier contributor"));
        decisions.add(new Decision.Merge(record.id(), target, actor, at, note));
      }
      for (IdentityRecord record : loose) {
        if (!record.id().equals(target)) {
          decisions.add(new Decision.Merge(record.id(), target, actor, at, note));
        }
      }
      if (!elsewhere.isEmpty()) {
        String from = previous.stream().map(id -> describe(resolution.contributor(id).orElseThrow()))
            .collect(Collectors.joining(", "));
        return new CloudIdOutcome(i, row, Status.MOVED, account, owner.id(), List.copyOf(previous),
            "moves " + account + " from " + from + " to " + describe(owner) + ": " + records(elsewhere) + " held it");
      }
      if (!loose.isEmpty()) {
        return new CloudIdOutcome(i, row, Status.CONFIRMED, account, owner.id(), List.of(),
            describe(owner) + " holds " + account + " by automatic links only; a merge of " + records(loose)
                + " keeps it there");
      }
      return new CloudIdOutcome(i, row, Status.ALREADY_ATTACHED, account, owner.id(), List.of(),
          describe(owner) + " holds " + account + " already; nothing to do");
    }

    /**
     * Whether decisions hold a record of the owner with them: it is joined by manual links to a
     * record of the owner holding the email. Automatic links are not enough, since the upload's own
     * merges can make a guard undo them (two accounts of one integration in one contributor).
     */
    private boolean pinned(IdentityRecord record, Contributor owner, EmailAddress email) {
      RecordId component = manual.find(record.id());
      return owner.records().stream()
          .anyMatch(other -> holdsEmail(other, email) && manual.find(other.id()).equals(component));
    }

    private static String records(List<IdentityRecord> records) {
      return (records.size() == 1 ? "record " : "records ")
          + records.stream().map(record -> record.id().toString()).collect(Collectors.joining(", "));
    }

    /**
     * The owner's record the account joins: one holding the email, preferring the host's own
     * records over uploaded ones, then the smallest id.
     */
    private static RecordId target(Contributor owner, EmailAddress email) {
      Comparator<IdentityRecord> order = Comparator
          .comparing((IdentityRecord record) -> record.id().value().startsWith(RECORD_PREFIX))
          .thenComparing(IdentityRecord::id);
      return owner.records().stream()
          .filter(record -> holdsEmail(record, email))
          .min(order)
          // The email came from a display name ("Ada <ada@example.org>"): any record of the owner.
          .orElseGet(() -> owner.records().stream().min(order).orElseThrow())
          .id();
    }

    private static boolean holdsEmail(IdentityRecord record, EmailAddress email) {
      return record.emails().stream().anyMatch(text -> Emails.normalize(text).normalized().equals(email.normalized()));
    }

    private static IdentityRecord uploaded(AccountRef account, EmailAddress email) {
      return IdentityRecord.builder(recordId(account), account.integration())
          .accountId(account.accountId())
          .email(email.normalized())
          .build();
    }

    private static String describe(Contributor contributor) {
      return contributor.id() + (contributor.displayName().isEmpty() ? "" : " (" + contributor.displayName() + ")");
    }
  }
}
