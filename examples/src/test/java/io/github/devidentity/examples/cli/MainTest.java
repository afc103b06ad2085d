package io.github.devidentity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class MainTest {

  @Test
  void run_help_listsSubcommands() {
    for (String help : new String[] {"--help", "-h", "help"}) {
      Run run = Run.of(help);

      assertThat(run.code()).isZero();
      assertThat(run.out()).contains("usage: identity-examples <subcommand>", "demo ", "resolve ");
      assertThat(run.err()).isEmpty();
    }
  }

  @Test
  void run_subcommandHelp_printsItsUsage() {
    Run run = Run.of("resolve", "--help");

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("usage: identity-examples resolve --input FILE --output FILE");
  }

  @Test
  void run_helpOfSubcommand_printsItsUsage() {
    Run run = Run.of("help", "demo");

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("usage: identity-examples demo");
  }

  @Test
  void run_unknownSubcommand_isUsageError() {
    Run run = Run.of("reslove");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("error: unknown subcommand \"reslove\"; expected one of demo, resolve")
        .contains("subcommands:");
  }

  @Test
  void run_unknownFlag_isUsageErrorNamingFlagAndUsage() {
    Run run = Run.of("resolve", "--input", "x.csv", "--ouput", "y.csv");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines().findFirst()).contains("error: resolve: unknown option --ouput");
    assertThat(run.err()).contains("usage: identity-examples resolve");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void run_missingValue_isUsageError() {
    Run run = Run.of("resolve", "--input");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: resolve: option --input needs a value");
  }

  @Test
  void run_missingRequiredOption_isUsageError() {
    Run run = Run.of("resolve", "--output", "-");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: resolve: option --input is required");
  }

  @Test
  void run_optionBeforeSubcommand_isUsageError() {
    Run run = Run.of("--input", "x.csv");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: --input is not a subcommand");
  }

  @Test
  void run_noArguments_runsDemo() {
    Run run = Run.of();

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("devidentity demo");
  }
}
