package io.github.devidentity.normalize;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.IntegrationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An identity record with its values normalised once, the form correlation strategies read.
 *
 * <pre>{@code
 * NormalizedRecord normalized = NormalizedRecord.of(record);
 * normalized.linkableEmails(); // valid, non-placeholder addresses, lower-cased
 * }</pre>
 */
public final class NormalizedRecord {
  private final IdentityRecord record;
  private final ImmutableList<EmailAddress> emails;
  private final @Nullable PersonName name;
  private final ImmutableList<ProviderLogin> providerLogins;
  /** Why the record is automation, by detection or a host's decision; empty for a person. */
  private final @Nullable String bot;
  // Derived features, computed on first use and kept: strategies ask for them many times. The
  // values are immutable, so a race only computes one twice.
  private @Nullable List<Handles.Handle> handles;
  private @Nullable Optional<PersonName> fullName;
  private @Nullable List<PersonName> fullNames;
  private @Nullable List<Handles.Derived> derived;

  private NormalizedRecord(IdentityRecord record) {
    this.record = record;
    ImmutableList.Builder<EmailAddress> normalized = ImmutableList.builder();
    for (String email : record.emails()) {
      normalized.add(Emails.normalize(email));
    }
    // An address typed into the name field ("k_kapp@yahoo.com <k_kapp@yahoo.com>", or with the
    // address field garbled) is an address of the record too.
    String displayName = record.displayName().orElse("");
    if (displayName.indexOf('@') > 0) {
      EmailAddress inName = Emails.normalize(displayName);
      if (inName.isLinkable() && record.emails().stream().noneMatch(e -> Emails.normalize(e).normalized().equals(inName.normalized()))) {
        normalized.add(inName);
      }
    }
    this.emails = normalized.build();
    this.name = record.displayName().map(Names::normalize).orElse(null);
    this.providerLogins = ImmutableList.copyOf(providerLogins(record, emails));
    this.bot = Bots.detect(record, emails, providerLogins).orElse(null);
  }

  private NormalizedRecord(NormalizedRecord from, @Nullable String bot) {
    this.record = from.record;
    this.emails = from.emails;
    this.name = from.name;
    this.providerLogins = from.providerLogins;
    this.bot = bot;
  }

  /** Normalises a record's values. */
  public static NormalizedRecord of(IdentityRecord record) {
    return new NormalizedRecord(requireNonNull(record, "record"));
  }

  /** The record as given. */
  public IdentityRecord record() {
    return record;
  }

  /**
   * Every email of the record, normalised and classified, in the record's order, followed by an
   * address written in the display name, if any.
   */
  public List<EmailAddress> emails() {
    return emails;
  }

  /** The emails that may link records: valid and not placeholders. */
  public List<EmailAddress> linkableEmails() {
    ImmutableList.Builder<EmailAddress> linkable = ImmutableList.builder();
    for (EmailAddress email : emails) {
      if (email.isLinkable()) {
        linkable.add(email);
      }
    }
    return linkable.build();
  }

  /** The normalised display name, if the record has one. */
  public Optional<PersonName> name() {
    return Optional.ofNullable(name);
  }

  /**
   * Whether the record is automation: flagged by its source, named like a GitHub App or a
   * well-known automation account, or marked so by a host's decision.
   */
  public boolean isBot() {
    return bot != null;
  }

  /** Why the record is automation, in words for people; empty for a person. */
  public Optional<String> botEvidence() {
    return Optional.ofNullable(bot);
  }

  /**
   * This record with a host's verdict on automation in place of detection: a {@code MARK_BOT} or
   * {@code MARK_HUMAN} decision.
   *
   * @param isBot whether the record is automation
   * @param actor who decided, quoted in the evidence
   */
  public NormalizedRecord withBotDecision(boolean isBot, String actor) {
    requireNonNull(actor, "actor");
    return new NormalizedRecord(this, isBot ? "marked as a bot by " + actor : null);
  }

  /**
   * The display name, when it is a person's full name: {@linkplain PersonName#isFullName() full},
   * and none of its words is one of the record's own logins ({@code pheiduck on githuh} is a login
   * with words around it, not a name). A mailbox name may be a word of it: {@code rick@…} is
   * usually Rick.
   */
  public Optional<PersonName> fullName() {
    Optional<PersonName> result = fullName;
    if (result == null) {
      result = computeFullName();
      fullName = result;
    }
    return result;
  }

  private Optional<PersonName> computeFullName() {
    if (name == null || !name.isFullName()) {
      return Optional.empty();
    }
    for (Handles.Handle handle : handles()) {
      if (handle.source() == Handles.Source.LOGIN && name.parts().contains(handle.value())) {
        return Optional.empty();
      }
    }
    return Optional.of(name);
  }

