package io.github.devidentity.examples.generate;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Generates the identity records of an invented engineering organisation, with the truth of which
 * person each record belongs to: git identities and accounts in GitHub, GitLab, Bitbucket Cloud,
 * Azure DevOps, Jira Cloud and Harness Code, as they look in the wild.
 *
 * <p>People have 1 to 8 records (most 1 to 3). Their names vary from record to record (accents
 * dropped, "Last, First", a middle initial, a short form such as Matt, a typo, a lower-case handle,
 * capitals); their commits use a work address, a personal address or a provider noreply address
 * that names their own account. Namesakes are common (several John Smiths, with different
 * addresses and accounts), a few records carry placeholders ({@code root@localhost}, {@code
 * unknown}) or a shared team address, and bots ({@code dependabot[bot]}…) are persons of their own,
 * with person ids such as {@code bot-dependabot}. Handles, addresses and account ids are unique
 * per person, as the tools make them.
 *
 * <p>Records carry no activity dates unless asked: {@link #withActivityUntil} gives each person a
 * span of activity ending by a given instant (most active in the last days, some weeks or years
 * ago, as people move on) and each record first and last seen instants within it; git records are
 * always dated, a few accounts carry no dates.
 *
 * <p>The same seed gives the same records, byte for byte. Records are generated person by person
 * and handed to a {@link RecordSink}, so memory does not grow with their number; ten million take
 * seconds.
 *
 * <pre>{@code
 * OrganisationGenerator generator = OrganisationGenerator.of(42);
 * try (CsvRecordSink csv = CsvRecordSink.open(Path.of("records.csv"), Path.of("records.truth.csv"))) {
 *   long persons = generator.generate(1_000_000, csv);
 * }
 * }</pre>
 */
public final class OrganisationGenerator {
  private final long seed;
  private final String company;
  private final @Nullable Instant activityUntil;

  private OrganisationGenerator(long seed, @Nullable Instant activityUntil) {
    this.seed = seed;
    this.company = NamePools.COMPANIES[(int) Math.floorMod(seed, (long) NamePools.COMPANIES.length)];
    this.activityUntil = activityUntil;
  }

  /** A generator for one seed, of records without activity dates; any seed is valid. */
  public static OrganisationGenerator of(long seed) {
    return new OrganisationGenerator(seed, null);
  }

  /**
   * This generator, with first and last seen instants on the records, none after {@code until}.
   * The other values of every record stay exactly as without dates: the dates are drawn from a
   * random stream of their own.
   */
  public OrganisationGenerator withActivityUntil(Instant until) {
    return new OrganisationGenerator(seed, requireNonNull(until, "until"));
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** The organisation's mail domain, such as {@code acme.example}: fixed by the seed. */
  public String companyDomain() {
    return company + ".example";
  }

  /**
   * Generates exactly {@code records} records, in a fixed order for the seed, and hands each to
   * {@code sink}. The last person may be cut short to make the count. Each call starts afresh, so
   * two calls with the same count give the same records.
   *
   * @param records how many records to generate, 0 or more
   * @param sink receives the records in order; record ids run {@code r00000001}, {@code
   *     r00000002}…
   * @return how many distinct persons (people and bots) the records belong to
   * @throws IllegalArgumentException if {@code records} is negative
   */
  public long generate(long records, RecordSink sink) {
    if (records < 0) {
      throw new IllegalArgumentException("records is " + records + "; expected 0 or more");
    }
    requireNonNull(sink, "sink");
    return new Generation(seed, company, companyDomain(), activityUntil, sink).run(records);
  }

  @Override
  public String toString() {
    return "OrganisationGenerator[seed=" + seed + ", domain=" + companyDomain()
        + (activityUntil == null ? "" : ", activity until " + activityUntil) + "]";
  }
}
