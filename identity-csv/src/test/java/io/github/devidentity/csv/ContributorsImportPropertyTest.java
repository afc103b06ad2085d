package io.github.devidentity.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.csv.ContributorsImport.Mode;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.AccountRef;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property test of the whole round trip: resolve, export, edit the file as a person would,
 * import in either mode, append the decisions, resolve again: the contributors are the file's.
 */
final class ContributorsImportPropertyTest {
  private static final Integration GIT = Integration.of(IntegrationType.GIT);
  private static final Integration GITHUB = Integration.of(IntegrationType.GITHUB);
  private static final Integration JIRA = Integration.of(IntegrationType.JIRA_CLOUD);
  private static final String[] GIVEN = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken"};
  private static final String[] FAMILY = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen"};
  private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

  static Stream<Object[]> cases() {
    SplittableRandom root = new SplittableRandom(0x1A907L);
    return IntStream.range(0, 300)
        .mapToObj(i -> new Object[] {root.nextLong(), i % 2 == 0 ? Mode.UPDATE : Mode.REPLACE});
  }

  @ParameterizedTest
  @MethodSource("cases")
  void resolvingAgainWithTheDecisions_givesTheFilesContributors(long seed, Mode mode) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    List<IdentityRecord> records = records(random);
    Resolver resolver = Resolver.create();
    DecisionLog earlier = earlierDecisions(records, random);
    Resolution before = resolver.resolve(records, earlier);
    StringWriter export = new StringWriter();
    ContributorsCsv.write(before.contributors(), export);
    List<Draft> drafts = drafts(ContributorsCsvTest.read(export.toString()));
    int edits = random.nextInt(5);
    for (int i = 0; i < edits; i++) {
      edit(drafts, random, i);
    }
    ContributorsSheet sheet = ContributorsCsvTest.read(write(drafts));
    assertThat(sheet.report().errorCount()).as(sheet.report().toText()).isZero();

    ContributorsImport plan = sheet.plan(before, earlier, mode);
    DecisionLog log = earlier.append(plan.decisions("alice", AT));
    Resolution after = resolver.resolve(records, log, before.assignments());
    if (Long.toString(seed).equals(System.getProperty("debugSeed"))) {
      System.out.println("MODE " + mode);
      before.contributors().forEach(c -> System.out.println("BEFORE " + c.id() + " " + c.records()));
      System.out.println("LINKS " + before.links());
      System.out.println("REVIEW " + before.reviewQueue());
      System.out.println(write(drafts));
      System.out.println(plan.diff().toText());
      log.decisions().forEach(d -> System.out.println("DECISION " + d.describe()));
      after.contributors().forEach(c -> System.out.println("AFTER " + c.id() + " " + c.records()));
      System.out.println("AFTERLINKS " + after.links());
    }

