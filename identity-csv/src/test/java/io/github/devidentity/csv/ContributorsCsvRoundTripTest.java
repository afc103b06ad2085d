package io.github.devidentity.csv;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.model.AccountRef;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.ContributorId;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property test: contributors with awkward names, attributes and account ids come back
 * exactly from their export, also after a spreadsheet program in another locale saved the file.
 */
final class ContributorsCsvRoundTripTest {
  /** Pieces that stress quoting, formula guarding, trimming and Unicode. */
  private static final String[] PIECES = {
    "Ada", "Lovelace", "José", "Müller", "李", "😀", " ", ",", ";", "\"", "\"\"", "\n", "\r\n", "\r", "\t", "=",
    "+", "-", "@", "'", "=1+2", "=HYPERLINK(\"http://x\")", "\uFEFF", ":", "\\", "#", "Integration: github",
  };
  private static final String[] ATTRIBUTES = {"Team", "=Site", "Notes, long", "'quoted", "@handle", "Full Name 2"};
  private static final Integration[] INTEGRATIONS = {
    Integration.of(IntegrationType.GIT), Integration.of(IntegrationType.GITHUB),
    Integration.of(IntegrationType.JIRA_CLOUD), Integration.of(IntegrationType.GITLAB, "self;hosted, \"x\""),
  };

  /** How a spreadsheet program might save the file again. */
  private enum Resave {
    AS_EXPORTED(',', "\n", UTF_8, false),
    EXCEL_EUROPE(';', "\r\n", UTF_8, true),
    UTF_16_LITTLE(',', "\r\n", UTF_16LE, true),
    UTF_16_BIG(';', "\r", UTF_16BE, true);

    final char delimiter;
    final String lineEnd;
    final Charset charset;
    final boolean byteOrderMark;

    Resave(char delimiter, String lineEnd, Charset charset, boolean byteOrderMark) {
      this.delimiter = delimiter;
      this.lineEnd = lineEnd;
      this.charset = charset;
      this.byteOrderMark = byteOrderMark;
    }
  }

  static Stream<Object[]> cases() {
    SplittableRandom root = new SplittableRandom(0xC0FFEEL);
    return IntStream.range(0, 300).mapToObj(i -> new Object[] {root.nextLong(), Resave.values()[i % 4]});
  }

  @ParameterizedTest
  @MethodSource("cases")
  void readOfWrite_givesEveryContributorBackExactly(long seed, Resave resave) throws IOException {
    List<Contributor> contributors = randomContributors(new SplittableRandom(seed));
    StringWriter out = new StringWriter();

    ContributorsCsv.Export export = ContributorsCsv.write(contributors, out);
    ContributorsSheet sheet = ContributorsCsv.read(new ByteArrayInputStream(resaved(out.toString(), resave)),
        "seed-" + seed, ContributorsCsv.Schema.open());

    assertThat(export.omissions()).isEmpty();
    assertThat(sheet.report().problems()).isEmpty();
    assertThat(sheet.entries()).hasSameSizeAs(contributors);
    for (int i = 0; i < contributors.size(); i++) {
      Contributor contributor = contributors.get(i);
      ContributorEntry entry = sheet.entries().get(i);
      assertThat(entry.fullName()).isEqualTo(contributor.displayName());
      assertThat(entry.email()).isEqualTo(contributor.primaryEmail().orElseThrow());
      assertThat(entry.attributes()).isEqualTo(contributor.attributes());
      assertThat(entry.accounts()).isEqualTo(keys(contributor));
    }
  }

  private static Set<AccountRef> keys(Contributor contributor) {
    Set<AccountRef> keys = new TreeSet<>();
    contributor.records().forEach(record -> keys.addAll(AccountKeys.of(record)));
    return keys;
  }

  /** The exported text as another program writes the same cells. */
  private static byte[] resaved(String text, Resave resave) throws IOException {
    if (resave == Resave.AS_EXPORTED) {
      return text.getBytes(UTF_8);
    }
    StringWriter again = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(resave.delimiter).setRecordSeparator(resave.lineEnd)
        .get();
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(Csv.READ).get();
        CSVPrinter printer = new CSVPrinter(again, format)) {
      for (CSVRecord record : parser) {
        printer.printRecord(record.toList());
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (resave.byteOrderMark) {
      bytes.write("\uFEFF".getBytes(resave.charset));
    }
    bytes.write(again.toString().getBytes(resave.charset));
    return bytes.toByteArray();
  }

  private static List<Contributor> randomContributors(SplittableRandom random) {
    List<Contributor> contributors = new ArrayList<>();
    int[] serial = {0};
    for (int c = random.nextInt(1, 6); c > 0; c--) {
      int n = serial[0]++;
      String name;
      do {
        name = text(random, 1 + random.nextInt(4)).strip();
      } while (name.isEmpty());
      Contributor.Builder builder = Contributor.builder(ContributorId.of("c" + n)).displayName(name)
          .primaryEmail(("p" + n + "." + random.nextInt(1000) + "@Example.org").toLowerCase(Locale.ROOT));
      for (String attribute : ATTRIBUTES) {
        if (random.nextInt(3) == 0) {
          String value = text(random, 1 + random.nextInt(3));
          builder.attribute(attribute, value.isEmpty() ? "x" : value);
        }
      }
      List<IdentityRecord> records = new ArrayList<>();
      for (int r = random.nextInt(1, 5); r > 0; r--) {
        Integration integration = INTEGRATIONS[random.nextInt(INTEGRATIONS.length)];
        IdentityRecord.Builder record = IdentityRecord.builder(RecordId.of("r" + n + "-" + r), integration);
        if (integration.type().hasAccountIds()) {
          record.accountId(text(random, random.nextInt(3)) + "#" + n + "." + r + text(random, random.nextInt(3)));
        } else {
          record.email("G" + n + "." + r + "@Example.org")
              .email(random.nextBoolean() ? "p" + n + "@example.org" : null);
        }
        records.add(record.build());
      }
      contributors.add(builder.records(records).build());
    }
    return contributors;
  }

  private static String text(SplittableRandom random, int pieces) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }
}
