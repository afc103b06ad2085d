package io.github.devidentity.cloudid;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.model.AccountRef;
import io.github.devidentity.model.ContributorId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an upload does with one row: attach the account, find it attached already, confirm an
 * automatic attachment, move it from another contributor, skip a repeated row, or reject the row
 * for its {@link CloudIdProblem problems}.
 *
 * <p>When any row of an upload is rejected, nothing is applied; the other rows' outcomes then say
 * what the upload would do once the errors are fixed. Immutable.
 */
public final class CloudIdOutcome {

  /** What happens to a row. */
  public enum Status {
    /** The account was nobody's: a record holding it joins the owner of the email. */
    ATTACHED,
    /** The owner of the email holds the account already, by decisions; nothing to do. */
    ALREADY_ATTACHED,
    /**
     * The owner of the email holds the account, but by automatic links only, which a guard may
     * undo once the owner holds more accounts: a merge makes it a decision.
     */
    CONFIRMED,
    /** Another contributor held the account: its records leave them and join the owner. */
    MOVED,
    /** An earlier row of the upload says the same; nothing more to do. */
    REPEATED,
    /** The row has problems, so the upload applies nothing. */
    REJECTED
  }

  private final int index;
  private final CloudIdRow row;
  private final Status status;
  private final @Nullable AccountRef account;
  private final @Nullable ContributorId contributor;
  private final List<ContributorId> previous;
  private final String message;

  CloudIdOutcome(int index, CloudIdRow row, Status status, @Nullable AccountRef account,
      @Nullable ContributorId contributor, List<ContributorId> previous, String message) {
    this.index = index;
    this.row = requireNonNull(row, "row");
    this.status = requireNonNull(status, "status");
    this.account = account;
    this.contributor = contributor;
    this.previous = List.copyOf(previous);
    this.message = requireNonNull(message, "message");
  }

  /** The 0-based position of the row in the upload. */
  public int index() {
    return index;
  }

  /** The row as given. */
  public CloudIdRow row() {
    return row;
  }

  /** What happens to the row. */
  public Status status() {
    return status;
  }

  /** The account the row names; empty when its integration or identity is unusable. */
  public Optional<AccountRef> account() {
    return Optional.ofNullable(account);
  }

  /** The contributor that owns the email and holds the account; empty for a rejected row. */
  public Optional<ContributorId> contributor() {
    return Optional.ofNullable(contributor);
  }

  /** For a {@link Status#MOVED moved} account, the contributors that held it, sorted; else empty. */
  public List<ContributorId> previous() {
    return previous;
  }

  /** One sentence saying what happens, naming the account and the contributors. */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CloudIdOutcome)) {
      return false;
    }
    CloudIdOutcome that = (CloudIdOutcome) o;
    return index == that.index
        && row.equals(that.row)
        && status == that.status
        && Objects.equals(account, that.account)
        && Objects.equals(contributor, that.contributor)
        && previous.equals(that.previous)
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, row, status, account, contributor, previous, message);
  }

  /** {@code STATUS: message}. */
  @Override
  public String toString() {
    return status + ": " + message;
  }
}
