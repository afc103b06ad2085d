package io.github.devidentity.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.IdentityException;
import io.github.devidentity.cloudid.CloudIdOutcome;
import io.github.devidentity.cloudid.CloudIdProblem;
import io.github.devidentity.cloudid.CloudIdRow;
import io.github.devidentity.cloudid.CloudIdUpload;
import io.github.devidentity.cloudid.CloudIds;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CloudIdFileTest {
  private static final Instant AT = Instant.parse("2026-10-05T09:00:00Z");

  @TempDir Path dir;

  private static Resolution ada() {
    return Resolver.create().resolve(List.of(IdentityRecord.builder(RecordId.of("git-ada"),
        Integration.of(IntegrationType.GIT)).displayName("Ada Lovelace").email("ada@example.org").build()));
  }

  private static CloudIdFile csv(String text) {
    return CloudIdsCsv.read(new StringReader(text), "ids.csv");
  }

  private static CloudIdFile json(String text) {
    return CloudIdsJson.read(new StringReader(text), "ids.json");
  }

  @Test
  void csv_readsRowsInFileOrderWithTheirLines() {
    CloudIdFile file = csv("Identity,EMAIL,integration\n5b10, ada@example.org ,jira-cloud\n\n7c00,grace@example.org,github\n");

    assertThat(file.rows()).containsExactly(new CloudIdRow("ada@example.org", "jira-cloud", "5b10"),
        new CloudIdRow("grace@example.org", "github", "7c00"));
    assertThat(List.of(file.line(0), file.line(1))).containsExactly(2L, 4L);
    assertThat(file.source()).isEqualTo("ids.csv");
    assertThat(file).hasToString("ids.csv (2 rows)");
  }

  @Test
  void report_upload_addsUnknownEmailsAtTheirCells() {
    CloudIdFile file = csv("integration,email,identity\njira-cloud,ada@example.org,5b10\njira-cloud,zed@example.org,7c00\n");
    CloudIdUpload upload = CloudIds.upload(ada(), file.rows(), "alice", AT);

    assertThat(file.report().problems()).isEmpty();
    assertThat(file.report(upload)).hasToString("line 3, column 2 (email): error UNKNOWN_EMAIL: no contributor holds "
        + "\"zed@example.org\"; an upload attaches accounts to people already known and never makes a new one: "
        + "correct the email, or sync the integration that has it\n");
    assertThat(file.report(upload).problems().get(0).value()).isEqualTo("zed@example.org");
    assertThat(upload.outcomes()).extracting(CloudIdOutcome::status)
        .containsExactly(CloudIdOutcome.Status.ATTACHED, CloudIdOutcome.Status.REJECTED);
  }

  @Test
  void report_uploadOfOtherRows_isRefused() {
    CloudIdFile file = csv("email,integration,identity\nada@example.org,jira-cloud,5b10\n");
    CloudIdUpload other = CloudIds.upload(ada(), List.of(), "alice", AT);

    assertThatThrownBy(() -> file.report(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the upload has 0 rows that are not the 1 rows of ids.csv; report an upload with the report of "
            + "its own file");
  }

  @Test
  void locate_json_pointsAtTheValueWithItsPath() {
    CloudIdFile file = json("[\n {\"email\": \"ada@example.org\", \"integration\": \"jira\", \"identity\": \"5b10\"}\n]");

    ValidationProblem problem = file.locate(new CloudIdProblem(0, CloudIdProblem.Field.INTEGRATION,
        CloudIdProblem.Code.UNKNOWN_INTEGRATION, "jira", "\"jira\" is not an integration"));

    assertThat(problem).hasToString("line 2, column 46 ([0].integration): error UNKNOWN_INTEGRATION: \"jira\" is not an integration");
    assertThat(file.line(0)).isEqualTo(2);
  }

  @Test
  void json_numbersAreText_nullIsEmpty_andTheReaderIsLeftOpen() throws IOException {
    StringReader reader = new StringReader("\uFEFF[{\"email\": \"ada@example.org\", \"integration\": \"github\", "
        + "\"identity\": 583231}, {\"email\": null, \"integration\": \"github\", \"identity\": 1.5}]");

    CloudIdFile file = CloudIdsJson.read(reader, "ids.json");

    assertThat(file.rows()).containsExactly(new CloudIdRow("ada@example.org", "github", "583231"),
        new CloudIdRow("", "github", "1.5"));
    assertThat(file.report().errors()).extracting(ValidationProblem::field).containsExactly("[1].email");
    assertThat(reader.ready()).isTrue();
  }

  @Test
  void read_files_nameThemAsGiven() throws IOException {
    Path csv = Files.writeString(dir.resolve("ids.csv"), "email,integration,identity\nada@example.org,gitlab,7\n", UTF_8);
    Path json = Files.writeString(dir.resolve("ids.json"), "[{\"email\":\"ada@example.org\",\"integration\":\"gitlab\",\"identity\":\"7\"}]", UTF_8);

    assertThat(CloudIdsCsv.read(csv).rows()).isEqualTo(CloudIdsJson.read(json).rows());
    assertThat(CloudIdsJson.read(json).report().source()).isEqualTo(json.toString());
    assertThatThrownBy(() -> CloudIdsJson.read(dir.resolve("missing.json")))
        .isInstanceOf(IdentityException.class)
        .hasMessage("cannot read " + dir.resolve("missing.json") + ": no such file or directory");
  }
}
