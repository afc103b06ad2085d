package io.github.devidentity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EvaluateCommandTest {
  @TempDir Path dir;

  private Path dataset(String name) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    Files.writeString(folder.resolve("records.csv"), String.join("\n",
        "record_id,source,name,email",
        "r1,git,Ada Lovelace,ada@example.org",
        "r2,git,Ada Lovelace,ada@work.example",
        "r3,git,Robert Raymond,rob@example.org",
        "r4,git,rraymond,rr@home.example", ""));
    Files.writeString(folder.resolve("truth.csv"), "record_id,person_id\nr1,p1\nr2,p1\nr3,p2\nr4,p2\n");
    Files.writeString(folder.resolve("persons.csv"),
        "person_id,name,email,records,commits\np1,Ada Lovelace,ada@example.org,2,1\np2,Robert Raymond,rob@example.org,2,1\n");
    return folder;
  }

  @Test
  void evaluate_printsOneLinePerMethodAndTheMean() throws IOException {
    dataset("acme__tools");

    Run run = Run.of("evaluate", dir.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("dataset", "recall", "curated");
    // Ada's two records share a full name: every method but exact email finds that pair; the
    // handle "rraymond" is built from "Robert Raymond", which only the resolver knows.
    assertThat(run.out()).containsPattern("acme__tools\\s+devidentity\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000\\s+2/2");
    assertThat(run.out()).containsPattern("acme__tools\\s+email-or-name\\s+0\\.5000");
    assertThat(run.out()).containsPattern("mean\\s+exact-email\\s+0\\.0000");
  }

  @Test
  void evaluate_acceptsOneDatasetFolderAndRecordsWithTruth() throws IOException {
    Path folder = dataset("one");

    assertThat(Run.of("evaluate", folder.toString()).out()).containsPattern("one\\s+devidentity");
    Run generated = Run.of("evaluate", "--records", folder.resolve("records.csv").toString(),
        "--truth", folder.resolve("truth.csv").toString());
    assertThat(generated.code()).isZero();
    assertThat(generated.out()).containsPattern("records\\.csv\\s+devidentity\\s+1\\.0000");
  }

  @Test
  void evaluate_reportsAFolderWithoutDatasets() {
    Run run = Run.of("evaluate", dir.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("holds no dataset");
  }

  @Test
  void evaluate_rejectsBothFormsAtOnce() throws IOException {
    Path folder = dataset("one");

    Run run = Run.of("evaluate", folder.toString(), "--records", "x.csv");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("give either DIR or --records and --truth, not both");
  }
}
