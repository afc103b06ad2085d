package io.github.devidentity.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One person (or one bot): the identity records that resolution found to belong together.
 *
 * <p>Immutable. Records are kept sorted by id, emails sorted, so two equal resolutions print the
 * same.
 */
public final class Contributor {
  private final ContributorId id;
  private final String displayName;
  private final @Nullable String primaryEmail;
  private final ImmutableSortedSet<String> emails;
  private final ImmutableList<IdentityRecord> records;
  private final ImmutableSortedMap<String, String> attributes;
  private final boolean bot;
  private final @Nullable String botEvidence;

  private Contributor(Builder builder) {
    this.id = builder.id;
    this.displayName = builder.displayName;
    this.primaryEmail = builder.primaryEmail;
    this.emails = ImmutableSortedSet.copyOf(builder.emails);
    this.records =
        ImmutableList.sortedCopyOf(Comparator.comparing(IdentityRecord::id), builder.records);
    this.attributes = ImmutableSortedMap.copyOf(builder.attributes);
    this.bot = builder.bot;
    this.botEvidence = builder.bot ? builder.botEvidence : null;
  }

  /** Starts a contributor with its id. */
  public static Builder builder(ContributorId id) {
    return new Builder(id);
  }

  /** A builder holding this contributor's values. */
  public Builder toBuilder() {
    Builder builder = new Builder(id);
    builder.displayName = displayName;
    builder.primaryEmail = primaryEmail;
    builder.emails.addAll(emails);
    builder.records.addAll(records);
    builder.attributes.putAll(attributes);
    builder.bot = bot;
    builder.botEvidence = botEvidence;
    return builder;
  }

  /** The stable id. */
  public ContributorId id() {
    return id;
  }

  /** The name to show; empty when no record carries a usable name. */
  public String displayName() {
    return displayName;
  }

  /** The email to show and to contact, if the contributor has a usable one. */
  public Optional<String> primaryEmail() {
    return Optional.ofNullable(primaryEmail);
  }

  /** Every normalised, usable email of the contributor's records, sorted. */
  public Set<String> emails() {
    return emails;
  }

  /** The records, sorted by id. */
  public List<IdentityRecord> records() {
    return records;
  }

  /** Custom attributes set by the host or an import, sorted by key. */
  public Map<String, String> attributes() {
    return attributes;
  }

  /** Whether this contributor is automation rather than a person. */
  public boolean isBot() {
    return bot;
  }

  /** Why this contributor is automation, in words for people; empty for a person. */
  public Optional<String> botEvidence() {
    return Optional.ofNullable(botEvidence);
  }

  /** The accounts (integration and account id) among the records, sorted. */
  public Set<AccountRef> accounts() {
    Set<AccountRef> accounts = new TreeSet<>();
    for (IdentityRecord record : records) {
      record.account().ifPresent(accounts::add);
    }
    return ImmutableSortedSet.copyOf(accounts);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Contributor)) {
      return false;
    }
    Contributor that = (Contributor) o;
    return bot == that.bot
        && Objects.equals(botEvidence, that.botEvidence)
        && id.equals(that.id)
        && displayName.equals(that.displayName)
        && Objects.equals(primaryEmail, that.primaryEmail)
        && emails.equals(that.emails)
        && records.equals(that.records)
        && attributes.equals(that.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, displayName, primaryEmail, emails, records, attributes, bot, botEvidence);
  }

  @Override
  public String toString() {
    return id + " " + displayName + (primaryEmail == null ? "" : " <" + primaryEmail + ">")
        + " (" + records.size() + (records.size() == 1 ? " record" : " records") + (bot ? ", bot" : "") + ")";
  }

  /** Builds a {@link Contributor}. */
  public static final class Builder {
    private ContributorId id;
    private String displayName = "";
    private @Nullable String primaryEmail;
    private final Set<String> emails = new TreeSet<>();
    private final List<IdentityRecord> records = new ArrayList<>();
    private final Map<String, String> attributes = new TreeMap<>();
    private boolean bot;
    private @Nullable String botEvidence;

    private Builder(ContributorId id) {
      this.id = requireNonNull(id, "id");
    }

    /** Replaces the id. */
    public Builder id(ContributorId id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /** Sets the name to show. */
    public Builder displayName(String displayName) {
      this.displayName = requireNonNull(displayName, "displayName").trim();
      return this;
    }

    /** Sets the primary email; null clears it. It is also added to {@link #emails}. */
    public Builder primaryEmail(@Nullable String primaryEmail) {
      this.primaryEmail = primaryEmail;
      if (primaryEmail != null) {
        emails.add(primaryEmail);
      }
      return this;
    }

    /** Adds emails. */
    public Builder emails(Collection<String> emails) {
      this.emails.addAll(emails);
      return this;
    }

    /** Adds one record. */
    public Builder record(IdentityRecord record) {
      records.add(requireNonNull(record, "record"));
      return this;
    }

    /** Replaces the records. */
    public Builder records(Collection<IdentityRecord> records) {
      this.records.clear();
      records.forEach(this::record);
      return this;
    }

    /**
     * Sets one custom attribute.
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

    /** Marks or unmarks the contributor as automation. */
    public Builder bot(boolean bot) {
      this.bot = bot;
      return this;
    }

    /** Marks the contributor as automation and says why. */
    public Builder botEvidence(String why) {
      this.botEvidence = requireNonNull(why, "why");
      this.bot = true;
      return this;
    }

    /**
     * Builds the contributor.
     *
     * @throws IllegalArgumentException if two records share an id
     */
    public Contributor build() {
      Set<RecordId> seen = new TreeSet<>();
      for (IdentityRecord record : records) {
        if (!seen.add(record.id())) {
          throw new IllegalArgumentException(
              "contributor " + id + " holds record " + record.id() + " twice");
        }
      }
      return new Contributor(this);
    }
  }
}
