package io.github.devidentity.examples.generate;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.RecordId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

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
 * @param firstSeen when the identity was first active, an ISO-8601 instant such as {@code
 *     2025-03-14T09:26:53Z}; empty unless the generator {@link
 *     OrganisationGenerator#withActivityUntil dates records}, or when the tool does not say
 * @param lastSeen when the identity was last active, in the same form; empty likewise
 */
public record GeneratedRecord(String recordId, String source, String name, String email,
    String username, String accountId, String personId, String firstSeen, String lastSeen) {

  /** Checks that every part is present; absent values are empty strings. */
  public GeneratedRecord {
    requireNonNull(recordId, "recordId");
    requireNonNull(source, "source");
    requireNonNull(name, "name");
    requireNonNull(email, "email");
    requireNonNull(username, "username");
    requireNonNull(accountId, "accountId");
    requireNonNull(personId, "personId");
    requireNonNull(firstSeen, "firstSeen");
    requireNonNull(lastSeen, "lastSeen");
  }

  /** A record without activity dates. */
  public GeneratedRecord(String recordId, String source, String name, String email,
      String username, String accountId, String personId) {
    this(recordId, source, name, email, username, accountId, personId, "", "");
  }

  /** Whether the record carries a first or last seen instant. */
  public boolean hasActivity() {
    return !firstSeen.isEmpty() || !lastSeen.isEmpty();
  }

  /**
   * The record as the resolver takes it: display name, email, login, account id and activity
   * dates under the integration {@link Integration#parse parsed} from {@link #source()}; empty
   * values are absent.
   *
   * @throws IllegalArgumentException if the source, record id or a date is not valid
   */
  public IdentityRecord toIdentityRecord() {
    return IdentityRecord.builder(RecordId.of(recordId), Integration.parse(source))
        .displayName(name)
        .email(email)
        .login(username)
        .accountId(accountId)
        .firstSeen(instant("firstSeen", firstSeen))
        .lastSeen(instant("lastSeen", lastSeen))
        .build();
  }

  private @Nullable Instant instant(String field, String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("record " + recordId + ": " + field + " \"" + text
          + "\" is not an ISO-8601 instant such as 2025-03-14T09:26:53Z", e);
    }
  }
}
