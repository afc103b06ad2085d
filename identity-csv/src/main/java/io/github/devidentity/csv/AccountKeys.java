package io.github.devidentity.csv;

import io.github.devidentity.model.AccountRef;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.normalize.EmailAddress;
import io.github.devidentity.normalize.Emails;
import java.util.ArrayList;
import java.util.List;

/**
 * How a contributors CSV names records: a cell in the column of integration {@code I} holding
 * {@code v} names the records of {@code I} whose account id is {@code v} and, when {@code v} is an
 * email address, the records of {@code I} without an account id that hold it. Git has no account
 * ids, so its column holds addresses.
 */
final class AccountKeys {
  private AccountKeys() {}

  /**
   * The keys that name a record: its account, or, without an account id, each of its usable email
   * addresses, normalised; empty when it has neither.
   */
  static List<AccountRef> of(IdentityRecord record) {
    if (record.accountId().isPresent()) {
      return List.of(AccountRef.of(record.integration(), record.accountId().get()));
    }
    List<AccountRef> keys = new ArrayList<>(1);
    for (String email : record.emails()) {
      EmailAddress address = Emails.normalize(email);
      AccountRef key = AccountRef.of(record.integration(), address.normalized());
      if (address.isLinkable() && !keys.contains(key)) {
        keys.add(key);
      }
    }
    return keys;
  }

  /**
   * The keys a cell's account matches: itself, and its normalised form when it is an email address
   * written otherwise.
   */
  static List<AccountRef> lookups(AccountRef claim) {
    EmailAddress address = Emails.normalize(claim.accountId());
    if (address.isLinkable() && !address.normalized().equals(claim.accountId())) {
      return List.of(claim, AccountRef.of(claim.integration(), address.normalized()));
    }
    return List.of(claim);
  }
}
