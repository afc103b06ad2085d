package io.github.devidentity.examples.evaluate;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scores the resolver and the two baselines on labelled datasets and prints the table.
 *
 * <pre>{@code
 * List<Evaluation.Row> rows = Evaluation.evaluate(Path.of("../shared/data/mailmap"), Resolver.create());
 * Evaluation.print(rows, System.out);
 * }</pre>
 */
public final class Evaluation {
  /** The methods each dataset is scored with, in print order. */
  public static final List<String> METHODS = List.of("devidentity", "exact-email", "email-or-name");

  private Evaluation() {}

  /**
   * One dataset scored by one method.
   *
   * @param dataset the dataset's directory name
   * @param method one of {@link #METHODS}
   * @param score the pair counts
   */
  public record Row(String dataset, String method, PairScore score) {
    /** Recall. */
    public double recall() {
      return score.recall();
    }

    /** Precision (a lower bound). */
    public double precision() {
      return score.precision();
    }

    /** Curated precision. */
    public double curatedPrecision() {
      return score.curatedPrecision();
    }

    /** F1 of precision and recall. */
    public double f1() {
      return score.f1();
    }
  }

  /** The dataset directories under {@code root}: those holding records.csv and truth.csv, sorted. */
  public static List<Path> datasets(Path root) {
    try (Stream<Path> children = Files.list(root)) {
      return children
          .filter(p -> Files.isRegularFile(p.resolve("records.csv")) && Files.isRegularFile(p.resolve("truth.csv")))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  /** Scores every dataset under {@code root} with the resolver and both baselines. */
  public static List<Row> evaluate(Path root, Resolver resolver) {
    List<Row> rows = new ArrayList<>();
    for (Path directory : datasets(root)) {
      rows.addAll(evaluate(LabelledDataset.readMailmapDirectory(directory), resolver));
    }
    return rows;
  }

  /** Scores one mailmap dataset directory. */
  public static List<Row> evaluateDataset(Path directory, Resolver resolver) {
    return evaluate(LabelledDataset.readMailmapDirectory(directory), resolver);
  }

  /**
   * Scores a records file against a truth file ({@code record_id,person_id}), such as a generated
   * organisation. Without canonical names, no pair is unknown by name and every person counts as
   * curated.
   */
  public static List<Row> evaluateGenerated(Path records, Path truth, Resolver resolver) {
    return evaluate(LabelledDataset.generated(records, truth), resolver);
  }

  /**
   * Scores a resolver on records held in memory against their truth (record id to person id),
   * every person counted as curated, as for a generated organisation.
   */
  public static PairScore scoreInMemory(List<IdentityRecord> records, Map<RecordId, String> truth, Resolver resolver) {
    LabelledDataset dataset = LabelledDataset.of("in-memory", records, new java.util.HashMap<>(truth), Map.of(),
        new java.util.HashSet<>(truth.values()));
    Map<RecordId, String> ours = new LinkedHashMap<>();
    resolver.resolve(records).assignments().forEach((record, contributor) -> ours.put(record, contributor.value()));
    return PairScore.score(dataset, ours);
  }

  static List<Row> evaluate(LabelledDataset dataset, Resolver resolver) {
    Resolution resolution = resolver.resolve(dataset.records);
    Map<RecordId, String> ours = new LinkedHashMap<>();
    resolution.assignments().forEach((record, contributor) -> ours.put(record, contributor.value()));
    return List.of(
        new Row(dataset.name, METHODS.get(0), PairScore.score(dataset, ours)),
        new Row(dataset.name, METHODS.get(1), PairScore.score(dataset, Baselines.exactEmail(dataset.records))),
        new Row(dataset.name, METHODS.get(2), PairScore.score(dataset, Baselines.emailOrFullName(dataset.records))));
  }

  /** Prints one line per dataset and method, then the mean per method. */
  public static void print(List<Row> rows, PrintStream out) {
    String format = "%-22s %-14s %7s %9s %9s %7s %8s %7s %8s%n";
    out.printf(Locale.ROOT, format, "dataset", "method", "recall", "precision", "curated", "F1",
        "true", "false", "unknown");
    for (Row row : rows) {
      PairScore s = row.score();
      out.printf(Locale.ROOT, format, row.dataset(), row.method(), fmt(row.recall()), fmt(row.precision()),
          fmt(row.curatedPrecision()), fmt(row.f1()), s.truePairs() + "/" + s.truthPairs(), s.falsePairs(),
          s.unknownPairs());
    }
    for (String method : METHODS) {
      List<Row> of = rows.stream().filter(r -> r.method().equals(method)).collect(Collectors.toList());
      if (of.isEmpty()) {
        continue;
      }
      out.printf(Locale.ROOT, format, "mean", method,
          fmt(of.stream().mapToDouble(Row::recall).average().orElse(0)),
          fmt(of.stream().mapToDouble(Row::precision).average().orElse(0)),
          fmt(of.stream().mapToDouble(Row::curatedPrecision).average().orElse(0)),
          fmt(of.stream().mapToDouble(Row::f1).average().orElse(0)), "", "", "");
    }
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
