package io.github.devidentity.cloudid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.devidentity.audit.AuditEvent;
import io.github.devidentity.audit.AuditTrail;
import io.github.devidentity.cloudid.CloudIdOutcome.Status;
import io.github.devidentity.cloudid.CloudIdProblem.Code;
import io.github.devidentity.cloudid.CloudIdProblem.Field;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.AccountRef;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class CloudIdsTest {
  private static final Instant MONDAY = Instant.parse("2026-10-05T09:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-10-06T09:00:00Z");
  private static final Integration GIT = Integration.of(IntegrationType.GIT);
  private static final Integration GITHUB = Integration.of(IntegrationType.GITHUB);
  private static final Integration JIRA = Integration.of(IntegrationType.JIRA_CLOUD);
  private static final AccountRef JIRA_5B10 = AccountRef.of(JIRA, "5b10");
  private static final RecordId CLOUD_5B10 = RecordId.of("cloud:jira-cloud/5b10");

  private static IdentityRecord git(String id, String name, String email) {
    return IdentityRecord.builder(RecordId.of(id), GIT).displayName(name).email(email).build();
  }

  private static IdentityRecord account(String id, Integration integration, String accountId, String name, String email) {
    return IdentityRecord.builder(RecordId.of(id), integration).accountId(accountId).displayName(name).email(email).build();
  }

  /** Ada (git and GitHub), Bob (git and Jira 7c00), Grace (git). */
  private static List<IdentityRecord> people() {
    return List.of(
        git("git-ada", "Ada Lovelace", "ada@example.org"),
        account("gh-ada", GITHUB, "1815", "Ada Lovelace", "ada@example.org"),
        git("git-bob", "Bob Smith", "bob@example.org"),
        account("jira-bob", JIRA, "7c00", "Bob Smith", "bob@example.org"),
        git("git-grace", "Grace Hopper", "grace@example.org"));
  }

  private static CloudIdRow row(String email, String integration, String identity) {
    return new CloudIdRow(email, integration, identity);
  }

  private static CloudIdUpload upload(List<IdentityRecord> records, DecisionLog log, CloudIdRow... rows) {
    return CloudIds.upload(Resolver.create().resolve(records, log), List.of(rows), "alice", MONDAY);
  }

  private static Contributor holderOf(Resolution resolution, String record) {
    return resolution.contributorOf(RecordId.of(record)).orElseThrow();
  }

  @Test
  void upload_unknownAccount_isAttachedToTheOwnerOfTheEmail() {
    CloudIdUpload upload = upload(people(), DecisionLog.empty(), row(" ADA@example.org ", "jira-cloud", "5b10"));

    assertThat(upload.hasErrors()).isFalse();
    assertThat(upload.outcomes()).extracting(CloudIdOutcome::status).containsExactly(Status.ATTACHED);
    assertThat(upload.outcomes().get(0).account()).hasValue(JIRA_5B10);
    assertThat(upload.outcomes().get(0).message())
        .matches("attaches jira-cloud/5b10 to c[0-9a-f]+ \\(Ada Lovelace\\) as record cloud:jira-cloud/5b10");
    assertThat(upload.records()).containsExactly(IdentityRecord.builder(CLOUD_5B10, JIRA)
        .accountId("5b10").email("ada@example.org").build());
    assertThat(upload.decisions()).containsExactly(new Decision.Merge(CLOUD_5B10, RecordId.of("gh-ada"),
        "alice", MONDAY, "cloud-id upload: ada@example.org holds jira-cloud/5b10"));
  }

  @Test
  void upload_applied_resolvesTheAccountIntoTheOwner() {
    List<IdentityRecord> records = people();
    CloudIdUpload upload = upload(records, DecisionLog.empty(), row("ada@example.org", "jira-cloud", "5b10"));

    Resolution after = Resolver.create().resolve(upload.upsertInto(records), DecisionLog.of(upload.decisions()));

    Contributor ada = holderOf(after, "git-ada");
    assertThat(ada.accounts()).contains(JIRA_5B10);
    assertThat(holderOf(after, CLOUD_5B10.value())).isEqualTo(ada);
    assertThat(after.contributors()).hasSize(3);
  }

  @Test
  void upload_twice_addsNothingTheSecondTime() {
    List<IdentityRecord> records = people();
    CloudIdRow[] rows = {row("ada@example.org", "jira-cloud", "5b10"), row("grace@example.org", "github", "49")};
    CloudIdUpload first = upload(records, DecisionLog.empty(), rows);
    List<IdentityRecord> applied = first.upsertInto(records);
    DecisionLog log = DecisionLog.of(first.decisions());

    CloudIdUpload second = upload(applied, log, rows);

    assertThat(first.decisions()).hasSize(2);
    assertThat(second.outcomes()).extracting(CloudIdOutcome::status)
        .containsExactly(Status.ALREADY_ATTACHED, Status.ALREADY_ATTACHED);
    assertThat(second.outcomes().get(0).message()).matches("c[0-9a-f]+ \\(Ada Lovelace\\) holds jira-cloud/5b10 already; nothing to do");
    assertThat(second.records()).isEmpty();
    assertThat(second.decisions()).isEmpty();
    assertThat(second.upsertInto(applied)).isEqualTo(applied);
  }

  @Test
  void upload_accountOnARecordHoldingTheEmail_isAlreadyAttached() {
    CloudIdUpload upload = upload(people(), DecisionLog.empty(), row("ada@example.org", "GitHub", "1815"));

    assertThat(upload.outcomes()).extracting(CloudIdOutcome::status).containsExactly(Status.ALREADY_ATTACHED);
    assertThat(upload.records()).isEmpty();
    assertThat(upload.decisions()).isEmpty();
  }

  @Test
  void upload_accountTheOwnerHoldsByAutomaticLinksOnly_isConfirmedByAMerge() {
    // Ada's Jira account joined her by name only; a second Jira account would make the guard refuse that link.
    List<IdentityRecord> records = List.of(git("git-ada", "Ada Lovelace", "ada@example.org"),
        account("jira-ada", JIRA, "0a00", "Ada Lovelace", ""));
    CloudIdRow[] rows = {row("ada@example.org", "jira-cloud", "0a00"), row("ada@example.org", "jira-cloud", "5b10")};
    CloudIdUpload upload = upload(records, DecisionLog.empty(), rows);

    List<IdentityRecord> applied = upload.upsertInto(records);
    DecisionLog log = DecisionLog.of(upload.decisions());
    Resolution after = Resolver.create().resolve(applied, log);

    assertThat(upload.outcomes()).extracting(CloudIdOutcome::status).containsExactly(Status.CONFIRMED, Status.ATTACHED);
    assertThat(upload.outcomes().get(0).message()).matches("c[0-9a-f]+ \\(Ada Lovelace\\) holds jira-cloud/0a00 by "
        + "automatic links only; a merge of record jira-ada keeps it there");
    assertThat(upload.decisions()).first().isEqualTo(new Decision.Merge(RecordId.of("jira-ada"), RecordId.of("git-ada"),
        "alice", MONDAY, "cloud-id upload: ada@example.org holds jira-cloud/0a00"));
    assertThat(holderOf(after, "git-ada").accounts()).containsExactly(AccountRef.of(JIRA, "0a00"), JIRA_5B10);
    assertThat(upload(applied, log, rows).outcomes()).extracting(CloudIdOutcome::status)
        .containsExactly(Status.ALREADY_ATTACHED, Status.ALREADY_ATTACHED);
  }

  @Test
  void upload_accountOfAnotherContributor_movesItAndSaysFromWhom() {
    // Bob's Jira account without an email, joined to him by a decision.
    List<IdentityRecord> records = new ArrayList<>(people());
    records.add(account("jira-x", JIRA, "9f00", "Bob Smith", ""));
    DecisionLog log = DecisionLog.of(List.of(new Decision.Merge(RecordId.of("jira-x"), RecordId.of("git-bob"),
        "bob", MONDAY, "")));
    Resolution before = Resolver.create().resolve(records, log);
    CloudIdUpload upload = CloudIds.upload(before, List.of(row("ada@example.org", "jira-cloud", "9f00")), "alice", TUESDAY);

    CloudIdOutcome moved = upload.outcomes().get(0);
    assertThat(moved.status()).isEqualTo(Status.MOVED);
    assertThat(moved.previous()).containsExactly(holderOf(before, "git-bob").id());
    assertThat(moved.contributor()).hasValue(holderOf(before, "git-ada").id());
    assertThat(moved.message()).matches("moves jira-cloud/9f00 from c[0-9a-f]+ \\(Bob Smith\\) to c[0-9a-f]+ "
        + "\\(Ada Lovelace\\): record jira-x held it");
    assertThat(upload.records()).isEmpty();
    assertThat(upload.decisions()).extracting(Decision::kind, Decision::records).containsExactly(
        tuple(Decision.Kind.SPLIT, List.of(RecordId.of("jira-x"))),
        tuple(Decision.Kind.MERGE, List.of(RecordId.of("jira-x"), RecordId.of("gh-ada"))));

    DecisionLog after = log.append(upload.decisions());
    Resolution resolved = Resolver.create().resolve(records, after);
    assertThat(holderOf(resolved, "jira-x")).isEqualTo(holderOf(resolved, "git-ada"));
    assertThat(holderOf(resolved, "git-bob").accounts()).containsExactly(AccountRef.of(JIRA, "7c00"));
    assertThat(upload(records, after, row("ada@example.org", "jira-cloud", "9f00")).outcomes())
        .extracting(CloudIdOutcome::status).containsExactly(Status.ALREADY_ATTACHED);
  }

  @Test
  void upload_accountOnAnotherContributorsRecordWithTheirEmail_isAConflictNotAMove() {
    CloudIdUpload upload = upload(people(), DecisionLog.empty(), row("ada@example.org", "jira-cloud", "7c00"));

    assertThat(upload.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.code()).isEqualTo(Code.CONFLICTING_EMAIL);
      assertThat(problem.field()).isEqualTo(Field.IDENTITY);
      assertThat(problem.message()).matches("jira-cloud/7c00 is held by record jira-bob of c[0-9a-f]+ \\(Bob Smith\\) "
          + "with the email bob@example.org, not ada@example.org; correct the row, or the record's email at its "
          + "source, or merge jira-bob with c[0-9a-f]+ \\(Ada Lovelace\\) by hand if the account is theirs all the same");
    });
    assertThat(upload.decisions()).isEmpty();
  }

  @Test
  void upload_accountAnEarlierUploadGaveToSomeoneElse_takesTheNewEmail() {
    List<IdentityRecord> records = people();
    CloudIdUpload toBob = upload(records, DecisionLog.empty(), row("bob@example.org", "jira-cloud", "5b10"));
    records = toBob.upsertInto(records);
    DecisionLog log = DecisionLog.of(toBob.decisions());

    CloudIdUpload toAda = upload(records, log, row("ada@example.org", "jira-cloud", "5b10"));
    records = toAda.upsertInto(records);
    log = log.append(toAda.decisions());
    Resolution after = Resolver.create().resolve(records, log);

    assertThat(toAda.outcomes()).extracting(CloudIdOutcome::status).containsExactly(Status.MOVED);
    assertThat(toAda.records()).containsExactly(IdentityRecord.builder(CLOUD_5B10, JIRA)
        .accountId("5b10").email("ada@example.org").build());
    assertThat(records).filteredOn(record -> record.id().equals(CLOUD_5B10)).hasSize(1);
    assertThat(holderOf(after, CLOUD_5B10.value())).isEqualTo(holderOf(after, "git-ada"));
    assertThat(holderOf(after, "git-bob").accounts()).containsExactly(AccountRef.of(JIRA, "7c00"));
    assertThat(after.contributors()).filteredOn(c -> c.emails().contains("ada@example.org")).hasSize(1);
    assertThat(after.contributors()).filteredOn(c -> c.emails().contains("bob@example.org")).hasSize(1);
  }

  @Test
  void upload_integrationWithInstance_namesThatInstancesAccounts() {
    Integration acme = Integration.of(IntegrationType.GITHUB, "acme");
    List<IdentityRecord> records = List.of(git("git-ada", "Ada Lovelace", "ada@example.org"),
        account("gh-ada", acme, "1815", "Ada Lovelace", "ada@example.org"));

    CloudIdUpload upload = upload(records, DecisionLog.empty(),
        row("ada@example.org", "github:acme", "1815"), row("ada@example.org", "github", "1815"));

    assertThat(upload.outcomes()).extracting(CloudIdOutcome::status).containsExactly(Status.ALREADY_ATTACHED, Status.ATTACHED);
    assertThat(upload.records()).extracting(IdentityRecord::id).containsExactly(RecordId.of("cloud:github/1815"));
  }

  @Test
  void upload_sameRowTwice_isRepeatedNotAnError() {
    CloudIdUpload upload = upload(people(), DecisionLog.empty(),
        row("ada@example.org", "jira-cloud", "5b10"), row("Ada@Example.org", "jira_cloud", "5b10"));

    assertThat(upload.hasErrors()).isFalse();
    assertThat(upload.outcomes()).extracting(CloudIdOutcome::status).containsExactly(Status.ATTACHED, Status.REPEATED);
    assertThat(upload.outcomes().get(1).message()).isEqualTo("repeats an earlier row for jira-cloud/5b10; nothing more to do");
    assertThat(upload.records()).hasSize(1);
    assertThat(upload.decisions()).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "zed@example.org | jira-cloud | 5b10 | EMAIL | UNKNOWN_EMAIL | zed@example.org"
        + " | no contributor holds \"zed@example.org\"; an upload attaches accounts to people already known and never "
        + "makes a new one: correct the email, or sync the integration that has it",
    "'' | jira-cloud | 5b10 | EMAIL | REQUIRED_VALUE_MISSING | ''"
        + " | the email is empty; give the work email of the account's owner, such as ada@example.org",
    "ada(at)example.org | jira-cloud | 5b10 | EMAIL | INVALID_EMAIL | ada(at)example.org"
        + " | \"ada(at)example.org\" is not an email address; expected one such as ada@example.org",
    "noreply@example.org | jira-cloud | 5b10 | EMAIL | INVALID_EMAIL | noreply@example.org"
        + " | \"noreply@example.org\" is a shared or placeholder address that names nobody; give the owner's own work email",
    "ada@example.org | '' | 5b10 | INTEGRATION | REQUIRED_VALUE_MISSING | ''"
        + " | the integration is empty; expected one of github, github-enterprise, gitlab, bitbucket-cloud, "
        + "bitbucket-server, azure-devops, jira-cloud, jira-data-center, harness-code, custom",
    "ada@example.org | jiraa | 5b10 | INTEGRATION | UNKNOWN_INTEGRATION | jiraa"
        + " | \"jiraa\" is not an integration; expected one of github, github-enterprise, gitlab, bitbucket-cloud, "
        + "bitbucket-server, azure-devops, jira-cloud, jira-data-center, harness-code, custom, optionally with the "
        + "instance name, such as jira-cloud:acme",
    "ada@example.org | jira-cloud: | 5b10 | INTEGRATION | UNKNOWN_INTEGRATION | jira-cloud:"
        + " | \"jira-cloud:\" names no instance after the colon; give one, such as jira-cloud:acme, or the type alone",
    "ada@example.org | git | 5b10 | INTEGRATION | INTEGRATION_WITHOUT_ACCOUNTS | git"
        + " | \"git\" has no accounts to upload; expected one of github, github-enterprise, gitlab, bitbucket-cloud, "
        + "bitbucket-server, azure-devops, jira-cloud, jira-data-center, harness-code, custom",
    "ada@example.org | jira-cloud | '  ' | IDENTITY | REQUIRED_VALUE_MISSING | ''"
        + " | the identity is empty; give the account's stable id in its integration",
  })
  void upload_badRow_isRejectedWithItsProblem(String email, String integration, String identity, Field field,
      Code code, String value, String message) {
    CloudIdUpload upload = upload(people(), DecisionLog.empty(), row(email, integration, identity));

    assertThat(upload.problems()).containsExactly(new CloudIdProblem(0, field, code, value, message));
    assertThat(upload.outcomes()).extracting(CloudIdOutcome::status, CloudIdOutcome::message)
        .containsExactly(tuple(Status.REJECTED, message));
  }

  @Test
  void upload_everyProblemOfARowIsReported() {
    CloudIdUpload upload = upload(people(), DecisionLog.empty(), row("nobody", "svn", ""));

    assertThat(upload.problems()).extracting(CloudIdProblem::field, CloudIdProblem::code).containsExactly(
        tuple(Field.EMAIL, Code.INVALID_EMAIL),
        tuple(Field.INTEGRATION, Code.UNKNOWN_INTEGRATION),
        tuple(Field.IDENTITY, Code.REQUIRED_VALUE_MISSING));
    assertThat(upload.outcomes().get(0).message()).startsWith("\"nobody\" is not an email address; expected one such "
        + "as ada@example.org; \"svn\" is not an integration;");
  }

  @Test
  void upload_emailOfTwoContributors_isAmbiguous() {
    List<IdentityRecord> records = List.of(git("a1", "Ada Lovelace", "ada@example.org"),
        git("a2", "Ada Byron", "ada@example.org"));
    DecisionLog apart = DecisionLog.of(List.of(new Decision.NeverLink(RecordId.of("a1"), RecordId.of("a2"),
        "bob", MONDAY, "two people")));

    CloudIdUpload upload = upload(records, apart, row("ada@example.org", "jira-cloud", "5b10"));

    assertThat(upload.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.code()).isEqualTo(Code.AMBIGUOUS_EMAIL);
      assertThat(problem.message()).matches("\"ada@example.org\" is held by 2 contributors \\(c[0-9a-f]+, "
          + "c[0-9a-f]+\\); merge them if they are one person, then upload again");
    });
  }

  @Test
  void upload_oneAccountForTwoEmails_rejectsEveryClaim() {
    CloudIdUpload upload = upload(people(), DecisionLog.empty(),
        row("ada@example.org", "jira-cloud", "5b10"),
        row("grace@example.org", "github", "49"),
        row("bob@example.org", "jira-cloud", "5b10"));

    String message = "the account jira-cloud/5b10 is claimed for 2 emails in this upload (ada@example.org, "
        + "bob@example.org); keep only the row of its owner";
    assertThat(upload.problems()).containsExactly(
        new CloudIdProblem(0, Field.IDENTITY, Code.DUPLICATE_ACCOUNT, "5b10", message),
        new CloudIdProblem(2, Field.IDENTITY, Code.DUPLICATE_ACCOUNT, "5b10", message));
  }

  @Test
  void upload_anyError_appliesNothingButSaysWhatTheRestWouldDo() {
    CloudIdUpload upload = upload(people(), DecisionLog.empty(),
        row("ada@example.org", "jira-cloud", "5b10"), row("zed@example.org", "jira-cloud", "9f00"));

    assertThat(upload.hasErrors()).isTrue();
    assertThat(upload.outcomes()).extracting(CloudIdOutcome::status).containsExactly(Status.ATTACHED, Status.REJECTED);
    assertThat(upload.records()).isEmpty();
    assertThat(upload.decisions()).isEmpty();
    assertThat(upload.changedRecords()).isEmpty();
    assertThat(upload.summary()).isEqualTo("2 rows: 1 attached, 1 rejected");
  }

  @Test
  void upload_emptyOrBlankActor_isRejected() {
    Resolution resolution = Resolver.create().resolve(people());

    assertThatThrownBy(() -> CloudIds.upload(resolution, List.of(), " ", MONDAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor is blank; give the id of the person who uploads");
    assertThat(CloudIds.upload(resolution, List.of(), "alice", MONDAY).summary()).isEqualTo("0 rows");
  }

  @Test
  void check_findsEveryProblemThatNeedsNoResolution() {
    List<CloudIdProblem> problems = CloudIds.check(List.of(
        row("zed@example.org", "jira-cloud", "5b10"),
        row("ada@example.org", "git", "1"),
        row("", "github", "")));

    assertThat(problems).extracting(CloudIdProblem::index, CloudIdProblem::field, CloudIdProblem::code).containsExactly(
        tuple(1, Field.INTEGRATION, Code.INTEGRATION_WITHOUT_ACCOUNTS),
        tuple(2, Field.EMAIL, Code.REQUIRED_VALUE_MISSING),
        tuple(2, Field.IDENTITY, Code.REQUIRED_VALUE_MISSING));
  }

  @Test
  void upsertInto_replacesRecordsInPlaceAndAppendsNewOnes() {
    List<IdentityRecord> records = new ArrayList<>(people());
    CloudIdUpload toBob = upload(records, DecisionLog.empty(), row("bob@example.org", "jira-cloud", "5b10"));
    records.add(0, toBob.records().get(0));
    CloudIdUpload toAda = upload(records, DecisionLog.of(toBob.decisions()), row("ada@example.org", "jira-cloud", "5b10"),
        row("grace@example.org", "github", "49"));

    List<IdentityRecord> applied = toAda.upsertInto(records);

    assertThat(applied).extracting(record -> record.id().value()).containsExactly(
        "cloud:jira-cloud/5b10", "git-ada", "gh-ada", "git-bob", "jira-bob", "git-grace", "cloud:github/49");
    assertThat(applied.get(0).emails()).containsExactly("ada@example.org");
  }

  @Test
  void recordIn_appendsOneUploadEventCarryingTheDecisions() {
    List<IdentityRecord> records = people();
    Resolution resolution = Resolver.create().resolve(records);
    CloudIdUpload upload = CloudIds.upload(resolution, List.of(row("ada@example.org", "jira-cloud", "5b10"),
        row("ada@example.org", "github", "1815")), "alice", TUESDAY);
    AuditTrail trail = AuditTrail.create();

    AuditEvent event = upload.recordIn(trail, "cloud-ids.csv");

    assertThat(event.kind()).isEqualTo(AuditEvent.Kind.CLOUD_ID_UPLOAD);
    assertThat(event.actor()).isEqualTo("alice");
    assertThat(event.at()).isEqualTo(TUESDAY);
    assertThat(event.source()).isEqualTo("cloud-ids.csv");
    assertThat(event.why()).isEqualTo("2 rows: 1 attached, 1 already attached");
    assertThat(event.records()).containsExactly(CLOUD_5B10, RecordId.of("gh-ada"));
    assertThat(event.previous()).isEqualTo(Map.of(RecordId.of("gh-ada"), holderOf(resolution, "git-ada").id()));
    assertThat(trail.decisions().decisions()).isEqualTo(upload.decisions());
  }

  @Test
  void recordIn_uploadWithErrors_isRefused() {
    CloudIdUpload upload = upload(people(), DecisionLog.empty(), row("zed@example.org", "jira-cloud", "5b10"));

    assertThatThrownBy(() -> upload.recordIn(AuditTrail.create(), "cloud-ids.csv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the upload has 1 problem and applies nothing; fix it and upload again before recording it");
  }

  @Test
  void recordId_isCloudAndTheAccount() {
    assertThat(CloudIds.recordId(AccountRef.of(Integration.of(IntegrationType.GITLAB, "corp"), "42")))
        .isEqualTo(RecordId.of("cloud:gitlab:corp/42"));
  }
}
