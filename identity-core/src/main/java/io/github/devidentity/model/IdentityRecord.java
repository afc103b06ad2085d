package io.github.devidentity.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One identity as observed in one integration: a git author, a GitHub account, a Jira user.
 *
 * <p>Values are kept as the tool gave them (trimmed); normalisation happens when records are
 * resolved, so nothing is lost and an odd value can always be shown to a person. Immutable.
 *
 * <pre>{@code
 * IdentityRecord octocat = IdentityRecord.builder(RecordId.of("gh-1"), Integration.of(IntegrationType.GITHUB))
 *     .accountId("583231")
 *     .login("octocat")
 *     .displayName("The Octocat")
 *     .email("octocat@github.com")
 *     .build();
 * }</pre>
 */
public final class IdentityRecord {
  private final RecordId id;
  private final Integration integration;
  private final @Nullable String accountId;
  private final @Nullable String login;
  private final @Nullable String displayName;
  private final ImmutableList<String> emails;
  private final boolean bot;
  private final @Nullable Instant firstSeen;
  private final @Nullable Instant lastSeen;
  private final long activityCount;
  private final ImmutableSortedMap<String, String> attributes;
  private final ImmutableSortedSet<AccountRef> linkedAccounts;

  private IdentityRecord(Builder builder) {
    this.id = builder.id;
    this.integration = builder.integration;
    this.accountId = builder.accountId;
    this.login = builder.login;
    this.displayName = builder.displayName;
    this.emails = ImmutableList.copyOf(builder.emails);
    this.bot = builder.bot;
    this.firstSeen = builder.firstSeen;
    this.lastSeen = builder.lastSeen;
    this.activityCount = builder.activityCount;
    this.attributes = ImmutableSortedMap.copyOf(builder.attributes);
    this.linkedAccounts = ImmutableSortedSet.copyOf(builder.linkedAccounts);
  }

  /** Starts a record with its two required parts. */
  public static Builder builder(RecordId id, Integration integration) {
    return new Builder(id, integration);
  }

  /** A builder holding this record's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder builder = new Builder(id, integration);
    builder.accountId = accountId;
    builder.login = login;
    builder.displayName = displayName;
    builder.emails.addAll(emails);
    builder.bot = bot;
    builder.firstSeen = firstSeen;
    builder.lastSeen = lastSeen;
    builder.activityCount = activityCount;
    builder.attributes.putAll(attributes);
    builder.linkedAccounts.addAll(linkedAccounts);
    return builder;
  }

  /** The host's id of this record, unique within a resolution. */
  public RecordId id() {
    return id;
  }

  /** The integration the identity was observed in. */
  public Integration integration() {
    return integration;
  }

  /** The tool's stable account id (cloud id), if the tool has one for this identity. */
  public Optional<String> accountId() {
    return Optional.ofNullable(accountId);
  }

  /** The account as an {@link AccountRef}, when there is an account id. */
  public Optional<AccountRef> account() {
    return accountId == null ? Optional.empty() : Optional.of(AccountRef.of(integration, accountId));
  }

  /** The login or username, if any. */
  public Optional<String> login() {
    return Optional.ofNullable(login);
  }

  /** The display name as the tool gave it, if any. */
  public Optional<String> displayName() {
    return Optional.ofNullable(displayName);
  }

  /** The email addresses as the tool gave them, in order, without repeats. */
  public List<String> emails() {
    return emails;
  }

  /** Whether the tool (or the host) marks this identity as automation. */
  public boolean isBot() {
    return bot;
  }

  /** When the identity was first active, if known. */
  public Optional<Instant> firstSeen() {
    return Optional.ofNullable(firstSeen);
  }

  /** When the identity was last active, if known. */
  public Optional<Instant> lastSeen() {
    return Optional.ofNullable(lastSeen);
  }

  /** How much activity (commits, pull requests, issues) the identity has; 0 when unknown. */
  public long activityCount() {
    return activityCount;
  }

  /** Free attributes from the source, sorted by key. */
  public Map<String, String> attributes() {
    return attributes;
  }

