package io.github.devidentity.examples.cli;

import io.github.devidentity.csv.IdentityRecordsCsv;
import io.github.devidentity.integrations.AzureDevOpsSource;
import io.github.devidentity.integrations.BitbucketCloudSource;
import io.github.devidentity.integrations.BitbucketServerSource;
import io.github.devidentity.integrations.GitHubSource;
import io.github.devidentity.integrations.GitLabSource;
import io.github.devidentity.integrations.HarnessCodeSource;
import io.github.devidentity.integrations.JiraCloudSource;
import io.github.devidentity.integrations.JiraDataCenterSource;
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

/**
 * {@code sync}: reads one tool with its identity source and writes the identity-records CSV that
 * {@code resolve} reads, and optionally the contribution facts.
 *
 * <p>Each tool is one entry in {@link #TOOLS}: its word, its options and a factory that builds
 * the source from the parsed options.
 */
final class SyncCommand implements Command {
  static final String OUTPUT = "--output";
  static final String FACTS = "--facts";
  static final String BASE_URL = "--base-url";
  static final String TOKEN_ENV = "--token-env";
  static final String ORG = "--org";
  static final String REPO = "--repo";
  static final String MAILMAP = "--mailmap";
  static final String PROJECT = "--project";
  static final String USER = "--user";
  static final String WORKSPACE = "--workspace";
  static final String USERS = "--users";

