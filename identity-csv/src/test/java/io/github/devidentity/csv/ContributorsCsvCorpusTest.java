package io.github.devidentity.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.model.Integration;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed and awkward contributors files: each {@code name.csv} under {@code
 * contributors/} must give exactly the report in {@code name.expected}, followed, when the file
 * holds no error, by the people read from it. A {@code name.schema} file declares the host's
 * attributes and integrations ({@code attributes: Team, Site} and {@code integrations:
 * github:acme-github}).
 */
final class ContributorsCsvCorpusTest {

  static Stream<String> files() throws IOException, URISyntaxException {
    try (Stream<Path> paths = Files.list(corpus())) {
      return paths.map(path -> path.getFileName().toString())
          .filter(name -> name.endsWith(".csv"))
          .sorted()
          .collect(Collectors.toList())
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void read_givesTheExpectedReport(String name) throws Exception {
    Path file = corpus().resolve(name);
    String expected = Files.readString(corpus().resolve(name.replace(".csv", ".expected")), UTF_8);

    ContributorsSheet sheet;
    try (InputStream in = Files.newInputStream(file)) {
      sheet = ContributorsCsv.read(in, name, schema(name));
    }

    assertThat(describe(sheet)).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("files")
  void validate_givesTheSameReportAsRead(String name) throws Exception {
    Path file = corpus().resolve(name);

    CsvReport validated;
    ContributorsSheet read;
    try (InputStream in = Files.newInputStream(file)) {
      validated = ContributorsCsv.validate(in, name, schema(name));
    }
    try (InputStream in = Files.newInputStream(file)) {
      read = ContributorsCsv.read(in, name, schema(name));
    }

    assertThat(validated.toText()).isEqualTo(read.report().toText());
    assertThat(validated.toJson()).isEqualTo(read.report().toJson());
  }

  @Test
  void corpus_hasAnExpectationPerFileAndCoversEveryCode() throws Exception {
    List<String> reports = new ArrayList<>();
    for (String name : files().collect(Collectors.toList())) {
      Path expected = corpus().resolve(name.replace(".csv", ".expected"));
      assertThat(expected).as(name).exists();
      reports.add(Files.readString(expected, UTF_8));
    }
    String all = String.join("\n", reports);

    for (CsvProblem.Code code : CsvProblem.Code.values()) {
      if (code != CsvProblem.Code.UNKNOWN_EMAIL && code != CsvProblem.Code.INVALID_JSON) {
        assertThat(all).as(code.name()).contains(" " + code + ": ");
      }
    }
  }

  /** The report, then each person read when there is no error. */
  static String describe(ContributorsSheet sheet) {
    StringBuilder text = new StringBuilder(sheet.report().summary()).append('\n').append(sheet.report().toText());
    for (ContributorEntry entry : sheet.entries()) {
      text.append(entry).append(' ').append(entry.attributes()).append(' ').append(entry.accounts()).append('\n');
    }
    return text.toString();
  }

  private static ContributorsCsv.Schema schema(String name) throws Exception {
    Path file = corpus().resolve(name.replace(".csv", ".schema"));
    if (!Files.exists(file)) {
      return ContributorsCsv.Schema.open();
    }
    ContributorsCsv.Schema.Builder schema = ContributorsCsv.Schema.builder();
    for (String line : Files.readAllLines(file, UTF_8)) {
      String[] parts = line.split(":", 2);
      List<String> values = Stream.of(parts[1].split(",")).map(String::strip).collect(Collectors.toList());
      if (parts[0].equals("attributes")) {
        schema.attributes(values);
      } else {
        schema.integrations(values.stream().map(Integration::parse).collect(Collectors.toList()));
      }
    }
    return schema.build();
  }

  private static Path corpus() throws URISyntaxException {
    return Path.of(ContributorsCsvCorpusTest.class.getResource("/contributors").toURI());
  }
}
