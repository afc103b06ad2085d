package io.github.devidentity.examples.cli;

import io.github.devidentity.csv.IdentityRecordsCsv;
import io.github.devidentity.integrations.GitHubSource;
import io.github.devidentity.integrations.LocalGitSource;
import io.github.devidentity.integrations.Secret;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.spi.ContributionFact;
import io.github.devidentity.spi.IdentitySink;
import io.github.devidentity.spi.IdentitySource;
import io.github.devidentity.spi.SyncResult;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * {@code sync}: reads one tool with its identity source and writes the identity-records CSV that
 * {@code resolve} reads, and optionally the contribution facts.
 *
 * <p>Each tool is one entry in {@link #TOOLS}: its word, its options and a factory that builds
 * the source from the parsed options. A tool whose source is not built yet has an entry without a
 * factory, so the usage lists it and asking for it says so.
 */
final class SyncCommand implements Command {
  static final String OUTPUT = "--output";
  static final String FACTS = "--facts";
  static final String BASE_URL = "--base-url";
  static final String TOKEN_ENV = "--token-env";
  static final String ORG = "--org";
  static final String REPO = "--repo";
  static final String MAILMAP = "--mailmap";

  /** Every tool sync knows, in usage order; add or complete one entry to wire a tool. */
  static final List<Tool> TOOLS = List.of(
      new Tool("github", "[" + BASE_URL + " URL] " + TOKEN_ENV + " VAR [" + ORG + " ORG] [" + REPO + " owner/name ...]",
          Set.of(BASE_URL, TOKEN_ENV, ORG, REPO), Set.of(), SyncCommand::github),
      new Tool("git", REPO + " DIR [" + MAILMAP + "]", Set.of(REPO), Set.of(MAILMAP), SyncCommand::git),
      Tool.notWired("gitlab"),
      Tool.notWired("bitbucket-cloud"),
      Tool.notWired("bitbucket-server"),
      Tool.notWired("azure-devops"),
      Tool.notWired("jira-cloud"),
      Tool.notWired("jira-dc"),
      Tool.notWired("harness"));

  /** Builds a tool's source from the parsed options. */
  @FunctionalInterface
  interface SourceFactory {
    /**
     * @throws UsageException if the options do not say what to read
     * @throws IllegalArgumentException if the token's environment variable is not set
     */
    IdentitySource create(Args args);
  }

  /**
   * One tool: the word that selects it, its options after the word as the usage shows them, the
   * option names it takes, and its factory, null while it is not wired.
   */
  record Tool(String word, String options, Set<String> valueFlags, Set<String> booleanFlags,
      @Nullable SourceFactory factory) {
    static Tool notWired(String word) {
      return new Tool(word, "", Set.of(), Set.of(), null);
    }
  }

  @Override
  public String name() {
    return "sync";
  }

  @Override
  public String summary() {
    return "read a tool's identities into an identity-records CSV for resolve";
  }

  @Override
  public String usage() {
    int width = TOOLS.stream().mapToInt(t -> t.word().length()).max().orElse(0);
    StringBuilder text = new StringBuilder()
        .append("usage: ").append(Main.PROGRAM).append(" sync TOOL [tool options] ").append(OUTPUT)
        .append(" FILE [").append(FACTS).append(" FILE]\n\n")
        .append("Reads the identities of one tool with its source and writes them as an identity-records\n")
        .append("CSV (record_id,source,name,email,username,account_id,commits,first_seen,last_seen,bot)\n")
        .append("that resolve reads. A one-line summary goes to stderr.\n\n")
        .append("tools:\n");
    for (Tool tool : TOOLS) {
      text.append("  ").append(Main.pad(tool.word(), width)).append("  ")
          .append(tool.factory() == null ? "(not wired yet)" : tool.options()).append('\n');
    }
    return text
        .append("\noptions:\n")
        .append("  ").append(OUTPUT).append(" FILE     where to write the identity records\n")
        .append("  ").append(FACTS).append(" FILE      also write contribution facts (which account made which\n")
        .append("                    commit): integration,account_id,login,kind,reference,author_name,\n")
        .append("                    author_email,at\n")
        .append("  ").append(BASE_URL).append(" URL    the API root; https://api.github.com by default\n")
        .append("  ").append(TOKEN_ENV).append(" VAR   the environment variable holding the token (never printed)\n")
        .append("  ").append(ORG).append(" ORG         the organisation whose members to read\n")
        .append("  ").append(REPO).append(" REPO       github: owner/name, repeatable; git: a clone's directory\n")
        .append("  ").append(MAILMAP).append("         git: apply the repository's .mailmap")
        .toString();
  }

  @Override
  public Set<String> valueFlags() {
    Set<String> flags = new TreeSet<>(Set.of(OUTPUT, FACTS));
    TOOLS.forEach(tool -> flags.addAll(tool.valueFlags()));
    return flags;
  }

  @Override
  public Set<String> booleanFlags() {
    Set<String> flags = new TreeSet<>();
    TOOLS.forEach(tool -> flags.addAll(tool.booleanFlags()));
    return flags;
  }

  @Override
  public Set<String> repeatableFlags() {
    return Set.of(REPO);
  }

  @Override
  public int maxPositionals() {
    return 1;
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) {
    Tool tool = tool(args);
    String command = name() + " " + tool.word();
    Path output = OutputFile.checked(command, OUTPUT, args.required(OUTPUT));
    Path facts = args.value(FACTS).map(value -> OutputFile.checked(command, FACTS, value)).orElse(null);
    if (facts != null && output.toAbsolutePath().normalize().equals(facts.toAbsolutePath().normalize())) {
      throw new UsageException(command + ": " + OUTPUT + " and " + FACTS + " name the same file; name two files");
    }
    IdentitySource source = tool.factory().create(args);

    Collecting sink = new Collecting();
    SyncResult result = source.sync(null, sink);
    List<IdentityRecord> records = new ArrayList<>(sink.records.values());
    OutputFile.write(output, writer -> IdentityRecordsCsv.write(records, writer));
    if (facts != null) {
      OutputFile.write(facts, writer -> FactsCsv.write(sink.facts, writer));
    }

    StringBuilder line = new StringBuilder(command).append(": ")
        .append(records.size()).append(records.size() == 1 ? " record" : " records")
        .append(", ").append(sink.facts.size()).append(sink.facts.size() == 1 ? " contribution fact" : " contribution facts")
        .append(" from ").append(source.integration());
    if (!result.complete()) {
      line.append("; stopped early (a rate limit), so this is part of what the tool holds; run again later");
    }
    line.append("; records written to ").append(output);
    if (facts != null) {
      line.append(", facts to ").append(facts);
    }
    err.println(line);
    return Main.OK;
  }

  /**
   * The tool the first argument names, checked to be wired and given only its own options.
   *
   * @throws UsageException otherwise
   */
  private Tool tool(Args args) {
    String words = TOOLS.stream().map(Tool::word).collect(Collectors.joining(", "));
    if (args.positionals().isEmpty()) {
      throw new UsageException("sync: name the tool to read, one of " + words);
    }
    String word = args.positionals().get(0);
    Tool tool = TOOLS.stream().filter(t -> t.word().equals(word)).findFirst()
        .orElseThrow(() -> new UsageException("sync: unknown tool \"" + word + "\"; expected one of " + words));
    if (tool.factory() == null) {
      throw new UsageException("sync: " + word + " is not wired yet; the tools wired are "
          + TOOLS.stream().filter(t -> t.factory() != null).map(Tool::word).collect(Collectors.joining(", ")));
    }
    Set<String> allowed = new LinkedHashSet<>(List.of(OUTPUT, FACTS));
    allowed.addAll(tool.valueFlags());
    allowed.addAll(tool.booleanFlags());
    for (String option : args.given()) {
      if (!allowed.contains(option)) {
        throw new UsageException("sync " + word + ": option " + option + " does not apply to " + word);
      }
    }
    return tool;
  }

  // ---- the factories, one per wired tool ----

  private static IdentitySource github(Args args) {
    GitHubSource.Builder github = GitHubSource.builder(token(args));
    args.value(BASE_URL).ifPresent(url -> github.baseUrl(baseUrl("sync github", url)));
    args.value(ORG).ifPresent(github::organisation);
    for (String repository : args.values(REPO)) {
      try {
        github.repository(repository);
      } catch (IllegalArgumentException e) {
        throw new UsageException("sync github: " + REPO + " " + e.getMessage());
      }
    }
    if (args.value(ORG).isEmpty() && args.values(REPO).isEmpty()) {
      throw new UsageException("sync github: give " + ORG + " or " + REPO + " (or both) to say what to read");
    }
    return github.build();
  }

  private static IdentitySource git(Args args) {
    if (args.values(REPO).size() > 1) {
      throw new UsageException("sync git: " + REPO + " is given " + args.values(REPO).size()
          + " times; sync one repository a run");
    }
    Path directory = args.path(REPO);
    if (!Files.isDirectory(directory)) {
      throw new UsageException("sync git: " + REPO + " " + directory + " is not a directory; give a clone's directory");
    }
    return LocalGitSource.builder(directory).useMailmap(args.has(MAILMAP)).build();
  }

  // ---- helpers for factories ----

  /**
   * The token in the environment variable {@value #TOKEN_ENV} names.
   *
   * @throws UsageException if the option is missing
   * @throws IllegalArgumentException naming the variable, never a value, if it is not set
   */
  static Secret token(Args args) {
    return Secret.fromEnvironment(args.required(TOKEN_ENV));
  }

  /**
   * An http or https URL.
   *
   * @throws UsageException if it is not one
   */
  static URI baseUrl(String command, String value) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new UsageException(command + ": " + BASE_URL + " \"" + value + "\" is not a URL: " + e.getReason());
    }
    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
      throw new UsageException(command + ": " + BASE_URL + " \"" + value + "\" is not an http or https URL");
    }
    return uri;
  }

  /** Keeps the last record of each id, in first-seen order, as SyncRunner does, and every fact. */
  private static final class Collecting implements IdentitySink {
    final Map<RecordId, IdentityRecord> records = new LinkedHashMap<>();
    final List<ContributionFact> facts = new ArrayList<>();

    @Override
    public void record(IdentityRecord record) {
      records.put(record.id(), record);
    }

    @Override
    public void contribution(ContributionFact fact) {
      facts.add(fact);
    }
  }
}
