package io.github.devidentity.spi;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.model.Integration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who authored one piece of work, as a tool saw it: a platform account tied to the git author
 * (name and email) of a commit it pushed or of a commit in a pull request it opened. Sources yield
 * these beside identity records; contribution-driven matching infers which emails an account
 * commits with from many such facts, for tools that never show an account's email.
 *
 * @param integration the tool the account belongs to
 * @param accountId the platform account's id in that tool (numeric id, UUID, descriptor…)
 * @param login the account's login, if the tool gave one
 * @param kind what tied the account to the commit
 * @param reference what the fact is about, stable across syncs: a commit sha, or {@code
 *     repository!number@sha} for a commit of a pull request
 * @param authorName the commit's git author name, if any
 * @param authorEmail the commit's git author email, if any
 * @param at when the commit was authored, if known
 */
public record ContributionFact(
    Integration integration,
    String accountId,
    @Nullable String login,
    Kind kind,
    String reference,
    @Nullable String authorName,
    @Nullable String authorEmail,
    @Nullable Instant at) {

  /** What tied an account to a commit. */
  public enum Kind {
    /** The tool matched the commit to the account (GitHub's commit {@code author}). */
    COMMIT,
    /** The commit is part of a pull or merge request the account opened. */
    PULL_REQUEST_COMMIT
  }

  /**
   * Validates.
   *
   * @throws IllegalArgumentException if the account id or the reference is blank
   */
  public ContributionFact {
    requireNonNull(integration, "integration");
    requireNonNull(kind, "kind");
    requireNonNull(accountId, "accountId");
    requireNonNull(reference, "reference");
    if (accountId.isBlank()) {
      throw new IllegalArgumentException("a contribution fact needs the account id; it is blank");
    }
    if (reference.isBlank()) {
      throw new IllegalArgumentException("a contribution fact needs a reference (a commit sha); it is blank");
    }
  }

  /** The commit's author email, if the tool gave one. */
  public Optional<String> email() {
    return Optional.ofNullable(authorEmail).filter(e -> !e.isBlank());
  }
}
