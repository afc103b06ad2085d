package io.github.devidentity.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class OrganisationGeneratorTest {
  private static final Pattern GITHUB_NOREPLY = Pattern.compile("(?:(\\d+)\\+)?([^@+]+)@users\\.noreply\\.github\\.com");
  private static final Pattern GITLAB_NOREPLY = Pattern.compile("(\\d+)-([^@]+)@users\\.noreply\\.gitlab\\.com");
  private static final Pattern TEAM_ALIAS = Pattern.compile("[a-z]+-team\\d*@.*");
  private static final Set<String> SOURCES =
      Set.of("git", "github", "gitlab", "bitbucket-cloud", "azure-devops", "jira-cloud", "harness-code");

  static List<GeneratedRecord> generate(long seed, long records) {
    List<GeneratedRecord> out = new ArrayList<>();
    OrganisationGenerator.of(seed).generate(records, out::add);
    return out;
  }

  @Test
  void generate_sameSeed_givesIdenticalRecords() {
    assertThat(generate(42, 5_000)).isEqualTo(generate(42, 5_000));
  }

  @Test
  void generate_twiceOnOneGenerator_givesIdenticalRecords() {
    OrganisationGenerator generator = OrganisationGenerator.of(7);
    List<GeneratedRecord> first = new ArrayList<>();
    List<GeneratedRecord> second = new ArrayList<>();

    generator.generate(2_000, first::add);
    generator.generate(2_000, second::add);

    assertThat(second).isEqualTo(first);
  }

  @Test
  void generate_differentSeeds_giveDifferentRecords() {
    List<GeneratedRecord> a = generate(1, 2_000);
    List<GeneratedRecord> b = generate(2, 2_000);

    assertThat(a).isNotEqualTo(b);
    Set<String> namesA = a.stream().map(GeneratedRecord::name).collect(Collectors.toSet());
    long shared = b.stream().map(GeneratedRecord::name).filter(namesA::contains).count();
    assertThat(shared).as("names shared between two seeds").isLessThan(b.size() / 2);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 2, 3, 7, 8, 9, 100, 1_001, 12_345})
  void generate_emitsExactlyTheCountWithSequentialIds(long count) {
    List<GeneratedRecord> records = generate(3, count);
    List<GeneratedRecord> longer = generate(3, 13_000);

    assertThat(records).hasSize((int) count);
    for (int i = 0; i < records.size(); i++) {
      assertThat(records.get(i).recordId()).isEqualTo(String.format(Locale.ROOT, "r%08d", i + 1));
    }
    // Generation is the same whatever the count: a shorter run is the start of a longer one.
    assertThat(records).isEqualTo(longer.subList(0, (int) count));
  }

  @Test
  void generate_cutsTheLastPersonShortToMakeTheCount() {
    List<GeneratedRecord> full = generate(5, 1_000);
    int cut = -1;
    for (int i = 0; i + 1 < full.size(); i++) {
      if (full.get(i).personId().equals(full.get(i + 1).personId())) {
        cut = i + 1;
        break;
      }
    }
    assertThat(cut).as("some person has two records").isPositive();

    List<GeneratedRecord> records = generate(5, cut);

    assertThat(records).hasSize(cut);
    String last = records.get(cut - 1).personId();
    assertThat(full.get(cut).personId()).isEqualTo(last);
    assertThat(records.stream().filter(r -> r.personId().equals(last)).count())
        .isLessThan(full.stream().filter(r -> r.personId().equals(last)).count());
  }

  @Test
  void generate_returnsTheNumberOfPersons() {
    List<GeneratedRecord> records = new ArrayList<>();

    long persons = OrganisationGenerator.of(11).generate(20_000, records::add);

    assertThat(persons).isEqualTo(records.stream().map(GeneratedRecord::personId).distinct().count());
  }

  @Test
  void generate_negativeCount_isRejected() {
    assertThatThrownBy(() -> OrganisationGenerator.of(1).generate(-1, r -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("records is -1; expected 0 or more");
  }

  @Test
  void companyDomain_isFixedBySeed() {
    assertThat(OrganisationGenerator.of(42).companyDomain())
        .isEqualTo(OrganisationGenerator.of(42).companyDomain())
        .endsWith(".example");
    assertThat(generate(42, 3_000)).anyMatch(r -> r.email().endsWith("@" + OrganisationGenerator.of(42).companyDomain()));
  }

  static Stream<Arguments> seeds() {
    SplittableRandom random = new SplittableRandom(20261122);
    return Stream.generate(() -> Arguments.of(random.nextLong(), 50 + random.nextInt(550))).limit(300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void generate_keepsItsInvariants(long seed, int count) {
    List<GeneratedRecord> records = generate(seed, count);

    assertThat(records).hasSize(count);
    checkInvariants(records);
  }

  @Test
  void generate_atScale_keepsHandlesAddressesAndAccountsToOnePerson() {
    checkInvariants(generate(99, 300_000));
  }

  /**
   * Checks what every generated organisation must hold. Plain checks rather than assertions per
   * record, which would be slow on hundreds of thousands of records.
   */
  static void checkInvariants(List<GeneratedRecord> records) {
    Pattern personIds = Pattern.compile("p\\d{8}|bot-[a-z-]+");
    Map<String, String> owners = new HashMap<>();
    Map<String, Integer> perPerson = new LinkedHashMap<>();
    Set<String> finished = new HashSet<>();
    String previous = null;
    for (int i = 0; i < records.size(); i++) {
      GeneratedRecord record = records.get(i);
      String person = record.personId();
      check(record.recordId().equals(String.format(Locale.ROOT, "r%08d", i + 1)), record, "is not record " + (i + 1));
      check(SOURCES.contains(record.source()), record, "has an unknown source");
      check(personIds.matcher(person).matches(), record, "has no valid person id");
      check(record.toIdentityRecord().id().value().equals(record.recordId()), record, "converts to another id");
      perPerson.merge(person, 1, Integer::sum);
      // A person's records are adjacent; a bot comes back, a person does not.
      if (!person.equals(previous)) {
        if (previous != null && !previous.startsWith("bot-")) {
          finished.add(previous);
        }
        check(!finished.contains(person), record, "comes after its person's other records");
      }
      previous = person;

      boolean looksLikeBot = record.name().contains("[bot]") || record.username().contains("[bot]")
          || record.email().contains("[bot]") || record.username().endsWith("-ci-bot");
      check(!looksLikeBot || person.startsWith("bot-"), record, "looks like a bot but belongs to a person");
      for (String key : claims(record)) {
        String owner = owners.putIfAbsent(key, person);
        check(owner == null || owner.equals(person), record, "claims " + key + ", which is " + owner + "'s");
      }
    }
    perPerson.forEach((person, n) -> {
      if (!person.startsWith("bot-") && (n < 1 || n > 8)) {
        throw new AssertionError(person + " has " + n + " records; expected 1 to 8");
      }
    });
  }

  private static void check(boolean condition, GeneratedRecord record, String problem) {
    if (!condition) {
      throw new AssertionError(record + " " + problem);
    }
  }

  /**
   * The identifiers a record claims for its person: in the tools these belong to one account
   * holder alone, so two persons must never claim one.
   */
  static List<String> claims(GeneratedRecord record) {
    List<String> claims = new ArrayList<>();
    String source = record.source();
    if (!record.accountId().isEmpty()) {
      claims.add(source + " account " + record.accountId());
    }
    if (!record.username().isEmpty()) {
      claims.add(source + " login " + record.username().toLowerCase(Locale.ROOT));
      if (!source.equals("azure-devops")) {
        // Logins, nicknames and the local parts of personal addresses share one space.
        claims.add("handle " + record.username().toLowerCase(Locale.ROOT));
      }
    }
    if (source.equals("github") && !record.accountId().isEmpty()) {
      claims.add("github " + record.accountId() + " is " + record.username().toLowerCase(Locale.ROOT));
    }
    String email = record.email().toLowerCase(Locale.ROOT);
    Matcher github = GITHUB_NOREPLY.matcher(email);
    Matcher gitlab = GITLAB_NOREPLY.matcher(email);
    if (github.matches()) {
      claims.add("github login " + github.group(2));
      if (github.group(1) != null) {
        claims.add("github account " + github.group(1));
        claims.add("github " + github.group(1) + " is " + github.group(2));
      }
    } else if (gitlab.matches()) {
      claims.add("gitlab account " + gitlab.group(1));
      claims.add("gitlab login " + gitlab.group(2));
    } else if (email.contains("@") && !isShared(email)) {
      claims.add("email " + email);
      int at = email.indexOf('@');
      String domain = email.substring(at + 1);
      if (List.of(NamePools.PERSONAL_DOMAINS).contains(domain) || domain.endsWith(".(none)")) {
        claims.add("handle " + email.substring(0, at));
      }
    }
    return claims;
  }

  /** Addresses many people use: placeholders and the team alias. */
  private static boolean isShared(String email) {
    return email.equals("root@localhost") || email.equals("noreply@github.com") || TEAM_ALIAS.matcher(email).matches();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 42, 20261122})
  void generate_twentyThousand_holdsNamesakes(long seed) {
    List<GeneratedRecord> records = generate(seed, 20_000);
    Map<String, Set<String>> personsByName = new HashMap<>();
    for (GeneratedRecord record : records) {
      if (!record.personId().startsWith("bot-") && record.name().indexOf(' ') > 0) {
        personsByName.computeIfAbsent(record.name(), k -> new HashSet<>()).add(record.personId());
      }
    }

    assertThat(personsByName.values()).anyMatch(persons -> persons.size() >= 2);
    // Namesakes are several, not a fluke.
    assertThat(personsByName.values().stream().filter(p -> p.size() >= 2).count()).isGreaterThan(10);
  }

  @Test
  void generate_twentyThousand_looksLikeAnOrganisation() {
    List<GeneratedRecord> records = generate(42, 20_000);
    Map<String, Long> bySource = records.stream()
        .collect(Collectors.groupingBy(GeneratedRecord::source, Collectors.counting()));
    Map<String, Long> byPerson = records.stream()
        .collect(Collectors.groupingBy(GeneratedRecord::personId, Collectors.counting()));

    assertThat(bySource.keySet()).isEqualTo(SOURCES);
    assertThat(bySource.get("git")).isGreaterThan(bySource.get("github"));
    double perPerson = (double) records.size() / byPerson.size();
    assertThat(perPerson).isBetween(2.0, 4.0);
    assertThat(byPerson.values().stream().filter(n -> n == 1).count())
        .as("people with one record").isGreaterThan(byPerson.size() / 5);
    assertThat(records).anyMatch(r -> r.name().matches(".*[éüøñçŁ].*"))
        .anyMatch(r -> r.name().contains(", "))
        .anyMatch(r -> r.name().matches("\\S+ [A-Z]\\. \\S+"))
        .anyMatch(r -> r.name().equals(r.name().toUpperCase(Locale.ROOT)) && r.name().length() > 5)
        .anyMatch(r -> r.email().equals("root@localhost"))
        .anyMatch(r -> r.email().equals("noreply@github.com"))
        .anyMatch(r -> r.email().equals("unknown"))
        .anyMatch(r -> r.email().endsWith(".(none)"))
        .anyMatch(r -> r.email().startsWith("dev-team@"))
        .anyMatch(r -> r.email().matches("\\d+\\+[^@]+@users\\.noreply\\.github\\.com"))
        .anyMatch(r -> r.email().matches("[^@+]+@users\\.noreply\\.github\\.com"))
        .anyMatch(r -> r.email().matches("\\d+-[^@]+@users\\.noreply\\.gitlab\\.com"))
        .anyMatch(r -> r.email().endsWith("@gmail.com"))
        .anyMatch(r -> r.accountId().matches("[0-9a-f]{24}"))
        .anyMatch(r -> r.accountId().matches("712020:[0-9a-f-]{36}"))
        .anyMatch(r -> r.accountId().matches("\\{[0-9a-f-]{36}}"))
        .anyMatch(r -> r.accountId().matches("aad\\.[A-Za-z0-9+/]+"))
        .anyMatch(r -> r.personId().equals("bot-dependabot")
            && r.email().equals("49699333+dependabot[bot]@users.noreply.github.com"));
    // The team alias is used by several people, and Jira often hides addresses.
    assertThat(records.stream().filter(r -> r.email().startsWith("dev-team@")).map(GeneratedRecord::personId).distinct().count())
        .isGreaterThan(2);
    assertThat(records.stream().filter(r -> r.source().equals("jira-cloud") && r.email().isEmpty()).count())
        .isGreaterThan(bySource.get("jira-cloud") / 3);
  }

  @Test
  void generate_teamAliases_serveSeveralPeopleEach() {
    Map<String, Set<String>> personsByAlias = new HashMap<>();
    for (GeneratedRecord record : generate(21, 100_000)) {
      if (TEAM_ALIAS.matcher(record.email()).matches()) {
        personsByAlias.computeIfAbsent(record.email(), k -> new HashSet<>()).add(record.personId());
      }
    }

    assertThat(personsByAlias).containsKey("dev-team@" + OrganisationGenerator.of(21).companyDomain());
    assertThat(personsByAlias).hasSizeGreaterThan(3);
    assertThat(personsByAlias.values()).allSatisfy(persons -> assertThat(persons).hasSizeBetween(2, 100));
  }

  @Test
  void generate_nameVariants_stayWithTheirPerson() {
    List<GeneratedRecord> records = generate(8, 20_000);
    Map<String, Set<String>> namesByPerson = new HashMap<>();
    for (GeneratedRecord record : records) {
      namesByPerson.computeIfAbsent(record.personId(), k -> new HashSet<>()).add(record.name());
    }

    // Accents dropped, "Last, First" and nicknames all occur within one person.
    assertThat(namesByPerson.values()).anyMatch(names -> names.contains("José " + lastOf(names, "José "))
        && names.contains("Jose " + lastOf(names, "José ")));
    assertThat(namesByPerson.values()).anyMatch(names -> names.stream().anyMatch(n -> n.startsWith("Matt "))
        && names.stream().anyMatch(n -> n.startsWith("Matthew ")));
  }

  private static String lastOf(Set<String> names, String first) {
    return names.stream().filter(n -> n.startsWith(first)).map(n -> n.substring(first.length()))
        .findFirst().orElse("\u0000");
  }

  @Test
  void truth_isLearnable_resolverRecallOnTwentyThousand() {
    List<GeneratedRecord> generated = generate(42, 20_000);
    List<IdentityRecord> records = generated.stream().map(GeneratedRecord::toIdentityRecord).collect(Collectors.toList());

    Resolution resolution = Resolver.create().resolve(records);

    Map<RecordId, ContributorId> assignments = resolution.assignments();
    Map<String, Map<ContributorId, Long>> byPerson = new HashMap<>();
    for (GeneratedRecord record : generated) {
      ContributorId contributor = assignments.get(RecordId.of(record.recordId()));
      assertThat(contributor).as("contributor of %s", record.recordId()).isNotNull();
      byPerson.computeIfAbsent(record.personId(), k -> new HashMap<>()).merge(contributor, 1L, Long::sum);
    }
    long truthPairs = 0;
    long found = 0;
    for (Map<ContributorId, Long> contributors : byPerson.values()) {
      long n = contributors.values().stream().mapToLong(Long::longValue).sum();
      truthPairs += n * (n - 1) / 2;
      found += contributors.values().stream().mapToLong(c -> c * (c - 1) / 2).sum();
    }
    assertThat(truthPairs).isPositive();
    assertThat((double) found / truthPairs).as("pairwise recall").isGreaterThanOrEqualTo(0.5);
  }

  @Test
  void toIdentityRecord_carriesTheValues() {
    GeneratedRecord record = new GeneratedRecord("r00000001", "github", "Jane Doe", "",
        "janedoe42", "1000123", "p00000001");

    IdentityRecord identity = record.toIdentityRecord();

    assertThat(identity.id()).isEqualTo(RecordId.of("r00000001"));
    assertThat(identity.integration().toString()).isEqualTo("github");
    assertThat(identity.displayName()).contains("Jane Doe");
    assertThat(identity.emails()).isEmpty();
    assertThat(identity.login()).contains("janedoe42");
    assertThat(identity.accountId()).contains("1000123");
  }

  static List<GeneratedRecord> generateDated(long seed, long records, Instant until) {
    List<GeneratedRecord> out = new ArrayList<>();
    OrganisationGenerator.of(seed).withActivityUntil(until).generate(records, out::add);
    return out;
  }

  @Test
  void generate_withoutActivity_carriesNoDates() {
    assertThat(generate(42, 3_000)).noneMatch(GeneratedRecord::hasActivity);
  }

  @Test
  void withActivityUntil_datesRecordsAndChangesNothingElse() {
    Instant until = Instant.parse("2026-11-30T23:59:59Z");
    List<GeneratedRecord> plain = generate(42, 20_000);

    List<GeneratedRecord> dated = generateDated(42, 20_000, until);

    assertThat(dated).hasSameSizeAs(plain);
    for (int i = 0; i < dated.size(); i++) {
      GeneratedRecord record = dated.get(i);
      check(new GeneratedRecord(record.recordId(), record.source(), record.name(), record.email(), record.username(),
          record.accountId(), record.personId()).equals(plain.get(i)), record, "differs from " + plain.get(i));
      if (record.hasActivity()) {
        IdentityRecord identity = record.toIdentityRecord();
        Instant first = identity.firstSeen().orElseThrow();
        Instant last = identity.lastSeen().orElseThrow();
        check(!first.isAfter(last) && !last.isAfter(until), record, "has dates out of order or after " + until);
      } else {
        check(!record.source().equals("git"), record, "is a commit identity without dates");
      }
    }
    long accounts = dated.stream().filter(r -> !r.source().equals("git")).count();
    long undated = dated.stream().filter(r -> !r.hasActivity()).count();
    assertThat((double) undated / accounts).as("accounts without dates").isBetween(0.01, 0.06);
    assertThat(generateDated(42, 20_000, until)).isEqualTo(dated);
    assertThat(generateDated(43, 20_000, until)).isNotEqualTo(dated);
  }

  @Test
  void withActivityUntil_mostPeopleAreRecentSomeLeftLongAgo() {
    Instant until = Instant.parse("2026-11-30T23:59:59Z");
    Map<String, Instant> latest = new HashMap<>();
    for (GeneratedRecord record : generateDated(7, 30_000, until)) {
      if (record.personId().startsWith("p") && !record.lastSeen().isEmpty()) {
        latest.merge(record.personId(), Instant.parse(record.lastSeen()), (a, b) -> a.isAfter(b) ? a : b);
      }
    }

    double in30Days = share(latest, until.minus(Duration.ofDays(30)));
    double in90Days = share(latest, until.minus(Duration.ofDays(90)));
    double inAYear = share(latest, until.minus(Duration.ofDays(365)));

    assertThat(in30Days).isBetween(0.65, 0.8);
    assertThat(in90Days).isBetween(0.75, 0.88).isGreaterThan(in30Days);
    assertThat(inAYear).isBetween(in90Days, 0.95);
  }

  private static double share(Map<String, Instant> latest, Instant since) {
    return (double) latest.values().stream().filter(at -> !at.isBefore(since)).count() / latest.size();
  }

  @Test
  void generate_personIdsRunInOrder() {
    List<String> persons = generate(4, 3_000).stream().map(GeneratedRecord::personId)
        .filter(p -> p.startsWith("p")).distinct().collect(Collectors.toList());

    assertThat(persons).isEqualTo(LongStream.rangeClosed(1, persons.size())
        .mapToObj(i -> String.format(Locale.ROOT, "p%08d", i)).collect(Collectors.toList()));
  }
}
