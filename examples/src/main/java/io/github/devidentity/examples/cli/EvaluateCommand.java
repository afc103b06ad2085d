package io.github.devidentity.examples.cli;

import io.github.devidentity.examples.evaluate.Evaluation;
import io.github.devidentity.resolve.Resolver;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code evaluate}: scores the resolver and two baselines on labelled datasets. */
final class EvaluateCommand implements Command {

  @Override
  public String name() {
    return "evaluate";
  }

  @Override
  public String summary() {
    return "score the resolver against labelled data (mailmap datasets or generated truth)";
  }

  @Override
  public String usage() {
    return String.join("\n",
        "usage: evaluate DIR",
        "       evaluate --records FILE --truth FILE",
        "  DIR             a folder of datasets (each holding records.csv, truth.csv, persons.csv),",
        "                  such as ../shared/data/mailmap, or one such dataset",
        "  --records FILE  an identity-records CSV, scored against --truth",
        "  --truth FILE    record_id,person_id for every record of --records",
        "Prints recall, precision (a lower bound), curated precision and F1 per dataset and the",
        "mean, for the resolver and for the exact-email and email-or-full-name baselines.");
  }

  @Override
  public Set<String> valueFlags() {
    return Set.of("--records", "--truth");
  }

  @Override
  public Set<String> booleanFlags() {
    return Set.of();
  }

  @Override
  public int maxPositionals() {
    return 1;
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) {
    Resolver resolver = Resolver.create();
    List<Evaluation.Row> rows;
    if (args.positionals().size() == 1) {
      if (args.value("--records").isPresent() || args.value("--truth").isPresent()) {
        throw new UsageException("evaluate: give either DIR or --records and --truth, not both");
      }
      Path root = Path.of(args.positionals().get(0));
      if (!Files.isDirectory(root)) {
        err.println("error: " + root + ": no such folder");
        return 1;
      }
      rows = Files.isRegularFile(root.resolve("truth.csv"))
          ? Evaluation.evaluateDataset(root, resolver)
          : Evaluation.evaluate(root, resolver);
      if (rows.isEmpty()) {
        err.println("error: " + root + " holds no dataset (a folder with records.csv and truth.csv)");
        return 1;
      }
    } else {
      Path records = Path.of(args.required("--records"));
      Path truth = Path.of(args.required("--truth"));
      for (Path file : List.of(records, truth)) {
        if (!Files.isRegularFile(file)) {
          err.println("error: " + file + ": no such file");
          return 1;
        }
      }
      rows = Evaluation.evaluateGenerated(records, truth, resolver);
    }
    Evaluation.print(rows, out);
    return 0;
  }
}
