package io.github.devidentity.examples.cli;

import io.github.devidentity.spi.ContributionFact;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes contribution facts as CSV, one a row, with the header {@link #HEADER}: the kind is {@code
 * COMMIT} or {@code PULL_REQUEST_COMMIT}, {@code at} an ISO-8601 instant, and an absent value an
 * empty cell.
 */
final class FactsCsv {
  static final List<String> HEADER = List.of(
      "integration", "account_id", "login", "kind", "reference", "author_name", "author_email", "at");

  private FactsCsv() {}

  static void write(List<ContributionFact> facts, Writer out) throws IOException {
    CSVPrinter printer = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get().print(out);
    printer.printRecord(HEADER);
    for (ContributionFact fact : facts) {
      printer.printRecord(fact.integration(), fact.accountId(), text(fact.login()), fact.kind(), fact.reference(),
          text(fact.authorName()), text(fact.authorEmail()), text(fact.at()));
    }
    printer.flush();
  }

  private static String text(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }
}
