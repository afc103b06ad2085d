package io.github.devidentity.forget;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import io.github.devidentity.model.AccountRef;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.normalize.EmailAddress;
import io.github.devidentity.normalize.Emails;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The salted hashes of identifiers. Each hash covers the identifier's kind and, for logins and
 * account ids, its integration, so {@code octocat} on GitHub and on GitLab, or an email and a
 * login spelled alike, hash differently.
 */
final class Identifiers {
  private static final char SEPARATOR = '\u0000';

  private final HashFunction function;

  Identifiers(byte[] salt) {
    this.function = Hashing.hmacSha256(salt);
  }

  /**
   * The hashes of a record's identifiers, in the order {@link Tombstones#filter} checks them:
   * record id, account ids (its own, then linked ones), login, linkable emails. Placeholder and
   * invalid emails are left out: they are shared by many people and identify none.
   */
  List<Tombstone.Hash> of(IdentityRecord record) {
    List<Tombstone.Hash> hashes = new ArrayList<>();
    hashes.add(of(record.id()));
    record.account().ifPresent(account -> hashes.add(of(account)));
    for (AccountRef account : record.linkedAccounts()) {
      hashes.add(of(account));
    }
    record.login().ifPresent(login -> hashes.add(
        hash(Tombstone.Kind.LOGIN, record.integration().toString(), login.toLowerCase(Locale.ROOT))));
    for (String raw : record.emails()) {
      EmailAddress email = Emails.normalize(raw);
      if (email.isLinkable()) {
        hashes.add(hash(Tombstone.Kind.EMAIL, "", email.normalized()));
      }
    }
    return hashes;
  }

  Tombstone.Hash of(RecordId record) {
    return hash(Tombstone.Kind.RECORD_ID, "", record.value());
  }

  Tombstone.Hash of(ContributorId contributor) {
    return hash(Tombstone.Kind.CONTRIBUTOR_ID, "", contributor.value());
  }

  private Tombstone.Hash of(AccountRef account) {
    return hash(Tombstone.Kind.ACCOUNT_ID, account.integration().toString(), account.accountId());
  }

  private Tombstone.Hash hash(Tombstone.Kind kind, String scope, String value) {
    String hex = function.newHasher()
        .putString(kind.name(), UTF_8)
        .putChar(SEPARATOR)
        .putString(scope, UTF_8)
        .putChar(SEPARATOR)
        .putString(value, UTF_8)
        .hash()
        .toString();
    return new Tombstone.Hash(kind, hex);
  }
}
