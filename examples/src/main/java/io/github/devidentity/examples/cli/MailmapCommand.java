package io.github.devidentity.examples.cli;

import io.github.devidentity.csv.CsvDecisionStore;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.mailmap.Mailmap;
import io.github.devidentity.mailmap.MailmapExport;
import io.github.devidentity.mailmap.MailmapImport;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.resolve.ProgressListener;
import io.github.devidentity.resolve.Resolution;
import io.github.devidentity.resolve.Resolver;
import io.github.devidentity.resolve.ResolverOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * {@code mailmap}: writes a resolution as a git {@code .mailmap}, or imports a {@code .mailmap} as
 * merge decisions.
 */
final class MailmapCommand implements Command {
  static final String INPUT = "--input";
  static final String OUTPUT = "--output";
  static final String DECISIONS = "--decisions";
  static final String INTEGRATION = "--integration";
  static final String IMPORT = "--import";
  static final String ACTOR = "--actor";

  @Override
  public String name() {
    return "mailmap";
  }

  @Override
  public String summary() {
    return "write a resolution as a git .mailmap, or import a .mailmap as merge decisions";
  }

  @Override
  public String usage() {
    return "usage: " + Main.PROGRAM + " mailmap " + INPUT + " FILE " + OUTPUT + " FILE [" + DECISIONS + " LOG] ["
        + INTEGRATION + " TYPE[:NAME]]\n"
        + "       " + Main.PROGRAM + " mailmap " + INPUT + " FILE " + IMPORT + " MAILMAP " + DECISIONS + " LOG ["
        + INTEGRATION + " TYPE[:NAME]] [" + ACTOR + " NAME]\n\n"
        + "With " + OUTPUT + ": resolves the identity records, replaying the decision log when given, and\n"
        + "writes a .mailmap for the records of one integration, so that git shortlog -sne lists each\n"
        + "contributor once: every name and email of a contributor's records maps to its display name\n"
        + "and primary email. Records no line can map are listed on stderr with the reason.\n\n"
        + "With " + IMPORT + ": reads a .mailmap with git's rules and appends to the decision log one merge\n"
        + "decision per record it joins to another, each naming the .mailmap lines. Lines and text git\n"
        + "ignores are listed on stderr with their line and column; pairs the log already decides are\n"
        + "skipped, so importing twice adds nothing.\n\n"
        + "options:\n"
        + "  " + INPUT + " FILE             the identity-records CSV to read\n"
        + "  " + OUTPUT + " FILE            where to write the .mailmap; - for stdout\n"
        + "  " + DECISIONS + " LOG          the decision log (CSV): replayed when exporting, appended to when\n"
        + "                           importing (created if missing)\n"
        + "  " + INTEGRATION + " TYPE[:NAME] only the records of this integration, such as git:acme/api;\n"
        + "                           default: the records of every git integration\n"
        + "  " + IMPORT + " MAILMAP         the .mailmap to import\n"
        + "  " + ACTOR + " NAME             who the imported decisions name as their maker; default auto";
  }

  @Override
  public Set<String> valueFlags() {
    return Set.of(INPUT, OUTPUT, DECISIONS, INTEGRATION, IMPORT, ACTOR);
  }

  @Override
  public Set<String> booleanFlags() {
    return Set.of();
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) {
    boolean importing = args.value(IMPORT).isPresent();
    if (importing == args.value(OUTPUT).isPresent()) {
      throw new UsageException("mailmap: give " + OUTPUT + " FILE to write a .mailmap, or " + IMPORT
          + " MAILMAP to import one; " + (importing ? "not both" : "neither was given"));
    }
    if (!importing && args.value(ACTOR).isPresent()) {
      throw new UsageException("mailmap: " + ACTOR + " names the maker of imported decisions; it needs " + IMPORT);
    }
    Path input = args.existingFile(INPUT);
    Selection selection = selection(args);
    return importing ? importMailmap(args, input, selection, out, err) : export(args, input, selection, out, err);
  }