  /** The record's own handles (logins, mailbox names, handle-like names), worked out once. */
  public List<Handles.Handle> handles() {
    List<Handles.Handle> result = handles;
    if (result == null) {
      result = ImmutableList.copyOf(Handles.compute(this));
      handles = result;
    }
    return result;
  }

  /** The handles derived from each of {@link #fullNames()}, in the same order. */
  public List<Handles.Derived> derivedHandles() {
    List<Handles.Derived> result = derived;
    if (result == null) {
      ImmutableList.Builder<Handles.Derived> builder = ImmutableList.builder();
      for (PersonName full : fullNames()) {
        builder.add(Handles.derive(full));
      }
      result = builder.build();
      derived = result;
    }
    return result;
  }

  /**
   * Every full name the record carries: its {@linkplain #fullName() display name} if that is a
   * full name, otherwise a name spelled in a one-word display name ({@code akshat_jain}); then
   * names spelled in its addresses ({@code magdalena.proszewska@…}), without repeats.
   */
  public List<PersonName> fullNames() {
    List<PersonName> result = fullNames;
    if (result == null) {
      result = ImmutableList.copyOf(computeFullNames());
      fullNames = result;
    }
    return result;
  }

  private List<PersonName> computeFullNames() {
    List<PersonName> names = new ArrayList<>(2);
    Optional<PersonName> full = fullName();
    if (full.isPresent()) {
      names.add(full.get());
    } else if (name != null && name.parts().size() > 1 && !name.isSpelledAsName()) {
      Handles.nameInHandle(name.raw().trim()).ifPresent(names::add);
    }
    for (EmailAddress email : emails) {
      Handles.nameInLocalPart(email).ifPresent(found -> {
        if (names.stream().noneMatch(n -> n.key().equals(found.key()))) {
          names.add(found);
        }
      });
    }
    return names;
  }

  /**
   * The provider accounts this record names: its own login for integrations whose logins are
   * unique, and the logins encoded in its provider noreply addresses.
   */
  public List<ProviderLogin> providerLogins() {
    return providerLogins;
  }

  private static List<ProviderLogin> providerLogins(
      IdentityRecord record, List<EmailAddress> emails) {
    List<ProviderLogin> logins = new ArrayList<>();
    String namespace = loginNamespace(record);
    if (namespace != null) {
      String login = record.login().map(l -> l.toLowerCase(Locale.ROOT)).orElse(null);
      String id = isGitHub(record.integration().type()) ? record.accountId().orElse(null) : null;
      if (login != null || id != null) {
        logins.add(new ProviderLogin(namespace, login, id));
      }
    }
    for (EmailAddress email : emails) {
      NoreplyAddress noreply = email.noreply();
      if (noreply != null) {
        ProviderLogin login = new ProviderLogin(noreply.provider(), noreply.login(), noreply.userId());
        if (!logins.contains(login)) {
          logins.add(login);
        }
      }
    }
    return logins;
  }

  private static boolean isGitHub(IntegrationType type) {
    return type == IntegrationType.GITHUB || type == IntegrationType.GITHUB_ENTERPRISE;
  }

  /**
   * The space in which a record's login is unique, or null when its logins are not unique
   * (Bitbucket Cloud nicknames) or it has none (git, Jira Cloud).
   */
  private static @Nullable String loginNamespace(IdentityRecord record) {
    IntegrationType type = record.integration().type();
    String instance = record.integration().instance().toLowerCase(Locale.ROOT);
    switch (type) {
      case GITHUB:
        return "github.com";
      case GITLAB:
        return instance.equals("gitlab") || instance.equals("gitlab.com") ? "gitlab.com" : record.integration().toString();
      case GITHUB_ENTERPRISE:
      case BITBUCKET_SERVER:
      case AZURE_DEVOPS:
      case JIRA_DATA_CENTER:
      case HARNESS_CODE:
      case CUSTOM:
        return record.integration().toString();
      default:
        return null;
    }
  }

  /**
   * A login in a provider's namespace, with the numeric account id where known.
   *
   * @param namespace where the login is unique, e.g. {@code github.com}
   * @param login the lower-cased login, or null when only the id is known
   * @param accountId the provider's numeric id, or null when unknown
   */
  public record ProviderLogin(String namespace, @Nullable String login, @Nullable String accountId) {
    /** Checks that the namespace is present and at least one of login and id. */
    public ProviderLogin {
      requireNonNull(namespace, "namespace");
      if (login == null && accountId == null) {
        throw new IllegalArgumentException("a provider login needs a login or an account id");
      }
    }

    /** The claim the resolver's account guard compares: the login, or {@code #id} without one. */
    public String claim() {
      return login != null ? login : "#" + accountId;
    }
  }
}
