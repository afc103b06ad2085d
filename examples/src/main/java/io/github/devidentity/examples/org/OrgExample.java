package io.github.devidentity.examples.org;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.org.Developer;
import io.github.devidentity.org.Membership;
import io.github.devidentity.org.OrgDirectory;
import io.github.devidentity.org.Organisation;
import io.github.devidentity.org.Team;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds a small organisation in code and asks it the questions a host asks: which team someone
 * was in on a day (Ada moved from Core to Payments on 1 March 2024), who they report to, and whose
 * accounts have no developer entry.
 *
 * <pre>{@code
 * java -cp identity-examples.jar io.github.devidentity.examples.org.OrgExample
 * }</pre>
 */
public final class OrgExample {
  private static final LocalDate MOVE = LocalDate.of(2024, 3, 1);

  private OrgExample() {}

  /**
   * Runs the example, printing to stdout.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, UTF_8));
  }

  static void run(PrintStream out) {
    Organisation organisation = Organisation.builder()
        .developer(Developer.builder("grace@example.org").fullName("Grace Hopper").role("Director").build())
        .developer(Developer.builder("ada@example.org").fullName("Ada Lovelace")
            .managerEmail("grace@example.org").build())
        .developer(Developer.builder("alan@example.org").fullName("Alan Turing")
            .managerEmail("grace@example.org").team("Core").build())
        .developer(Developer.builder("edsger@example.org").fullName("Edsger Dijkstra")
            .managerEmail("alan@example.org").build())
        // Ada's history: Core until the move, Payments from the day of the move.
        .membership(new Membership("ada@example.org", "Core", null, MOVE))
        .membership(new Membership("ada@example.org", "Payments", MOVE, null))
        .build();

    Resolution resolution = Resolver.create().resolve(List.of(
        git("1", "Ada Lovelace", "ada@example.org"),
        github("2", "583231", "ada-l", "Ada Lovelace", "Ada@Example.org", false),
        git("3", "Alan Turing", "alan@example.org"),
        git("4", "Linus", "linus@example.org"),
        github("5", "49699333", "dependabot[bot]", "dependabot[bot]", "support@github.com", true)));
    OrgDirectory directory = OrgDirectory.of(organisation, resolution);

    Contributor ada = directory.contributorOf("ada@example.org").orElseThrow();
    out.println("Ada is contributor " + ada.id() + " with " + ada.records().size() + " records");
    for (LocalDate day : List.of(MOVE.minusDays(1), MOVE)) {
      out.println("  teams on " + day + ": " + names(directory.teamsOf(ada.id(), day)));
    }
    out.println("Core on " + MOVE.minusDays(1) + ": "
        + displayNames(directory.contributorsOf(Team.named("Core"), MOVE.minusDays(1))));
    out.println("Core on " + MOVE + ": " + displayNames(directory.contributorsOf(Team.named("Core"), MOVE)));
    out.println("Edsger's team: " + names(organisation.teamsOf("edsger@example.org", MOVE)));
    out.println("Edsger's path to the root: " + organisation.pathToRoot("edsger@example.org").stream()
        .map(developer -> developer.fullName().orElse(developer.email()))
        .collect(Collectors.joining(" -> ")));
    out.println("Developers without a contributor: " + directory.unmatchedDevelopers().stream()
        .map(Developer::email).collect(Collectors.joining(", ")));
    out.println("Accounts without a developer (bots aside): " + directory.danglingContributors().stream()
        .map(contributor -> contributor.displayName() + " <" + contributor.primaryEmail().orElse("") + ">")
        .collect(Collectors.joining(", ")));
  }

  private static String names(List<Team> teams) {
    return teams.stream().map(Team::describe).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String displayNames(List<Contributor> contributors) {
    return contributors.stream().map(Contributor::displayName)
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static IdentityRecord git(String id, String name, String email) {
    return IdentityRecord.builder(RecordId.of(id), Integration.of(IntegrationType.GIT))
        .displayName(name).email(email).build();
  }

  private static IdentityRecord github(String id, String accountId, String login, String name,
      String email, boolean bot) {
    return IdentityRecord.builder(RecordId.of(id), Integration.of(IntegrationType.GITHUB))
        .accountId(accountId).login(login).displayName(name).email(email).bot(bot).build();
  }
}
