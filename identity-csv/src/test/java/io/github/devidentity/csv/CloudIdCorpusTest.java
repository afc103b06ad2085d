package io.github.devidentity.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the cloud-id corpus ({@code src/test/resources/cloud-ids}), well-formed and
 * malformed, CSV and JSON, against the exact report beside it in {@code <name>.expected}: the
 * number of rows read, then one line per problem.
 */
final class CloudIdCorpusTest {

  static Stream<Path> files() throws IOException, URISyntaxException {
    Path corpus = Path.of(Objects.requireNonNull(CloudIdCorpusTest.class.getResource("/cloud-ids")).toURI());
    return Files.walk(corpus)
        .filter(path -> path.toString().endsWith(".csv") || path.toString().endsWith(".json"))
        .sorted();
  }

  private static String report(Path file) {
    CloudIdFile read = file.toString().endsWith(".csv") ? CloudIdsCsv.read(file) : CloudIdsJson.read(file);
    return "rows: " + read.rows().size() + "\n" + read.report();
  }

  @ParameterizedTest
  @MethodSource("files")
  void read_reportsExactlyWhatTheCorpusExpects(Path file) throws IOException {
    Path expected = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.(csv|json)$", ".expected"));

    assertThat(report(file)).as(file.getFileName().toString()).isEqualTo(Files.readString(expected, UTF_8));
  }
}