    Map<RecordId, Integer> claimedBy = claims(sheet.entries(), records);
    Map<Integer, Set<String>> holders = new TreeMap<>();
    claimedBy.forEach((record, f) ->
        holders.computeIfAbsent(f, k -> new TreeSet<>()).add(after.contributorOf(record).orElseThrow().id().value()));
    holders.forEach((f, contributors) -> assertThat(contributors).as("contributors of " + sheet.entries().get(f))
        .hasSize(1));
    assertThat(new TreeSet<>(holders.values().stream().map(s -> s.iterator().next()).toList()))
        .as("one contributor per person").hasSize(holders.size());
    for (IdentityRecord record : records) {
      if (claimedBy.containsKey(record.id())) {
        continue;
      }
      Contributor now = after.contributorOf(record.id()).orElseThrow();
      Contributor then = before.contributorOf(record.id()).orElseThrow();
      if (mode == Mode.REPLACE) {
        assertThat(now.records()).as(record.id() + " is split off").hasSize(1);
      } else if (then.records().stream().noneMatch(r -> claimedBy.containsKey(r.id()))) {
        assertThat(now.records()).as(record.id() + " stays where it was").isEqualTo(then.records());
      }
    }
    ContributorsImport again = sheet.plan(after, log, mode);
    assertThat(again.decisionCount()).as("a second import changes nothing").isZero();
    assertThat(again.diff().moved()).isEmpty();
  }

  /** A few decisions a person made before: merges and never-links between random records. */
  private static DecisionLog earlierDecisions(List<IdentityRecord> records, SplittableRandom random) {
    List<io.github.devidentity.decision.Decision> decisions = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      RecordId a = records.get(random.nextInt(records.size())).id();
      RecordId b = records.get(random.nextInt(records.size())).id();
      if (!a.equals(b)) {
        decisions.add(random.nextBoolean()
            ? new io.github.devidentity.decision.Decision.Merge(a, b, "bob", AT, "earlier")
            : new io.github.devidentity.decision.Decision.NeverLink(a, b, "bob", AT, "earlier"));
      }
    }
    return DecisionLog.of(decisions);
  }

  /** The records an entry's accounts name, by the CSV's own rule, written here independently. */
  private static Map<RecordId, Integer> claims(List<ContributorEntry> entries, List<IdentityRecord> records) {
    Map<RecordId, Integer> claimed = new HashMap<>();
    for (int f = 0; f < entries.size(); f++) {
      for (AccountRef account : entries.get(f).accounts()) {
        for (IdentityRecord record : records) {
          boolean named = record.integration().equals(account.integration())
              && (record.accountId().map(account.accountId()::equals).orElse(false)
                  || record.accountId().isEmpty()
                      && record.emails().stream().anyMatch(e -> e.equalsIgnoreCase(account.accountId())));
          if (named) {
            claimed.put(record.id(), f);
          }
        }
      }
    }
    return claimed;
  }

  /** People with git identities under one or two addresses, GitHub and Jira accounts. */
  private static List<IdentityRecord> records(SplittableRandom random) {
    List<IdentityRecord> records = new ArrayList<>();
    for (int p = random.nextInt(3, 9); p > 0; p--) {
      String name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
      String email = "p" + p + "@example.org";
      for (int g = random.nextInt(1, 3); g > 0; g--) {
        records.add(IdentityRecord.builder(RecordId.of("git-" + p + "-" + g), GIT).displayName(name)
            .email(g == 1 ? email : "p" + p + ".home@example.org").build());
      }
      for (int h = random.nextInt(3); h > 0; h--) {
        records.add(IdentityRecord.builder(RecordId.of("gh-" + p + "-" + h), GITHUB).accountId("10" + p + h)
            .login("user" + p + h).displayName(random.nextBoolean() ? name : null)
            .email(random.nextBoolean() ? email : null).build());
      }
      if (random.nextBoolean()) {
        records.add(IdentityRecord.builder(RecordId.of("jira-" + p), JIRA).accountId("5b" + p).displayName(name)
            .email(email).build());
      }
    }
    return records;
  }

  /** An editable person of the file. */
  private static final class Draft {
    String name;
    final String email;
    final Map<String, String> attributes = new TreeMap<>();
    final List<AccountRef> accounts = new ArrayList<>();

    Draft(String name, String email) {
      this.name = name;
      this.email = email;
    }
  }

  private static List<Draft> drafts(ContributorsSheet sheet) {
    List<Draft> drafts = new ArrayList<>();
    for (ContributorEntry entry : sheet.entries()) {
      Draft draft = new Draft(entry.fullName(), entry.email());
      draft.attributes.putAll(entry.attributes());
      draft.accounts.addAll(entry.accounts());
      drafts.add(draft);
    }
    return drafts;
  }

  /** One edit a person makes in a spreadsheet. */
  private static void edit(List<Draft> drafts, SplittableRandom random, int serial) {
    if (drafts.size() < 2) {
      drafts.add(new Draft("New Person", "new" + serial + "@example.org"));
      return;
    }
    Draft a = drafts.get(random.nextInt(drafts.size()));
    Draft b = drafts.get(random.nextInt(drafts.size()));
    switch (random.nextInt(7)) {
      case 0: // move an account
        if (a != b && !a.accounts.isEmpty()) {
          b.accounts.add(a.accounts.remove(random.nextInt(a.accounts.size())));
        }
        break;
      case 1: // two people are one
        if (a != b) {
          a.accounts.addAll(b.accounts);
          drafts.remove(b);
        }
        break;
      case 2: { // one person is two
        Draft twin = new Draft(a.name + " Twin", "twin" + serial + "@example.org");
        for (int i = a.accounts.size() - 1; i >= 0; i--) {
          if (random.nextBoolean()) {
            twin.accounts.add(a.accounts.remove(i));
          }
        }
        drafts.add(twin);
        break;
      }
      case 3:
        drafts.remove(a);
        break;
      case 4:
        a.name = a.name + " Jr";
        break;
      case 5:
        a.accounts.add(AccountRef.of(GITHUB, "unknown-" + serial));
        break;
      default:
        a.attributes.put("Team", "Team " + serial);
        break;
    }
  }

  private static String write(List<Draft> drafts) throws IOException {
    Set<Integration> integrations = new TreeSet<>();
    Set<String> attributes = new TreeSet<>();
    for (Draft draft : drafts) {
      draft.accounts.forEach(account -> integrations.add(account.integration()));
      attributes.addAll(draft.attributes.keySet());
    }
    StringWriter out = new StringWriter();
    CSVPrinter printer = Csv.printer(out);
    List<String> header = new ArrayList<>(List.of(ContributorsCsv.FULL_NAME, ContributorsCsv.EMAIL));
    header.addAll(attributes);
    integrations.forEach(integration -> header.add(ContributorsCsv.INTEGRATION + " " + integration));
    printer.printRecord(header);
    for (Draft draft : drafts) {
      Map<Integration, List<String>> values = new LinkedHashMap<>();
      draft.accounts.forEach(a -> values.computeIfAbsent(a.integration(), k -> new ArrayList<>()).add(a.accountId()));
      int height = Math.max(1, values.values().stream().mapToInt(List::size).max().orElse(0));
      for (int row = 0; row < height; row++) {
        List<String> cells = new ArrayList<>(List.of(draft.name, draft.email));
        attributes.forEach(attribute -> cells.add(draft.attributes.getOrDefault(attribute, "")));
        for (Integration integration : integrations) {
          List<String> column = values.getOrDefault(integration, List.of());
          cells.add(row < column.size() ? column.get(row) : "");
        }
        printer.printRecord(cells);
      }
    }
    printer.flush();
    return out.toString();
  }
}