  /** Every tool sync knows, in usage order; one entry wires a tool. */
  static final List<Tool> TOOLS = List.of(
      new Tool("github", "[" + BASE_URL + " URL] " + TOKEN_ENV + " VAR [" + ORG + " ORG] [" + REPO + " owner/name ...]",
          Set.of(BASE_URL, TOKEN_ENV, ORG, REPO), Set.of(), SyncCommand::github),
      new Tool("git", REPO + " DIR [" + MAILMAP + "]", Set.of(REPO), Set.of(MAILMAP), SyncCommand::git),
      new Tool("gitlab", "[" + BASE_URL + " URL] " + TOKEN_ENV + " VAR [" + PROJECT + " group/project ...] [" + USERS + "]",
          Set.of(BASE_URL, TOKEN_ENV, PROJECT), Set.of(USERS), SyncCommand::gitlab),
      new Tool("bitbucket-cloud", "[" + USER + " EMAIL] " + TOKEN_ENV + " VAR [" + WORKSPACE + " WS] [" + REPO
          + " ws/slug ...]", Set.of(BASE_URL, USER, TOKEN_ENV, WORKSPACE, REPO), Set.of(), SyncCommand::bitbucketCloud),
      new Tool("bitbucket-server", BASE_URL + " URL " + TOKEN_ENV + " VAR [" + REPO + " PROJECT/repo ...] [" + USERS + "]",
          Set.of(BASE_URL, TOKEN_ENV, REPO), Set.of(USERS), SyncCommand::bitbucketServer),
      new Tool("azure-devops", ORG + " ORG " + TOKEN_ENV + " VAR [" + REPO + " project/repo ...]",
          Set.of(BASE_URL, ORG, TOKEN_ENV, REPO), Set.of(), SyncCommand::azureDevOps),
      new Tool("jira-cloud", BASE_URL + " SITE " + USER + " EMAIL " + TOKEN_ENV + " VAR [" + PROJECT + " KEY ...]",
          Set.of(BASE_URL, USER, TOKEN_ENV, PROJECT), Set.of(), SyncCommand::jiraCloud),
      new Tool("jira-dc", BASE_URL + " URL " + TOKEN_ENV + " VAR [" + PROJECT + " KEY ...]",
          Set.of(BASE_URL, TOKEN_ENV, PROJECT), Set.of(), SyncCommand::jiraDataCenter),
      new Tool("harness", BASE_URL + " URL " + TOKEN_ENV + " VAR [" + REPO + " space/repo ...]",
          Set.of(BASE_URL, TOKEN_ENV, REPO), Set.of(), SyncCommand::harness));

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
   * option names it takes, and its factory.
   */
  record Tool(String word, String options, Set<String> valueFlags, Set<String> booleanFlags,
      SourceFactory factory) {
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
          .append(tool.options()).append('\n');
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
        .append("  ").append(REPO).append(" REPO       a repository, repeatable (owner/name, ws/slug, PROJECT/repo,\n")
        .append("                    project/repo, space/repo); git: a clone's directory\n")
        .append("  ").append(PROJECT).append(" P       gitlab: a project path or id; jira: a project key; repeatable\n")
        .append("  ").append(USER).append(" EMAIL      bitbucket-cloud (Basic with an API token), jira-cloud: the account\n")
        .append("  ").append(WORKSPACE).append(" WS    bitbucket-cloud: the workspace whose members to read\n")
        .append("  ").append(USERS).append("           gitlab, bitbucket-server: also read every user (an admin token)\n")
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
    return Set.of(REPO, PROJECT);
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

  private static IdentitySource gitlab(Args args) {
    GitLabSource.Builder gitlab = GitLabSource.builder(token(args)).users(args.has(USERS));
    args.value(BASE_URL).ifPresent(url -> gitlab.baseUrl(baseUrl("sync gitlab", url)));
    args.values(PROJECT).forEach(project -> usage("sync gitlab", () -> gitlab.project(project)));
    return usage("sync gitlab", gitlab::build);
  }

  private static IdentitySource bitbucketCloud(Args args) {
    BitbucketCloudSource.Builder bitbucket = args.value(USER).isPresent()
        ? BitbucketCloudSource.builder(args.required(USER), token(args))
        : BitbucketCloudSource.builder(token(args));
    args.value(BASE_URL).ifPresent(url -> bitbucket.baseUrl(baseUrl("sync bitbucket-cloud", url)));
    args.value(WORKSPACE).ifPresent(workspace -> usage("sync bitbucket-cloud", () -> bitbucket.workspace(workspace)));
    args.values(REPO).forEach(repository -> usage("sync bitbucket-cloud", () -> bitbucket.repository(repository)));
    return usage("sync bitbucket-cloud", bitbucket::build);
  }

  private static IdentitySource bitbucketServer(Args args) {
    BitbucketServerSource.Builder bitbucket = BitbucketServerSource.builder(
        baseUrl("sync bitbucket-server", args.required(BASE_URL)), token(args)).users(args.has(USERS));
    args.values(REPO).forEach(repository -> usage("sync bitbucket-server", () -> bitbucket.repository(repository)));
    return usage("sync bitbucket-server", bitbucket::build);
  }

  private static IdentitySource azureDevOps(Args args) {
    AzureDevOpsSource.Builder azure = AzureDevOpsSource.builder(args.required(ORG), token(args));
    args.value(BASE_URL).ifPresent(url -> azure.baseUrl(baseUrl("sync azure-devops", url)));
    args.values(REPO).forEach(repository -> usage("sync azure-devops", () -> azure.repository(repository)));
    return usage("sync azure-devops", azure::build);
  }

  private static IdentitySource jiraCloud(Args args) {
    JiraCloudSource.Builder jira = JiraCloudSource.builder(baseUrl("sync jira-cloud", args.required(BASE_URL)),
        args.required(USER), token(args));
    args.values(PROJECT).forEach(key -> usage("sync jira-cloud", () -> jira.project(key)));
    return usage("sync jira-cloud", jira::build);
  }

  private static IdentitySource jiraDataCenter(Args args) {
    JiraDataCenterSource.Builder jira = JiraDataCenterSource.builder(
        baseUrl("sync jira-dc", args.required(BASE_URL)), token(args));
    args.values(PROJECT).forEach(key -> usage("sync jira-dc", () -> jira.project(key)));
    return usage("sync jira-dc", jira::build);
  }

  private static IdentitySource harness(Args args) {
    HarnessCodeSource.Builder harness = HarnessCodeSource.builder(baseUrl("sync harness", args.required(BASE_URL)),
        token(args));
    args.values(REPO).forEach(repository -> usage("sync harness", () -> harness.repository(repository)));
    return usage("sync harness", harness::build);
  }

  /** Runs a builder step, turning its complaint about a value into a usage error. */
  private static <T> T usage(String command, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UsageException(command + ": " + e.getMessage());
    }
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
