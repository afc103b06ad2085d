package io.github.devidentity.mailmap;

import static io.github.devidentity.mailmap.MailmapImportTest.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.match.Evidence;
import io.github.devidentity.match.StrategyChain;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.normalize.NormalizedRecord;
import io.github.devidentity.resolve.Link;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import io.github.devidentity.resolve.ReviewItem;
import io.github.devidentity.resolve.ResolverOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

final class MailmapStrategyTest {
  private static final Mailmap MAILMAP = Mailmap.parse(String.join("\n",
      "Bert Belder <bertbelder@gmail.com> <info@2bs.nl>",
      "Bert Belder <bertbelder@gmail.com> <user@ChrUbuntu.(none)>",
      "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com> <dep@example.org>",
      ""), "mailmap.txt");

  private static Resolver onlyMailmap(Mailmap mailmap) {
    return Resolver.create(ResolverOptions.builder().strategies(StrategyChain.of(new MailmapStrategy(mailmap))).build());
  }

  private static List<String> keys(MailmapStrategy strategy, IdentityRecord record) {
    List<String> keys = new ArrayList<>();
    strategy.blockingKeys(NormalizedRecord.of(record), keys::add);
    return keys;
  }

  @Test
  void resolve_linksTheRecordsTheMailmapJoins_withTheLines() {
    List<IdentityRecord> records = List.of(git("r1", "Bert Belder", "bertbelder@gmail.com"),
        git("r2", "Bert", "info@2bs.nl"), git("r3", "bert", "user@chrubuntu.(none)"), git("r4", "Ryan", "ry@example.org"));

    Resolution resolution = onlyMailmap(MAILMAP).resolve(records);

    assertThat(resolution.contributors()).hasSize(2);
    assertThat(resolution.contributorOf(RecordId.of("r3")).orElseThrow().records()).hasSize(3);
    assertThat(resolution.links()).extracting(Link::evidence).containsExactlyInAnyOrder(
        List.of(new Evidence("mailmap", 1.0, "mailmap.txt:1: \"Bert Belder <bertbelder@gmail.com>\" and \"Bert"
            + " <info@2bs.nl>\" both map to \"Bert Belder <bertbelder@gmail.com>\"")),
        List.of(new Evidence("mailmap", 1.0, "mailmap.txt:2: \"Bert Belder <bertbelder@gmail.com>\" and \"bert"
            + " <user@chrubuntu.(none)>\" both map to \"Bert Belder <bertbelder@gmail.com>\"")));
  }

  @Test
  void resolve_keepsTheGuards_aBotIsNotJoinedWithAPerson() {
    List<IdentityRecord> records = List.of(
        git("b1", "dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com"),
        git("p1", "Dee Pendabot", "dep@example.org"));

    Resolution resolution = onlyMailmap(MAILMAP).resolve(records);

    assertThat(resolution.contributors()).hasSize(2);
    assertThat(resolution.reviewQueue()).singleElement()
        .satisfies(item -> assertThat(item.evidence()).extracting(Evidence::strategy).containsExactly("mailmap"));
  }

  @Test
  void blockingKeys_onlyForIdentitiesTheMailmapMapsOrNames() {
    MailmapStrategy strategy = new MailmapStrategy(MAILMAP);

    assertThat(keys(strategy, git("1", "Bert", "INFO@2bs.nl"))).containsExactly("Bert Belder\u0000bertbelder@gmail.com");
    assertThat(keys(strategy, git("2", "Bert Belder", "bertbelder@gmail.com")))
        .containsExactly("Bert Belder\u0000bertbelder@gmail.com");
    assertThat(keys(strategy, git("3", "Bert B", "BertBelder@gmail.com"))).containsExactly("Bert B\u0000BertBelder@gmail.com");
    assertThat(keys(strategy, git("4", "Ryan", "ry@example.org"))).isEmpty();
  }

  @Test
  void score_needsALineMappingOneOfThePair() {
    MailmapStrategy strategy = new MailmapStrategy(MAILMAP, 0.95);
    NormalizedRecord proper = NormalizedRecord.of(git("1", "Bert Belder", "bertbelder@gmail.com"));
    NormalizedRecord same = NormalizedRecord.of(git("2", "Bert Belder", "bertbelder@gmail.com"));
    NormalizedRecord old = NormalizedRecord.of(git("3", "Bert", "info@2bs.nl"));
    String key = "Bert Belder\u0000bertbelder@gmail.com";

    assertThat(strategy.score(proper, same, key)).isEmpty();
    assertThat(strategy.score(proper, old, key)).hasValueSatisfying(evidence -> {
      assertThat(evidence.confidence()).isEqualTo(0.95);
      assertThat(evidence.strategy()).isEqualTo(MailmapStrategy.NAME);
    });
  }

  @Test
  void constructor_rejectsAConfidenceOutsideZeroToOne() {
    assertThatThrownBy(() -> new MailmapStrategy(MAILMAP, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidence is 0.0; expected a number in (0, 1]");
    assertThat(new MailmapStrategy(MAILMAP)).hasToString("mailmap(mailmap.txt)");
  }

  /**
   * With the default chain, the mailmap's evidence joins every pair the project's mailmap joins,
   * except where a guard objects (two GitHub noreply addresses of two accounts): those pairs wait
   * in the review queue with the mailmap's evidence.
   */
  @Test
  void resolve_onTheSharedProjects_joinsOrReviewsEveryPairTheirMailmapJoins() {
    List<String> projects = SharedMailmapData.projects();
    Assumptions.assumeTrue(!projects.isEmpty(), "no shared mailmap data at " + SharedMailmapData.ROOT.toAbsolutePath());

    int reviewed = 0;
    for (String project : projects) {
      SharedMailmapData data = SharedMailmapData.load(project);
      StrategyChain chain = StrategyChain.defaults().with(new MailmapStrategy(data.mailmap()));
      Resolution resolution = Resolver.create(ResolverOptions.builder().strategies(chain).build()).resolve(data.records());
      Map<ContributorId, ContributorId> parent = new HashMap<>();
      for (ReviewItem item : resolution.reviewQueue()) {
        if (item.evidence().stream().anyMatch(evidence -> evidence.strategy().equals(MailmapStrategy.NAME))) {
          ContributorId first = root(parent, item.firstContributor());
          ContributorId second = root(parent, item.secondContributor());
          if (!first.equals(second)) {
            parent.put(first, second);
          }
        }
      }

      for (List<RecordId> group : data.joinedGroups()) {
        Set<ContributorId> contributors = group.stream()
            .map(record -> resolution.contributorOf(record).orElseThrow().id()).collect(Collectors.toSet());
        if (contributors.size() > 1) {
          reviewed++;
          assertThat(contributors.stream().map(c -> root(parent, c)).distinct())
              .as("%s: the contributors of %s, joined by review items", project, group).hasSize(1);
        }
      }
    }
    // 3 on the eight projects when this was written; a handful more would mean the strategy lost its way.
    assertThat(reviewed).as("groups left to review").isLessThanOrEqualTo(5);
  }

  private static ContributorId root(Map<ContributorId, ContributorId> parent, ContributorId id) {
    ContributorId root = id;
    while (parent.containsKey(root)) {
      root = parent.get(root);
    }
    return root;
  }
}
