package io.github.devidentity.resolve;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import java.time.Instant;

/** Short ways to build test records. */
final class Records {
  static final Integration GIT = Integration.of(IntegrationType.GIT);
  static final Integration GITHUB = Integration.of(IntegrationType.GITHUB);
  static final Integration JIRA = Integration.of(IntegrationType.JIRA_CLOUD);

  private Records() {}

  static IdentityRecord git(String id, String name, String email) {
    return IdentityRecord.builder(RecordId.of(id), GIT).displayName(name).email(email).build();
  }

  static IdentityRecord git(String id, String name, String email, String firstSeen) {
    return IdentityRecord.builder(RecordId.of(id), GIT).displayName(name).email(email)
        .firstSeen(Instant.parse(firstSeen)).build();
  }

  static IdentityRecord github(String id, String accountId, String login, String name, String email) {
    return IdentityRecord.builder(RecordId.of(id), GITHUB)
        .accountId(accountId).login(login).displayName(name).email(email).build();
  }

  static IdentityRecord jira(String id, String accountId, String name, String email) {
    return IdentityRecord.builder(RecordId.of(id), JIRA)
        .accountId(accountId).displayName(name).email(email).build();
  }

  static RecordId id(String value) {
    return RecordId.of(value);
  }
}
