package io.github.devidentity.audit;

import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import java.time.Instant;
import java.util.List;

/** A small organisation to audit, and short ways to name its parts. */
final class People {
  static final Instant T0 = Instant.parse("2026-10-01T09:00:00Z");
  static final Instant T1 = Instant.parse("2026-10-02T09:00:00Z");
  static final Instant T2 = Instant.parse("2026-10-03T09:00:00Z");

  /** Ada's git identity; joins her GitHub account by email. */
  static final IdentityRecord ADA_GIT = git("ada-git", "Ada Lovelace", "ada@example.org");
  static final IdentityRecord ADA_GITHUB = IdentityRecord.builder(RecordId.of("ada-gh"), Integration.of(IntegrationType.GITHUB))
      .accountId("1815").login("ada").displayName("Ada L.").email("ADA@example.org").build();
  /** Grace's git and Jira identities join by email. */
  static final IdentityRecord GRACE_GIT = git("grace-git", "Grace Hopper", "grace@example.org");
  static final IdentityRecord GRACE_JIRA = IdentityRecord.builder(RecordId.of("grace-jira"), Integration.of(IntegrationType.JIRA_CLOUD))
      .accountId("5b10").displayName("Grace Hopper").email("grace@example.org").build();
  /** Maria before and after she changed her name: nothing links them but a decision. */
  static final IdentityRecord MARIA_OLD = git("maria-old", "Maria Garcia", "m.garcia@example.org");
  static final IdentityRecord MARIA_NEW = git("maria-new", "Maria Lindqvist", "m.lindqvist@example.org");

  static final List<IdentityRecord> ALL = List.of(ADA_GIT, ADA_GITHUB, GRACE_GIT, GRACE_JIRA, MARIA_OLD, MARIA_NEW);

  private People() {}

  static IdentityRecord git(String id, String name, String email) {
    return IdentityRecord.builder(RecordId.of(id), Integration.of(IntegrationType.GIT))
        .displayName(name).email(email).build();
  }

  static RecordId id(String value) {
    return RecordId.of(value);
  }

  static ContributorId of(Resolution resolution, IdentityRecord record) {
    return resolution.assignments().get(record.id());
  }
}
