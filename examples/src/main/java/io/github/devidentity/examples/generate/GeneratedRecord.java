package io.github.devidentity.examples.generate;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.RecordId;

/**
 * One generated identity record and the person it truly belongs to. Absent values are empty
 * strings, as in the CSV the record is written to.
 *
 * @param recordId {@code r} and a zero-padded sequence number, e.g. {@code r00000001}
 * @param source the integration type, e.g. {@code git}, {@code github} or {@code jira-cloud}
 * @param name the display name, as the tool shows it
 * @param email the email address, or a placeholder such as {@code root@localhost}
 * @param username the login, username, nickname or unique name
 * @param accountId the tool's account id
 * @param personId the truth: {@code p} and a sequence number for a person, {@code bot-} and a
 *     name for automation such as {@code bot-dependabot}
 */
public record GeneratedRecord(String recordId, String source, String name, String email,
    String username, String accountId, String personId) {

  /** Checks that every part is present; absent values are empty strings. */
  public GeneratedRecord {
    requireNonNull(recordId, "recordId");
    requireNonNull(source, "source");
    requireNonNull(name, "name");
    requireNonNull(email, "email");
    requireNonNull(username, "username");
    requireNonNull(accountId, "accountId");
    requireNonNull(personId, "personId");
  }

  /**
   * The record as the resolver takes it: display name, email, login and account id under the
   * integration {@link Integration#parse parsed} from {@link #source()}; empty values are absent.
   *
   * @throws IllegalArgumentException if the source or record id is not valid
   */
  public IdentityRecord toIdentityRecord() {
    return IdentityRecord.builder(RecordId.of(recordId), Integration.parse(source))
        .displayName(name)
        .email(email)
        .login(username)
        .accountId(accountId)
        .build();
  }
}
