package io.github.devidentity.cloudid;

import io.github.devidentity.cloudid.CloudIdProblem.Code;
import io.github.devidentity.cloudid.CloudIdProblem.Field;
import io.github.devidentity.model.AccountRef;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.normalize.EmailAddress;
import io.github.devidentity.normalize.Emails;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The rows of an upload with every value checked, and its problems: those that need no
 * resolution to find, then those an upload {@link #add adds}; for each good row its normalised
 * email and account.
 */
final class CheckedRows {
  private static final Comparator<CloudIdProblem> ORDER = Comparator.comparingInt(CloudIdProblem::index)
      .thenComparing(CloudIdProblem::field)
      .thenComparing(CloudIdProblem::code);

  /** The integration types an account can be uploaded for, as users type them. */
  private static final String ACCOUNT_TYPES = Arrays.stream(IntegrationType.values())
      .filter(IntegrationType::hasAccountIds)
      .map(IntegrationType::displayName)
      .collect(Collectors.joining(", "));

  private final List<CloudIdRow> rows;
  private final @Nullable EmailAddress[] emails;
  private final @Nullable AccountRef[] accounts;
  private final boolean[] rejected;
  private final List<CloudIdProblem> problems = new ArrayList<>();

  private CheckedRows(List<CloudIdRow> rows) {
    this.rows = rows;
    this.emails = new EmailAddress[rows.size()];
    this.accounts = new AccountRef[rows.size()];
    this.rejected = new boolean[rows.size()];
  }

  static CheckedRows of(List<CloudIdRow> rows) {
    CheckedRows checked = new CheckedRows(List.copyOf(rows));
    for (int i = 0; i < checked.rows.size(); i++) {
      checked.check(i);
    }
    checked.checkDuplicateAccounts();
    return checked;
  }

  List<CloudIdRow> rows() {
    return rows;
  }

  /** The problems found so far, in row, field and code order. */
  List<CloudIdProblem> problems() {
    List<CloudIdProblem> sorted = new ArrayList<>(problems);
    sorted.sort(ORDER);
    return sorted;
  }

  /** Whether a row has a problem. */
  boolean rejected(int index) {
    return rejected[index];
  }

  /** The normalised email of a row whose email is usable. */
  @Nullable EmailAddress email(int index) {
    return emails[index];
  }

  /** The account of a row whose integration and identity are usable. */
  @Nullable AccountRef account(int index) {
    return accounts[index];
  }

  void add(int index, Field field, Code code, String message) {
    problems.add(new CloudIdProblem(index, field, code, value(rows.get(index), field), message));
    rejected[index] = true;
  }

  private static String value(CloudIdRow row, Field field) {
    switch (field) {
      case EMAIL:
        return row.email();
      case INTEGRATION:
        return row.integration();
      default:
        return row.identity();
    }
  }

  private void check(int i) {
    CloudIdRow row = rows.get(i);
    emails[i] = email(i, row.email());
    Integration integration = integration(i, row.integration());
    if (row.identity().isEmpty()) {
      add(i, Field.IDENTITY, Code.REQUIRED_VALUE_MISSING,
          "the identity is empty; give the account's stable id in its integration");
    } else if (integration != null) {
      accounts[i] = AccountRef.of(integration, row.identity());
    }
  }

  private @Nullable EmailAddress email(int i, String text) {
    if (text.isEmpty()) {
      add(i, Field.EMAIL, Code.REQUIRED_VALUE_MISSING,
          "the email is empty; give the work email of the account's owner, such as ada@example.org");
      return null;
    }
    EmailAddress email = Emails.normalize(text);
    if (email.status() == EmailAddress.Status.INVALID) {
      add(i, Field.EMAIL, Code.INVALID_EMAIL,
          quote(text) + " is not an email address; expected one such as ada@example.org");
      return null;
    }
    if (!email.isLinkable()) {
      add(i, Field.EMAIL, Code.INVALID_EMAIL, quote(text)
          + " is a shared or placeholder address that names nobody; give the owner's own work email");
      return null;
    }
    return email;
  }

  private @Nullable Integration integration(int i, String text) {
    if (text.isEmpty()) {
      add(i, Field.INTEGRATION, Code.REQUIRED_VALUE_MISSING,
          "the integration is empty; expected one of " + ACCOUNT_TYPES);
      return null;
    }
    Integration integration;
    try {
      integration = Integration.parse(text);
    } catch (IllegalArgumentException e) {
      String problem = text.endsWith(":")
          ? quote(text) + " names no instance after the colon; give one, such as jira-cloud:acme, or the type alone"
          : quote(text) + " is not an integration; expected one of " + ACCOUNT_TYPES
              + ", optionally with the instance name, such as jira-cloud:acme";
      add(i, Field.INTEGRATION, Code.UNKNOWN_INTEGRATION, problem);
      return null;
    }
    if (!integration.type().hasAccountIds()) {
      add(i, Field.INTEGRATION, Code.INTEGRATION_WITHOUT_ACCOUNTS, quote(text)
          + " has no accounts to upload; expected one of " + ACCOUNT_TYPES);
      return null;
    }
    return integration;
  }

  /** Reports every row of an account claimed for more than one email. */
  private void checkDuplicateAccounts() {
    Map<AccountRef, List<Integer>> claims = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      if (accounts[i] != null && emails[i] != null) {
        claims.computeIfAbsent(accounts[i], k -> new ArrayList<>()).add(i);
      }
    }
    claims.forEach((account, indexes) -> {
      Set<String> claimants = new TreeSet<>();
      indexes.forEach(i -> claimants.add(emails[i].normalized()));
      if (claimants.size() > 1) {
        for (int i : indexes) {
          add(i, Field.IDENTITY, Code.DUPLICATE_ACCOUNT, "the account " + account + " is claimed for "
              + claimants.size() + " emails in this upload (" + String.join(", ", claimants)
              + "); keep only the row of its owner");
        }
      }
    });
  }

  static String quote(String value) {
    return '"' + value + '"';
  }
}
