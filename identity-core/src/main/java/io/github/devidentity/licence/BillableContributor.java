package io.github.devidentity.licence;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.model.AccountRef;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.IdentityRecord;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One counted contributor: one licence unit, the source-code-management record that makes it
 * billable, and why.
 *
 * <p>The billable record is chosen among the contributor's source-code-management records that
 * are active under the policy (all of them when there is no window), in this order: a record with
 * an account id first (an account is a seat in a tool; a plain git identity is only a name and an
 * address), then the latest last known activity (undated records last), then the smallest record
 * id. The same resolution and policy therefore always name the same record.
 */
public final class BillableContributor {
  private final Contributor contributor;
  private final IdentityRecord record;
  private final @Nullable Instant lastActivity;
  private final String reason;

  BillableContributor(Contributor contributor, IdentityRecord record, @Nullable Instant lastActivity,
      String reason) {
    this.contributor = requireNonNull(contributor, "contributor");
    this.record = requireNonNull(record, "record");
    this.lastActivity = lastActivity;
    this.reason = requireNonNull(reason, "reason");
  }

  /** The counted contributor. */
  public Contributor contributor() {
    return contributor;
  }

  /** The source-code-management record that makes the contributor billable. */
  public IdentityRecord record() {
    return record;
  }

  /** The billable record's account, when its tool has account ids; a plain git identity has none. */
  public Optional<AccountRef> account() {
    return record.account();
  }

  /**
   * The contributor's latest known source-code-management activity: the latest last seen (or
   * first seen, when only that is known) among its source-code-management records; empty when none
   * carries a date. Activity in other tools, such as issue trackers, is not included.
   */
  public Optional<Instant> lastActivity() {
    return Optional.ofNullable(lastActivity);
  }

  /**
   * Why the contributor counts, one line: {@code holds github/583231 @octocat} or, with a window,
   * {@code github/583231 @octocat seen 2025-03-01T09:00:00Z to 2026-11-28T10:00:00Z, within the 90
   * days up to 2026-12-01T00:00:00Z}.
   */
  public String reason() {
    return reason;
  }

  /** How a record is named in reports: {@code github/583231 @octocat}, {@code git "Ada" <ada@example.org>}. */
  static String label(IdentityRecord record) {
    StringBuilder text = new StringBuilder();
    Optional<AccountRef> account = record.account();
    text.append(account.isPresent() ? account.get().toString() : record.integration().toString());
    record.login().ifPresent(login -> text.append(" @").append(login));
    if (account.isEmpty()) {
      record.displayName().ifPresent(name -> text.append(" \"").append(name).append('"'));
      if (!record.emails().isEmpty()) {
        text.append(" <").append(String.join(", ", record.emails())).append('>');
      }
    }
    return text.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof BillableContributor)) {
      return false;
    }
    BillableContributor that = (BillableContributor) o;
    return contributor.equals(that.contributor) && record.equals(that.record)
        && Objects.equals(lastActivity, that.lastActivity) && reason.equals(that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contributor, record, lastActivity, reason);
  }

  /** {@code c0123… Ada Lovelace: reason}. */
  @Override
  public String toString() {
    return contributor.id() + " " + contributor.displayName() + ": " + reason;
  }
}