  /**
   * Accounts in other integrations that the source itself says this identity holds, such as a
   * GitLab user's linked GitHub identity or an uploaded cloud id; sorted.
   */
  public Set<AccountRef> linkedAccounts() {
    return linkedAccounts;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof IdentityRecord)) {
      return false;
    }
    IdentityRecord that = (IdentityRecord) o;
    return bot == that.bot
        && activityCount == that.activityCount
        && id.equals(that.id)
        && integration.equals(that.integration)
        && Objects.equals(accountId, that.accountId)
        && Objects.equals(login, that.login)
        && Objects.equals(displayName, that.displayName)
        && emails.equals(that.emails)
        && Objects.equals(firstSeen, that.firstSeen)
        && Objects.equals(lastSeen, that.lastSeen)
        && attributes.equals(that.attributes)
        && linkedAccounts.equals(that.linkedAccounts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, integration, accountId, login, displayName, emails, bot, firstSeen,
        lastSeen, activityCount, attributes, linkedAccounts);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(id).append(" [").append(integration);
    if (accountId != null) {
      text.append(" #").append(accountId);
    }
    if (login != null) {
      text.append(" @").append(login);
    }
    text.append(']');
    if (displayName != null) {
      text.append(' ').append(displayName);
    }
    if (!emails.isEmpty()) {
      text.append(" <").append(String.join(", ", emails)).append('>');
    }
    if (bot) {
      text.append(" (bot)");
    }
    return text.toString();
  }

  /** Builds an {@link IdentityRecord}; blank strings count as absent. */
  public static final class Builder {
    private RecordId id;
    private Integration integration;
    private @Nullable String accountId;
    private @Nullable String login;
    private @Nullable String displayName;
    private final List<String> emails = new ArrayList<>();
    private boolean bot;
    private @Nullable Instant firstSeen;
    private @Nullable Instant lastSeen;
    private long activityCount;
    private final Map<String, String> attributes = new TreeMap<>();
    private final Set<AccountRef> linkedAccounts = new TreeSet<>();

    private Builder(RecordId id, Integration integration) {
      this.id = requireNonNull(id, "id");
      this.integration = requireNonNull(integration, "integration");
    }

    /** Replaces the record id. */
    public Builder id(RecordId id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /** Replaces the integration. */
    public Builder integration(Integration integration) {
      this.integration = requireNonNull(integration, "integration");
      return this;
    }

    /** Sets the tool's stable account id; blank or null clears it. */
    public Builder accountId(@Nullable String accountId) {
      this.accountId = blankToNull(accountId);
      return this;
    }

    /** Sets the login or username; blank or null clears it. */
    public Builder login(@Nullable String login) {
      this.login = blankToNull(login);
      return this;
    }

    /** Sets the display name; blank or null clears it. */
    public Builder displayName(@Nullable String displayName) {
      this.displayName = blankToNull(displayName);
      return this;
    }

    /** Adds one email as given (trimmed); blank or null is ignored, a repeat is kept once. */
    public Builder email(@Nullable String email) {
      String value = blankToNull(email);
      if (value != null && !emails.contains(value)) {
        emails.add(value);
      }
      return this;
    }

    /** Replaces the emails with these, in order. */
    public Builder emails(Collection<String> emails) {
      this.emails.clear();
      emails.forEach(this::email);
      return this;
    }

    /** Marks or unmarks the identity as automation. */
    public Builder bot(boolean bot) {
      this.bot = bot;
      return this;
    }

    /** Sets when the identity was first active. */
    public Builder firstSeen(@Nullable Instant firstSeen) {
      this.firstSeen = firstSeen;
      return this;
    }

    /** Sets when the identity was last active. */
    public Builder lastSeen(@Nullable Instant lastSeen) {
      this.lastSeen = lastSeen;
      return this;
    }

    /**
     * Sets the amount of activity.
     *
     * @throws IllegalArgumentException if {@code activityCount} is negative
     */
    public Builder activityCount(long activityCount) {
      if (activityCount < 0) {
        throw new IllegalArgumentException("activityCount is " + activityCount + "; expected 0 or more");
      }
      this.activityCount = activityCount;
      return this;
    }

    /**
     * Sets one free attribute.
     *
     * @throws IllegalArgumentException if {@code key} is blank
     */
    public Builder attribute(String key, String value) {
      requireNonNull(key, "key");
      requireNonNull(value, "value");
      if (key.isBlank()) {
        throw new IllegalArgumentException("attribute key is blank");
      }
      attributes.put(key.trim(), value);
      return this;
    }

    /** Adds an account in another integration that this identity is known to hold. */
    public Builder linkedAccount(AccountRef account) {
      linkedAccounts.add(requireNonNull(account, "account"));
      return this;
    }

    /**
     * Builds the record.
     *
     * @throws IllegalArgumentException if last seen is before first seen
     */
    public IdentityRecord build() {
      if (firstSeen != null && lastSeen != null && lastSeen.isBefore(firstSeen)) {
        throw new IllegalArgumentException(
            "record " + id + ": lastSeen " + lastSeen + " is before firstSeen " + firstSeen);
      }
      return new IdentityRecord(this);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
      if (value == null) {
        return null;
      }
      String trimmed = value.trim();
      return trimmed.isEmpty() ? null : trimmed;
    }
  }
}