  private int export(Args args, Path input, Selection selection, PrintStream out, PrintStream err) {
    String output = args.required(OUTPUT);
    Path file = output.equals("-") ? null : args.writableFile(OUTPUT);
    DecisionLog decisions = args.value(DECISIONS).isPresent()
        ? CsvDecisionStore.at(args.existingFile(DECISIONS)).load()
        : DecisionLog.empty();
    ProgressListener progress = new ThrottledProgress(err, name(), ResolveCommand.PROGRESS_INTERVAL, System::nanoTime);
    List<IdentityRecord> records = ResolveCommand.read(input, progress);
    Resolution resolution = Resolver.create(ResolverOptions.builder().progress(progress).build())
        .resolve(records, decisions, Map.of());
    MailmapExport export = selection.integration == null
        ? MailmapExport.of(resolution) : MailmapExport.of(resolution, selection.integration);

    if (file == null) {
      out.print(export.text());
    } else {
      export.write(file);
    }
    for (MailmapExport.Unmapped unmapped : export.unmapped()) {
      err.println("mailmap: not mapped: " + unmapped);
    }
    err.println("mailmap: " + export.records() + " records of " + selection.description + " -> "
        + export.mailmap().entries().size() + " lines written to " + (file == null ? "stdout" : file) + "; "
        + export.unmapped().stream().map(MailmapExport.Unmapped::record).distinct().count() + " records not mapped");
    return Main.OK;
  }

  private int importMailmap(Args args, Path input, Selection selection, PrintStream out, PrintStream err) {
    Path mailmapFile = args.existingFile(IMPORT);
    String log = args.required(DECISIONS);
    String actor = args.value(ACTOR).orElse("auto");
    if (actor.isBlank()) {
      throw new UsageException("mailmap: " + ACTOR + " is blank; give a person's id, or leave it out for auto");
    }
    CsvDecisionStore store = CsvDecisionStore.at(args.path(DECISIONS, log));
    DecisionLog existing = store.load();

    Mailmap mailmap = Mailmap.read(mailmapFile);
    for (Mailmap.Problem problem : mailmap.problems()) {
      err.println("mailmap: warning: " + problem.message() + (problem.lineSkipped() ? "" : " (the rest of the line is read)"));
    }
    List<IdentityRecord> records = ResolveCommand.read(input, ProgressListener.NONE).stream()
        .filter(selection.records).collect(Collectors.toList());
    MailmapImport imported = MailmapImport.of(mailmap, records, actor, Instant.now().truncatedTo(ChronoUnit.SECONDS));

    Set<Set<RecordId>> decided = new HashSet<>();
    for (Decision decision : existing.decisions()) {
      decided.add(Set.copyOf(decision.records()));
    }
    List<Decision.Merge> fresh = new ArrayList<>();
    for (Decision.Merge merge : imported.decisions()) {
      if (!decided.contains(Set.copyOf(merge.records()))) {
        fresh.add(merge);
        out.println(merge.describe());
      }
    }
    store.append(fresh);
    err.println("mailmap: " + mailmap.entries().size() + " entries read from " + mailmapFile + " ("
        + mailmap.problems().size() + " lines with text git ignores); " + records.size() + " records of "
        + selection.description + "; " + imported.joined().size() + " identities join "
        + imported.joined().values().stream().mapToInt(List::size).sum() + " records; appended " + fresh.size()
        + " merge decisions to " + log + ", skipped " + (imported.decisions().size() - fresh.size())
        + " the log already had; " + imported.unusedEntries().size() + " entries map no record");
    return Main.OK;
  }

  /** Which records a run is about, and how to say so. */
  private static final class Selection {
    final @Nullable Integration integration;
    final Predicate<IdentityRecord> records;
    final String description;

    Selection(@Nullable Integration integration, Predicate<IdentityRecord> records, String description) {
      this.integration = integration;
      this.records = records;
      this.description = description;
    }
  }

  private static Selection selection(Args args) {
    if (args.value(INTEGRATION).isEmpty()) {
      return new Selection(null, record -> record.integration().type() == IntegrationType.GIT, "every git integration");
    }
    String value = args.required(INTEGRATION);
    Integration integration;
    try {
      integration = Integration.parse(value);
    } catch (IllegalArgumentException e) {
      throw new UsageException("mailmap: " + INTEGRATION + " " + e.getMessage());
    }
    return new Selection(integration, record -> record.integration().equals(integration), integration.toString());
  }
}
