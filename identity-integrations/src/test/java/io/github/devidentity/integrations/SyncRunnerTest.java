package io.github.devidentity.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.IdentityException;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.spi.IdentitySource;
import io.github.devidentity.spi.SyncResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class SyncRunnerTest {
  private final Records github = new Records(IntegrationType.GITHUB, "acme-github");
  private final Records gitlab = new Records(IntegrationType.GITLAB, "acme-gitlab");
  private final Records jira = new Records(IntegrationType.JIRA_CLOUD, "acme-jira");

  @Test
  void run_collectsRecordsCursorsAndCountsInSourceOrder() {
    SyncRunner runner =
        SyncRunner.of(
            List.of(
                InMemorySource.of(github.integration(), github.records("ada", "grace")),
                InMemorySource.of(jira.integration(), jira.records("linus"))));

    SyncReport report = runner.run(Map.of());

    assertThat(report.records())
        .extracting(IdentityRecord::id)
        .containsExactly(
            RecordId.of("acme-github:ada"),
            RecordId.of("acme-github:grace"),
            RecordId.of("acme-jira:linus"));
    assertThat(report.cursors())
        .containsExactly(Map.entry(github.integration(), "2"), Map.entry(jira.integration(), "1"));
    assertThat(report.counts())
        .containsExactly(Map.entry(github.integration(), 2), Map.entry(jira.integration(), 1));
    assertThat(report.failures()).isEmpty();
    assertThat(report.complete()).isTrue();
  }

  @Test
  void run_laterRecordWithSameId_replacesEarlierInItsPlace() {
    IdentityRecord adaRenamed = github.renamed("ada", "Ada Lovelace");
    SyncRunner runner =
        SyncRunner.of(
            List.of(
                InMemorySource.of(
                    github.integration(),
                    List.of(
                        github.record("ada"),
                        github.record("grace"),
                        adaRenamed,
                        github.record("linus")))));

    SyncReport report = runner.run(Map.of());

    assertThat(report.records())
        .containsExactly(adaRenamed, github.record("grace"), github.record("linus"));
    assertThat(report.counts()).containsExactly(Map.entry(github.integration(), 4));
  }

  @Test
  void run_sameIdFromLaterSource_replacesEarlierSourcesRecord() {
    IdentityRecord fromGithub = github.record("ada");
    // Record ids are the host's; two sources can name the same record, and the later one wins.
    IdentityRecord fromGitlab =
        IdentityRecord.builder(fromGithub.id(), gitlab.integration()).login("ada-gl").build();
    SyncRunner runner =
        SyncRunner.of(
            List.of(
                InMemorySource.of(github.integration(), List.of(fromGithub, github.record("b"))),
                InMemorySource.of(gitlab.integration(), List.of(fromGitlab))));

    SyncReport report = runner.run(Map.of());

    assertThat(report.records()).containsExactly(fromGitlab, github.record("b"));
  }

  @ParameterizedTest
  @MethodSource("randomDeliveries")
  void run_recordsFollowLastWinsInFirstAppearanceOrder(List<List<IdentityRecord>> deliveries) {
    List<IdentitySource> sources = new ArrayList<>();
    Map<RecordId, IdentityRecord> expected = new LinkedHashMap<>();
    for (int i = 0; i < deliveries.size(); i++) {
      Integration integration = Integration.of(IntegrationType.CUSTOM, "source-" + i);
      sources.add(InMemorySource.of(integration, deliveries.get(i)));
      for (IdentityRecord record : deliveries.get(i)) {
        // Model of the rule, written the slow way: keep the first position, take the last value.
        if (expected.containsKey(record.id())) {
          expected.replace(record.id(), record);
        } else {
          expected.put(record.id(), record);
        }
      }
    }

    SyncReport report = SyncRunner.of(sources).run(Map.of());

    assertThat(report.records()).containsExactlyElementsOf(expected.values());
    assertThat(report.counts().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(deliveries.stream().mapToInt(List::size).sum());
  }

  static Stream<List<List<IdentityRecord>>> randomDeliveries() {
    SplittableRandom random = new SplittableRandom(20261122L);
    return IntStream.range(0, 200)
        .mapToObj(
            n -> {
              int sourceCount = 1 + random.nextInt(4);
              List<List<IdentityRecord>> deliveries = new ArrayList<>();
              for (int s = 0; s < sourceCount; s++) {
                Integration integration = Integration.of(IntegrationType.CUSTOM, "source-" + s);
                List<IdentityRecord> records = new ArrayList<>();
                int recordCount = random.nextInt(8);
                for (int r = 0; r < recordCount; r++) {
                  records.add(
                      IdentityRecord.builder(RecordId.of("id-" + random.nextInt(6)), integration)
                          .activityCount(random.nextInt(1000))
                          .build());
                }
                deliveries.add(records);
              }
              return deliveries;
            });
  }

  @Test
  void run_failingSourceBetweenTwoGoodOnes_othersStillRun() {
    IdentityException outage = new IdentityException("gitlab.acme.org answered HTTP 503");
    SyncRunner runner =
        SyncRunner.of(
            List.of(
                InMemorySource.of(github.integration(), github.records("ada")),
                ScriptedSource.failingAfter(gitlab.integration(), gitlab.records("grace"), outage),
                InMemorySource.of(jira.integration(), jira.records("linus"))));

    SyncReport report = runner.run(Map.of());

    assertThat(report.failures())
        .containsExactly(new SourceFailure(gitlab.integration(), "gitlab.acme.org answered HTTP 503"));
    assertThat(report.records())
        .containsExactly(github.record("ada"), gitlab.record("grace"), jira.record("linus"));
    assertThat(report.counts())
        .containsExactly(
            Map.entry(github.integration(), 1),
            Map.entry(gitlab.integration(), 1),
            Map.entry(jira.integration(), 1));
    assertThat(report.complete()).isFalse();
  }

  @Test
  void run_failingSource_keepsItsOldCursorSoNextRunResumes() {
    ScriptedSource failing =
        ScriptedSource.failingAfter(
            gitlab.integration(), List.of(), new IllegalStateException("token expired"));
    SyncRunner runner =
        SyncRunner.of(
            List.of(InMemorySource.of(github.integration(), github.records("ada")), failing));

    SyncReport report =
        runner.run(Map.of(github.integration(), "0", gitlab.integration(), "page-7"));

    assertThat(failing.cursorsSeen).containsExactly("page-7");
    assertThat(report.cursors())
        .containsExactly(
            Map.entry(github.integration(), "1"), Map.entry(gitlab.integration(), "page-7"));
  }

  @Test
  void run_failingSourceWithoutCursor_hasNoCursorInReport() {
    SyncRunner runner =
        SyncRunner.of(
            List.of(
                ScriptedSource.failingAfter(
                    gitlab.integration(), List.of(), new IllegalStateException("boom"))));

    SyncReport report = runner.run(Map.of());

    assertThat(report.cursors()).isEmpty();
    assertThat(report.counts()).containsExactly(Map.entry(gitlab.integration(), 0));
  }

  @Test
  void run_exceptionWithoutMessage_namesExceptionClass() {
    SyncRunner runner =
        SyncRunner.of(
            List.of(
                ScriptedSource.failingAfter(
                    gitlab.integration(), List.of(), new NullPointerException())));

    SyncReport report = runner.run(Map.of());

    assertThat(report.failures())
        .singleElement()
        .extracting(SourceFailure::message)
        .asString()
        .contains("java.lang.NullPointerException");
  }

  @Test
  void run_sourceReturningNull_isFailure() {
    SyncRunner runner = SyncRunner.of(List.of(ScriptedSource.returningNull(jira.integration())));

    SyncReport report = runner.run(Map.of(jira.integration(), "c1"));

    assertThat(report.failures())
        .containsExactly(new SourceFailure(jira.integration(), "the source's sync returned no result"));
    assertThat(report.cursors()).containsExactly(Map.entry(jira.integration(), "c1"));
    assertThat(report.complete()).isFalse();
  }

  @Test
  void run_secondRunWithReturnedCursors_returnsOnlyAppendedRecords() {
    InMemorySource githubSource = InMemorySource.of(github.integration(), github.records("a", "b"));
    InMemorySource jiraSource = InMemorySource.of(jira.integration(), jira.records("c"));
    SyncReport first = SyncRunner.of(List.of(githubSource, jiraSource)).run(Map.of());

    SyncReport second =
        SyncRunner.of(
                List.of(
                    githubSource.withAppended(github.records("d", "e")),
                    jiraSource.withAppended(List.of())))
            .run(first.cursors());

    assertThat(second.records()).containsExactly(github.record("d"), github.record("e"));
    assertThat(second.counts())
        .containsExactly(Map.entry(github.integration(), 2), Map.entry(jira.integration(), 0));
    assertThat(second.cursors())
        .containsExactly(Map.entry(github.integration(), "4"), Map.entry(jira.integration(), "1"));
    assertThat(second.complete()).isTrue();
  }

  @Test
  void run_cursorsOfUnknownIntegrations_areIgnored() {
    SyncRunner runner =
        SyncRunner.of(List.of(InMemorySource.of(github.integration(), github.records("a"))));

    SyncReport report = runner.run(Map.of(jira.integration(), "9"));

    assertThat(report.cursors()).containsExactly(Map.entry(github.integration(), "1"));
  }

  @Test
  void run_incompleteSource_reportsItsCursorAndNotComplete() {
    SyncRunner runner =
        SyncRunner.of(
            List.of(
                ScriptedSource.returning(
                    github.integration(), github.records("a"), new SyncResult("page-2", false)),
                ScriptedSource.returning(
                    jira.integration(), jira.records("b"), new SyncResult(null, true))));

    SyncReport report = runner.run(Map.of());

    assertThat(report.failures()).isEmpty();
    assertThat(report.cursors()).containsExactly(Map.entry(github.integration(), "page-2"));
    assertThat(report.complete()).isFalse();
  }

  @Test
  void run_recordOfOtherIntegration_isFailureOfItsSource() {
    ScriptedSource mixedUp =
        ScriptedSource.returning(
            gitlab.integration(),
            List.of(gitlab.record("grace"), github.record("ada"), gitlab.record("linus")),
            new SyncResult("next", true));
    SyncRunner runner =
        SyncRunner.of(
            List.of(mixedUp, InMemorySource.of(jira.integration(), jira.records("margaret"))));

    SyncReport report = runner.run(Map.of(gitlab.integration(), "before"));

    assertThat(report.failures())
        .containsExactly(
            new SourceFailure(
                gitlab.integration(),
                "record acme-github:ada belongs to integration github:acme-github,"
                    + " but its source reads gitlab:acme-gitlab"));
    assertThat(report.records()).containsExactly(gitlab.record("grace"), jira.record("margaret"));
    assertThat(report.cursors())
        .containsExactly(
            Map.entry(gitlab.integration(), "before"), Map.entry(jira.integration(), "1"));
    assertThat(report.counts()).containsEntry(gitlab.integration(), 1);
    assertThat(report.complete()).isFalse();
  }

  @Test
  void run_acceptsGitIdentitiesFromAnySourceAndCollectsContributionFacts() {
    IdentityRecord gitAuthor = io.github.devidentity.model.IdentityRecord.builder(
            GitIdentities.recordId("Ada", "ada@example.org"),
            io.github.devidentity.model.Integration.of(io.github.devidentity.model.IntegrationType.GIT))
        .displayName("Ada").email("ada@example.org").build();
    io.github.devidentity.spi.ContributionFact fact = new io.github.devidentity.spi.ContributionFact(
        gitlab.integration(), "7", "ada", io.github.devidentity.spi.ContributionFact.Kind.COMMIT, "abc", "Ada",
        "ada@example.org", null);
    io.github.devidentity.spi.IdentitySource commits = new io.github.devidentity.spi.IdentitySource() {
      @Override
      public io.github.devidentity.model.Integration integration() {
        return gitlab.integration();
      }

      @Override
      public SyncResult sync(String cursor, io.github.devidentity.spi.IdentitySink sink) {
        sink.record(gitlab.record("ada"));
        sink.record(gitAuthor);
        sink.contribution(fact);
        return new SyncResult("next", true);
      }
    };

    SyncReport report = SyncRunner.of(List.of(commits)).run(Map.of());

    assertThat(report.failures()).isEmpty();
    assertThat(report.records()).containsExactly(gitlab.record("ada"), gitAuthor);
    assertThat(report.facts()).containsExactly(fact);
  }

  @Test
  void run_factOfOtherIntegration_isFailureOfItsSource() {
    io.github.devidentity.spi.IdentitySource mixedUp = new io.github.devidentity.spi.IdentitySource() {
      @Override
      public io.github.devidentity.model.Integration integration() {
        return gitlab.integration();
      }

      @Override
      public SyncResult sync(String cursor, io.github.devidentity.spi.IdentitySink sink) {
        sink.contribution(new io.github.devidentity.spi.ContributionFact(github.integration(), "1", null,
            io.github.devidentity.spi.ContributionFact.Kind.COMMIT, "abc", null, "ada@example.org", null));
        return new SyncResult("next", true);
      }
    };

    SyncReport report = SyncRunner.of(List.of(mixedUp)).run(Map.of());

    assertThat(report.failures()).singleElement().extracting(SourceFailure::message)
        .isEqualTo("a contribution fact of account 1 belongs to integration github:acme-github,"
            + " but its source reads gitlab:acme-gitlab");
    assertThat(report.facts()).isEmpty();
  }

  @Test
  void run_sourceThatSwallowsRejection_isStillFailureAndLaterRecordsAreDropped() {
    ScriptedSource careless =
        ScriptedSource.swallowing(
            gitlab.integration(),
            List.of(gitlab.record("grace"), jira.record("ada"), gitlab.record("linus")));

    SyncReport report = SyncRunner.of(List.of(careless)).run(Map.of());

    assertThat(report.failures())
        .singleElement()
        .extracting(SourceFailure::message)
        .asString()
        .contains("acme-jira:ada", "jira-cloud:acme-jira", "gitlab:acme-gitlab");
    assertThat(report.records()).containsExactly(gitlab.record("grace"));
    assertThat(report.cursors()).isEmpty();
  }

  @Test
  void of_twoSourcesOfOneIntegration_throws() {
    List<IdentitySource> sources =
        List.of(
            InMemorySource.of(github.integration(), List.of()),
            InMemorySource.of(jira.integration(), List.of()),
            InMemorySource.of(github.integration(), List.of()));

    assertThatThrownBy(() -> SyncRunner.of(sources))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sources[0] and sources[2]")
        .hasMessageContaining("github:acme-github");
  }

  @Test
  void run_noSources_isEmptyAndComplete() {
    SyncReport report = SyncRunner.of(List.of()).run(Map.of());

    assertThat(report.records()).isEmpty();
    assertThat(report.failures()).isEmpty();
    assertThat(report.complete()).isTrue();
  }

  @Test
  void report_collectionsAreUnmodifiable() {
    SyncReport report =
        SyncRunner.of(
                List.of(
                    InMemorySource.of(github.integration(), github.records("a")),
                    ScriptedSource.failingAfter(
                        jira.integration(), List.of(), new IllegalStateException("x"))))
            .run(Map.of());

    assertThatThrownBy(() -> report.records().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.cursors().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.counts().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.failures().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
