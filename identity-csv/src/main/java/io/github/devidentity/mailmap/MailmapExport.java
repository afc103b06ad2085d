package io.github.devidentity.mailmap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.github.devidentity.IdentityException;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A resolution written as a {@code .mailmap}, so that {@code git shortlog -sne} and {@code git
 * check-mailmap} show each contributor under one identity.
 *
 * <p>A contributor's canonical identity is its {@linkplain Contributor#displayName() display
 * name} with its {@linkplain Contributor#primaryEmail() primary email}. Every other name and email
 * its records carry maps to it, in the shortest form git needs: {@code Proper Name <commit@email>}
 * when only the name differs, {@code <proper@email> <commit@email>} when only the email does,
 * {@code Proper Name <proper@email> <commit@email>} for both, and {@code Proper Name
 * <proper@email> Commit Name <commit@email>} when other contributors' records use the same commit
 * email, so the line maps only the commit name given. Records already carrying the canonical
 * identity need no line. Lines are sorted by canonical name, canonical email, commit email and
 * commit name, after a header comment; the same resolution always gives the same file.
 *
 * <p>What is exported: {@link #of(Resolution, Integration)} takes the records of one integration
 * (one repository's history), {@link #of(Resolution)} the records of every git integration. Bots
 * are exported like people: {@code git shortlog} lists them too, and one line per bot spelling
 * groups them just as well. Records that cannot be mapped are never dropped silently: each is
 * {@linkplain #unmapped() reported} with the reason.
 *
 * <pre>{@code
 * MailmapExport export = MailmapExport.of(resolution, Integration.of(IntegrationType.GIT, "acme/api"));
 * export.write(Path.of("api/.mailmap"));
 * export.unmapped().forEach(unmapped -> System.err.println("not mapped: " + unmapped));
 * }</pre>
 */
public final class MailmapExport {
  private final String text;
  private final Mailmap mailmap;
  private final List<Unmapped> unmapped;
  private final int records;

  private MailmapExport(String text, List<Unmapped> unmapped, int records) {
    this.text = text;
    this.mailmap = Mailmap.parse(text, ".mailmap");
    this.unmapped = List.copyOf(unmapped);
    this.records = records;
  }

  /**
   * Exports the records of every integration of type {@link IntegrationType#GIT git}.
   *
   * @param resolution the resolution whose contributors give the canonical identities
   * @return the {@code .mailmap} and what could not be mapped
   */
  public static MailmapExport of(Resolution resolution) {
    requireNonNull(resolution, "resolution");
    return export(resolution, record -> record.integration().type() == IntegrationType.GIT, "every git integration");
  }

  /**
   * Exports the records of one integration, such as one repository's history.
   *
   * @param resolution the resolution whose contributors give the canonical identities; it may
   *     hold records of other integrations, which give names and emails but are not exported
   * @param repository the integration whose records are exported
   * @return the {@code .mailmap} and what could not be mapped
   */
  public static MailmapExport of(Resolution resolution, Integration repository) {
    requireNonNull(resolution, "resolution");
    requireNonNull(repository, "repository");
    return export(resolution, record -> record.integration().equals(repository), repository.toString());
  }

  /** The {@code .mailmap} text, with {@code \n} line ends. */
  public String text() {
    return text;
  }

  /** The text parsed back, as git reads it; its source is {@code .mailmap}. */
  public Mailmap mailmap() {
    return mailmap;
  }

  /** The records, or identities of records, that no line maps to their canonical identity, by record id. */
  public List<Unmapped> unmapped() {
    return unmapped;
  }

  /** How many records were exported, mapped or not. */
  public int records() {
    return records;
  }

  /**
   * Writes the text to a UTF-8 file, replacing it.
   *
   * @throws IdentityException if the file cannot be written
   */
  public void write(Path file) {
    requireNonNull(file, "file");
    try {
      Files.writeString(file, text, UTF_8);
    } catch (IOException e) {
      throw new IdentityException("cannot write " + file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
          : e.getMessage()), e);
    }
  }

  @Override
  public String toString() {
    return "MailmapExport[" + records + " records, " + mailmap.entries().size() + " lines, " + unmapped.size()
        + " not mapped]";
  }

  private static MailmapExport export(Resolution resolution, Predicate<IdentityRecord> selected, String scope) {
    List<Item> items = new ArrayList<>();
    Set<Unmapped> unmapped = new LinkedHashSet<>();
    int records = 0;
    int contributors = 0;
    for (Contributor contributor : resolution.contributors()) {
      List<IdentityRecord> chosen = contributor.records().stream().filter(selected).collect(Collectors.toList());
      if (chosen.isEmpty()) {
        continue;
      }
      records += chosen.size();
      contributors++;
      Optional<GitIdentity> canonical = canonical(contributor);
      List<Item> own = new ArrayList<>();
      for (IdentityRecord record : chosen) {
        List<GitIdentity> identities = GitIdentity.of(record);
        if (identities.isEmpty()) {
          unmapped.add(new Unmapped(record.id(), contributor.id(), Unmapped.Reason.NO_IDENTITY,
              "has neither a name nor an email, so no commit carries it"));
        }
        for (GitIdentity identity : identities) {
          own.add(new Item(record.id(), contributor.id(), identity, canonical.orElse(identity)));
        }
      }
      if (canonical.isEmpty() && own.stream().map(Item::identity).distinct().count() > 1) {
        for (Item item : own) {
          unmapped.add(item.unmapped(Unmapped.Reason.NO_CANONICAL_IDENTITY, "contributor " + contributor.id() + " "
              + missing(contributor) + ", so its identities keep their own names and emails"));
        }
      }
      items.addAll(own);
    }

    Map<String, List<Item>> byEmail = new TreeMap<>();
    for (Item item : items) {
      byEmail.computeIfAbsent(GitIdentity.key(item.identity().email()), key -> new ArrayList<>()).add(item);
    }
    List<Line> lines = new ArrayList<>();
    for (List<Item> sameEmail : byEmail.values()) {
      if (targets(sameEmail).size() == 1) {
        emailLine(sameEmail, unmapped).ifPresent(lines::add);
        continue;
      }
      Map<String, List<Item>> byName = new TreeMap<>();
      for (Item item : sameEmail) {
        byName.computeIfAbsent(GitIdentity.key(item.identity().name()), key -> new ArrayList<>()).add(item);
      }
      for (List<Item> sameName : byName.values()) {
        nameLine(sameName, sameEmail, unmapped).ifPresent(lines::add);
      }
    }
    lines.sort(Line.ORDER);

    List<Unmapped> report = new ArrayList<>(unmapped);
    report.sort(Comparator.comparing(Unmapped::record).thenComparing(Unmapped::explanation));
    StringBuilder text = new StringBuilder()
        .append("# .mailmap for ").append(scope).append(", generated by devidentity from a resolution:\n")
        .append("# ").append(count(records, "record")).append(" of ").append(count(contributors, "contributor"))
        .append(", each mapped to its contributor's display name and primary email.\n");
    if (!report.isEmpty()) {
      text.append("# ").append(count((int) report.stream().map(Unmapped::record).distinct().count(), "record"))
          .append(" could not be mapped; the export reports each with the reason.\n");
    }
    text.append("# Regenerate this file rather than editing it; record corrections as decisions.\n");
    for (Line line : lines) {
      text.append(line.entry()).append('\n');
    }
    return new MailmapExport(text.toString(), report, records);
  }

  /** The contributor's display name and primary email, when it has both and a line can hold them. */
  private static Optional<GitIdentity> canonical(Contributor contributor) {
    String name = contributor.displayName();
    Optional<String> email = contributor.primaryEmail();
    if (email.isEmpty() || !Mailmap.Entry.canHoldName(name) || !Mailmap.Entry.canHoldEmail(email.get())
        || email.get().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new GitIdentity(name, email.get()));
  }

  private static String missing(Contributor contributor) {
    if (contributor.primaryEmail().isEmpty()) {
      return "has no usable email address";
    }
    if (contributor.displayName().isEmpty()) {
      return "has no display name";
    }
    return "has a display name or primary email a .mailmap line cannot hold (" + contributor.displayName() + " <"
        + contributor.primaryEmail().get() + ">)";
  }

  private static Set<GitIdentity> targets(List<Item> items) {
    Set<GitIdentity> targets = new TreeSet<>(Comparator.comparing(GitIdentity::name).thenComparing(GitIdentity::email));
    items.forEach(item -> targets.add(item.target()));
    return targets;
  }

  /**
   * The line for a commit email whose records all map to one identity: by email alone, so any
   * name with that email maps, as git maps a new spelling.
   */
  private static Optional<Line> emailLine(List<Item> items, Set<Unmapped> unmapped) {
    GitIdentity target = items.get(0).target();
    if (items.stream().allMatch(item -> item.identity().equals(target))) {
      return Optional.empty();
    }
    Optional<String> email = spelling(items, GitIdentity::email, Mailmap.Entry::canHoldEmail);
    if (email.isEmpty()) {
      unwritable(items, unmapped);
      return Optional.empty();
    }
    if (items.stream().allMatch(item -> item.identity().email().equals(target.email()))) {
      return Optional.of(new Line(target, new Mailmap.Entry(1, target.name(), null, null, target.email())));
    }
    boolean sameName = items.stream().allMatch(item -> item.identity().name().equals(target.name()));
    return Optional.of(new Line(target,
        new Mailmap.Entry(1, sameName ? null : target.name(), target.email(), null, email.get())));
  }

  /**
   * The line for one commit name and email when other contributors' records share the email:
   * by name and email, so only that name maps.
   */
  private static Optional<Line> nameLine(List<Item> items, List<Item> sameEmail, Set<Unmapped> unmapped) {
    List<Item> needing = items.stream().filter(Item::needsLine).collect(Collectors.toList());
    if (needing.isEmpty()) {
      return Optional.empty();
    }
    Set<GitIdentity> targets = targets(items);
    if (targets.size() > 1 || needing.get(0).identity().name().isEmpty()) {
      for (Item item : needing) {
        unmapped.add(item.unmapped(Unmapped.Reason.INDISTINGUISHABLE, indistinguishable(item, items, sameEmail)));
      }
      return Optional.empty();
    }
    GitIdentity target = targets.iterator().next();
    Optional<String> name = spelling(items, GitIdentity::name, Mailmap.Entry::canHoldName);
    Optional<String> email = spelling(items, GitIdentity::email, Mailmap.Entry::canHoldEmail);
    if (name.isEmpty() || email.isEmpty()) {
      unwritable(needing, unmapped);
      return Optional.empty();
    }
    return Optional.of(new Line(target, new Mailmap.Entry(1, target.name(), target.email(), name.get(), email.get())));
  }

  private static String indistinguishable(Item item, List<Item> sameName, List<Item> sameEmail) {
    List<Item> others = item.identity().name().isEmpty() ? sameEmail : sameName;
    String owners = others.stream().filter(other -> !other.contributor().equals(item.contributor()))
        .map(other -> other.contributor() + " (" + other.record() + ")").distinct().sorted()
        .collect(Collectors.joining(", "));
    if (item.identity().name().isEmpty()) {
      return item.identity().quoted() + " has no name, and contributor " + owners + " commits with the same email,"
          + " so no line can map it alone, which git matches by name when an email is shared";
    }
    return item.identity().quoted() + " has the name and email, ignoring case as git does, of contributor " + owners
        + ", so no line can map it to " + item.target().quoted() + " alone";
  }

  private static void unwritable(List<Item> items, Set<Unmapped> unmapped) {
    for (Item item : items) {
      if (item.needsLine()) {
        unmapped.add(item.unmapped(Unmapped.Reason.UNWRITABLE, item.identity().quoted()
            + " holds a character a .mailmap line cannot hold (a < in the name, a > in the email, or a line break)"));
      }
    }
  }

  /** The first spelling, in sorted order, of a name or email that a line can hold. */
  private static Optional<String> spelling(
      List<Item> items, Function<GitIdentity, String> part, Predicate<String> writable) {
    return items.stream().map(item -> part.apply(item.identity())).filter(writable).sorted().findFirst();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * One line of the file and the identity it maps to. Lines are written by that identity, so a
   * person's lines stand together whatever their form, then by commit email and name.
   */
  private record Line(GitIdentity target, Mailmap.Entry entry) {
    static final Comparator<Line> ORDER = Comparator.comparing((Line line) -> line.target().name())
        .thenComparing(line -> line.target().email())
        .thenComparing(line -> GitIdentity.key(line.entry().commitEmail()))
        .thenComparing(line -> line.entry().commitEmail())
        .thenComparing(line -> Objects.toString(line.entry().commitName(), ""));
  }

  /** One identity of one exported record and the identity it is to show as. */
  private record Item(RecordId record, ContributorId contributor, GitIdentity identity, GitIdentity target) {
    boolean needsLine() {
      return !identity.equals(target);
    }

    Unmapped unmapped(Unmapped.Reason reason, String explanation) {
      return new Unmapped(record, contributor, reason, explanation);
    }
  }

  /**
   * A record, or one identity of a record, that the exported file does not map to its
   * contributor's canonical identity.
   *
   * @param record the record
   * @param contributor its contributor
   * @param reason why, as a stable code
   * @param explanation why, in words that name the identity
   */
  public record Unmapped(RecordId record, ContributorId contributor, Reason reason, String explanation) {

    /** Checks that the parts are present. */
    public Unmapped {
      requireNonNull(record, "record");
      requireNonNull(contributor, "contributor");
      requireNonNull(reason, "reason");
      requireNonNull(explanation, "explanation");
    }

    /** Why a record is not mapped. */
    public enum Reason {
      /** The record has neither a name nor an email. */
      NO_IDENTITY,
      /**
       * The contributor has no display name or no usable email (or one a line cannot hold), so
       * there is nothing to map its several identities to.
       */
      NO_CANONICAL_IDENTITY,
      /** The record's name or email holds a character a {@code .mailmap} line cannot hold. */
      UNWRITABLE,
      /**
       * Another contributor's record has the same email and the same name ignoring ASCII case, or
       * the record has no name and shares its email: git cannot tell them apart.
       */
      INDISTINGUISHABLE
    }

    /** {@code r12 (c0123abcd4567): "Ada <ada@x>" has ...}. */
    @Override
    public String toString() {
      return record + " (" + contributor + "): " + explanation;
    }
  }
}
