package io.github.devidentity.org;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.devidentity.normalize.EmailAddress;
import io.github.devidentity.normalize.Emails;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One person as the organisation lists them: their work email, their manager's email and what
 * the directory says about them.
 *
 * <p>The email and the manager email are normalised by {@link Emails#normalize} (trimmed, unwrapped
 * and lower-cased), so {@code Ada@Example.org} and {@code ada@example.org} name the same person.
 * Whether they are usable addresses is not checked here but when an {@link Organisation} is built,
 * which reports every problem at once. Blank text values count as absent. Immutable.
 *
 * <pre>{@code
 * Developer ada = Developer.builder("ada@example.org")
 *     .managerEmail("grace@example.org")
 *     .fullName("Ada Lovelace")
 *     .role("Engineer")
 *     .team("Payments")
 *     .build();
 * }</pre>
 */
public final class Developer {
  private final EmailAddress email;
  private final @Nullable EmailAddress managerEmail;
  private final @Nullable String fullName;
  private final @Nullable String role;
  private final @Nullable String subRole;
  private final @Nullable String department;
  private final @Nullable String site;
  private final ImmutableSortedSet<String> teams;

  private Developer(Builder builder) {
    this.email = Emails.normalize(builder.email);
    this.managerEmail = builder.managerEmail == null ? null : Emails.normalize(builder.managerEmail);
    this.fullName = builder.fullName;
    this.role = builder.role;
    this.subRole = builder.subRole;
    this.department = builder.department;
    this.site = builder.site;
    this.teams = ImmutableSortedSet.copyOf(builder.teams);
  }

  /** Starts a developer with their email, the one value every developer has. */
  public static Builder builder(String email) {
    return new Builder(email);
  }

  /** A builder holding this developer's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder builder = new Builder(email.raw());
    builder.managerEmail = managerEmail == null ? null : managerEmail.raw();
    builder.fullName = fullName;
    builder.role = role;
    builder.subRole = subRole;
    builder.department = department;
    builder.site = site;
    builder.teams.addAll(teams);
    return builder;
  }

  /** The email, normalised: the developer's identity within an organisation. */
  public String email() {
    return email.normalized();
  }

  /** The manager's email, normalised; empty for someone at the top of the tree. */
  public Optional<String> managerEmail() {
    return managerEmail == null ? Optional.empty() : Optional.of(managerEmail.normalized());
  }

  /** The full name, if given. */
  public Optional<String> fullName() {
    return Optional.ofNullable(fullName);
  }

  /** The role, such as {@code Engineer}, if given. */
  public Optional<String> role() {
    return Optional.ofNullable(role);
  }

  /** The sub role, such as {@code Backend}, if given. */
  public Optional<String> subRole() {
    return Optional.ofNullable(subRole);
  }

  /** The department, if given. */
  public Optional<String> department() {
    return Optional.ofNullable(department);
  }

  /** The site or office, if given. */
  public Optional<String> site() {
    return Optional.ofNullable(site);
  }

  /**
   * The names of the teams the developer belongs to without dates, sorted; several when the
   * developer is shared by teams. See {@link Organisation} for how they combine with dated
   * {@link Membership memberships}.
   */
  public Set<String> teams() {
    return teams;
  }

  /** The email as given and as normalised, with whether it is an address at all. */
  EmailAddress emailAddress() {
    return email;
  }

  /** The manager email as given and as normalised, or null when there is none. */
  @Nullable EmailAddress managerAddress() {
    return managerEmail;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Developer)) {
      return false;
    }
    Developer that = (Developer) o;
    return email.normalized().equals(that.email.normalized())
        && managerEmail().equals(that.managerEmail())
        && Objects.equals(fullName, that.fullName)
        && Objects.equals(role, that.role)
        && Objects.equals(subRole, that.subRole)
        && Objects.equals(department, that.department)
        && Objects.equals(site, that.site)
        && teams.equals(that.teams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(email.normalized(), managerEmail(), fullName, role, subRole, department, site,
        teams);
  }

  /** The email, and the full name when there is one: {@code Ada Lovelace <ada@example.org>}. */
  @Override
  public String toString() {
    return fullName == null ? email() : fullName + " <" + email() + ">";
  }

  /** Builds a {@link Developer}. */
  public static final class Builder {
    private String email;
    private @Nullable String managerEmail;
    private @Nullable String fullName;
    private @Nullable String role;
    private @Nullable String subRole;
    private @Nullable String department;
    private @Nullable String site;
    private final Set<String> teams = new TreeSet<>();

    private Builder(String email) {
      this.email = requireNonNull(email, "email");
    }

    /** Replaces the email. */
    public Builder email(String email) {
      this.email = requireNonNull(email, "email");
      return this;
    }

    /** Sets the manager's email; null or blank for someone at the top of the tree. */
    public Builder managerEmail(@Nullable String managerEmail) {
      this.managerEmail = orNull(managerEmail);
      return this;
    }

    /** Sets the full name; null or blank clears it. */
    public Builder fullName(@Nullable String fullName) {
      this.fullName = orNull(fullName);
      return this;
    }

    /** Sets the role; null or blank clears it. */
    public Builder role(@Nullable String role) {
      this.role = orNull(role);
      return this;
    }

    /** Sets the sub role; null or blank clears it. */
    public Builder subRole(@Nullable String subRole) {
      this.subRole = orNull(subRole);
      return this;
    }

    /** Sets the department; null or blank clears it. */
    public Builder department(@Nullable String department) {
      this.department = orNull(department);
      return this;
    }

    /** Sets the site; null or blank clears it. */
    public Builder site(@Nullable String site) {
      this.site = orNull(site);
      return this;
    }

    /**
     * Adds a team the developer belongs to, trimmed.
     *
     * @throws IllegalArgumentException if {@code team} is blank
     */
    public Builder team(String team) {
      teams.add(new Team.Named(team).name());
      return this;
    }

    /**
     * Replaces the teams.
     *
     * @throws IllegalArgumentException if a team name is blank
     */
    public Builder teams(Collection<String> teams) {
      requireNonNull(teams, "teams");
      this.teams.clear();
      teams.forEach(this::team);
      return this;
    }

    /** Builds the developer. */
    public Developer build() {
      return new Developer(this);
    }

    private static @Nullable String orNull(@Nullable String value) {
      if (value == null) {
        return null;
      }
      String trimmed = value.trim();
      return trimmed.isEmpty() ? null : trimmed;
    }
  }
}
