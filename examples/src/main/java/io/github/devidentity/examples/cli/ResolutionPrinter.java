package io.github.devidentity.examples.cli;

import io.github.devidentity.match.Evidence;
import io.github.devidentity.model.Contributor;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Link;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.ResolutionWarning;
import io.github.devidentity.resolve.ReviewItem;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Prints a resolution for people: contributors with their records and the evidence that joined
 * them, the review queue and the warnings. Shared by the subcommands so they read alike.
 */
final class ResolutionPrinter {
  /**
   * Contributors by display name (ignoring case; nameless last), then id: the order a person scans
   * a list in.
   */
  static final Comparator<Contributor> BY_NAME =
      Comparator.comparing((Contributor c) -> c.displayName().isEmpty())
          .thenComparing(c -> c.displayName().toLowerCase(Locale.ROOT))
          .thenComparing(Contributor::id);

  private final Resolution resolution;
  private final PrintStream out;

  ResolutionPrinter(Resolution resolution, PrintStream out) {
    this.resolution = resolution;
    this.out = out;
  }

  /** Prints contributors, each with its records and, when it has several, why they are one. */
  void contributors(List<Contributor> contributors) {
    for (Contributor contributor : contributors) {
      contributor(contributor);
    }
  }

  /** Prints one contributor: a header, its records (anchor first), and the evidence per record. */
  void contributor(Contributor contributor) {
    out.println(header(contributor));
    RecordId anchor = resolution.anchor(contributor.id());
    List<IdentityRecord> records = new ArrayList<>(contributor.records());
    records.sort(Comparator.comparing((IdentityRecord r) -> !r.id().equals(anchor)).thenComparing(IdentityRecord::id));
    List<String[]> rows = new ArrayList<>();
    for (IdentityRecord record : records) {
      rows.add(columns(record));
    }
    for (String row : table(rows)) {
      out.println("    " + row);
    }
    if (records.size() > 1) {
      out.println("  why together, from the anchor " + anchor + ":");
      int width = records.stream().mapToInt(r -> r.id().value().length()).max().orElse(0);
      // Along the join tree, nearest records first, so a path's middle record is explained before it is used.
      Map<RecordId, List<Link>> chains = new TreeMap<>();
      for (IdentityRecord record : records) {
        if (!record.id().equals(anchor)) {
          chains.put(record.id(), resolution.explain(record.id()));
        }
      }
      List<RecordId> ids = new ArrayList<>(chains.keySet());
      ids.sort(Comparator.comparingInt((RecordId id) -> chains.get(id).size()).thenComparing(id -> id));
      for (RecordId id : ids) {
        List<Link> chain = chains.get(id);
        out.println("    " + Main.pad(id.value(), width) + " " + why(id, chain));
        evidenceLines(chain.get(chain.size() - 1).evidence(), "        ");
      }
    }
    out.println();
  }

  /** Prints the review queue, or that it is empty. */
  void reviewQueue() {
    List<ReviewItem> queue = resolution.reviewQueue();
    if (queue.isEmpty()) {
      out.println("  (empty: every link was either sure enough to merge or too weak to consider)");
      out.println();
      return;
    }
    for (ReviewItem item : queue) {
      out.println(String.format(Locale.ROOT, "  %s  confidence %.2f", item.id(), item.confidence()));
      out.println("    " + describe(item.first()) + "  (contributor " + contributorSize(item.first()) + ")");
      out.println("    " + describe(item.second()) + "  (contributor " + contributorSize(item.second()) + ")");
      out.println("    evidence:");
      evidenceLines(item.evidence(), "      ");
      out.println("    not merged: " + item.reason());
      out.println();
    }
  }

  /** Prints the warnings, or that there are none. */
  void warnings() {
    List<ResolutionWarning> warnings = resolution.warnings();
    if (warnings.isEmpty()) {
      out.println("  (none)");
    }
    for (ResolutionWarning warning : warnings) {
      out.println("  " + warning.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + warning.message());
    }
    out.println();
  }

  /** {@code c0123… with 3 records}, to place a record of the review queue. */
  private String contributorSize(RecordId record) {
    Contributor contributor = resolution.contributorOf(record).orElseThrow();
    int size = contributor.records().size();
    return contributor.id() + ", " + size + (size == 1 ? " record" : " records");
  }

  /** {@code Name <email>  [id, n records, bot]}. */
  static String header(Contributor contributor) {
    StringBuilder text = new StringBuilder();
    if (contributor.displayName().isEmpty() && contributor.primaryEmail().isEmpty()) {
      text.append("(no usable name or email: placeholders only)");
    } else {
      text.append(contributor.displayName().isEmpty() ? "(no usable name)" : contributor.displayName());
    }
    contributor.primaryEmail().ifPresent(email -> text.append(" <").append(email).append('>'));
    int size = contributor.records().size();
    text.append("  [").append(contributor.id()).append(", ").append(size)
        .append(size == 1 ? " record" : " records");
    if (contributor.isBot()) {
      text.append(", bot");
      contributor.botEvidence().ifPresent(why -> text.append(": ").append(why));
    }
    return text.append(']').toString();
  }

  /**
   * Where a record joined its contributor: the last link of its {@link
   * Resolution#explain(RecordId) chain} names the record it joined; a longer chain is shown as a
   * path from the anchor. The evidence follows on lines of its own.
   */
  private String why(RecordId record, List<Link> chain) {
    Link last = chain.get(chain.size() - 1);
    StringBuilder text = new StringBuilder("<- ").append(last.other(record));
    if (last.manual()) {
      text.append(", by a decision");
    }
    if (chain.size() > 1) {
      List<String> path = new ArrayList<>();
      RecordId at = resolution.anchor(resolution.contributorOf(record).orElseThrow().id());
      path.add(at.value());
      for (Link link : chain) {
        at = link.other(at);
        path.add(at.value());
      }
      text.append("  (path ").append(String.join(" -> ", path)).append(')');
    }
    return text.toString();
  }

  /** One line per piece of evidence, strongest first: {@code 0.97 same-email: same email "x"}. */
  void evidenceLines(List<Evidence> evidence, String indent) {
    for (Evidence item : evidence) {
      out.println(indent + String.format(Locale.ROOT, "%.2f %s: %s", item.confidence(), item.strategy(), item.explanation()));
    }
  }

  /** One record on one line: {@code gh-03 github @login #id "Name" <emails>}. */
  String describe(RecordId id) {
    IdentityRecord record = resolution.contributorOf(id).orElseThrow().records().stream()
        .filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    return Arrays.stream(columns(record)).filter(column -> !column.isEmpty()).collect(Collectors.joining(" "));
  }

  private static String[] columns(IdentityRecord record) {
    return new String[] {
      record.id().value(),
      integration(record.integration()),
      record.login().map(login -> "@" + login).orElse(""),
      record.accountId().map(account -> "#" + account).orElse(""),
      record.displayName().map(name -> "\"" + name + "\"").orElse(""),
      record.emails().isEmpty() ? "" : "<" + String.join(", ", record.emails()) + ">",
      record.isBot() ? "(bot)" : ""
    };
  }

  /** The type alone when the instance is the default one, else {@code type:instance}. */
  static String integration(Integration integration) {
    String type = integration.type().displayName();
    return integration.instance().equals(type) || integration.instance().equals(integration.type().name().toLowerCase(Locale.ROOT))
        ? type
        : integration.toString();
  }

  /** Aligns columns; columns empty in every row are dropped. */
  private static List<String> table(List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        if (width[c] == 0) {
          continue;
        }
        line.append(Main.pad(row[c], width[c])).append("  ");
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }
}
