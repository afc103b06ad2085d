package io.github.devidentity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.IdentityException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ArgsTest {
  private static final Set<String> VALUES = Set.of("--input", "--output");
  private static final Set<String> FLAGS = Set.of("--explain");

  private static Args parse(String... tokens) {
    return Args.parse("resolve", List.of(tokens), VALUES, FLAGS);
  }

  @Test
  void parse_readsValuesAndFlags() {
    Args args = parse("--input", "in.csv", "--explain", "--output=out.csv");

    assertThat(args.value("--input")).contains("in.csv");
    assertThat(args.value("--output")).contains("out.csv");
    assertThat(args.has("--explain")).isTrue();
    assertThat(args.helpRequested()).isFalse();
  }

  @Test
  void parse_acceptsDashAloneAsValue() {
    assertThat(parse("--output", "-").value("--output")).contains("-");
  }

  @Test
  void parse_absentOptionsAreEmpty() {
    Args args = parse();

    assertThat(args.value("--input")).isEmpty();
    assertThat(args.has("--explain")).isFalse();
  }

  @Test
  void parse_notesHelp() {
    assertThat(parse("--input", "x", "--help").helpRequested()).isTrue();
    assertThat(parse("-h").helpRequested()).isTrue();
  }

  @Test
  void parse_unknownOption_namesIt() {
    assertThatThrownBy(() -> parse("--inptu", "x"))
        .isInstanceOf(UsageException.class)
        .hasMessage("resolve: unknown option --inptu");
  }

  @Test
  void parse_valueMissingAtEnd_isUsageError() {
    assertThatThrownBy(() -> parse("--input"))
        .isInstanceOf(UsageException.class)
        .hasMessage("resolve: option --input needs a value");
  }

  @Test
  void parse_valueMissingBeforeNextOption_isUsageError() {
    assertThatThrownBy(() -> parse("--input", "--explain"))
        .isInstanceOf(UsageException.class)
        .hasMessage("resolve: option --input needs a value");
  }

  @Test
  void parse_optionTwice_isUsageError() {
    assertThatThrownBy(() -> parse("--input", "a", "--input", "b"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--input is given twice");
  }

  @Test
  void parse_valueOnBooleanFlag_isUsageError() {
    assertThatThrownBy(() -> parse("--explain=yes"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--explain takes no value");
  }

  @Test
  void parse_positionalArgument_isUsageError() {
    assertThatThrownBy(() -> parse("in.csv"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("unexpected argument \"in.csv\"");
  }

  @Test
  void required_absent_isUsageError() {
    assertThatThrownBy(() -> parse().required("--input"))
        .isInstanceOf(UsageException.class)
        .hasMessage("resolve: option --input is required");
  }

  @Test
  void writableFile_inAnExistingDirectory_isThePath(@TempDir Path dir) {
    Path file = dir.resolve("out.csv");

    assertThat(parse("--output", file.toString()).writableFile("--output")).isEqualTo(file);
  }

  @Test
  void writableFile_inAMissingDirectory_namesTheOptionAndTheDirectory(@TempDir Path dir) {
    Path file = dir.resolve("no").resolve("out.csv");

    assertThatThrownBy(() -> parse("--output", file.toString()).writableFile("--output"))
        .isInstanceOf(IdentityException.class)
        .hasMessage("--output " + file + ": directory " + dir.resolve("no") + " does not exist");
  }

  @Test
  void writableFile_thatIsADirectory_isRefused(@TempDir Path dir) {
    assertThatThrownBy(() -> parse("--output", dir.toString()).writableFile("--output"))
        .isInstanceOf(IdentityException.class)
        .hasMessage("--output " + dir + ": is a directory; name a file");
  }

  @Test
  void parse_repeatableOption_keepsEveryValueInOrder() {
    Args args = Args.parse("sync", List.of("--input", "a", "--input=b", "--input", "c"), VALUES, FLAGS, 0,
        Set.of("--input"));

    assertThat(args.values("--input")).containsExactly("a", "b", "c");
    assertThat(args.value("--input")).contains("a");
    assertThat(args.values("--output")).isEmpty();
  }

  @Test
  void parse_repeatableOption_otherOptionsStillOnce() {
    assertThatThrownBy(() -> Args.parse("sync", List.of("--output", "a", "--output", "b"), VALUES, FLAGS, 0,
        Set.of("--input")))
        .isInstanceOf(UsageException.class)
        .hasMessage("sync: option --output is given twice; give it once");
  }

  @Test
  void given_listsValueAndBooleanOptionsAlphabetically() {
    assertThat(parse("--output", "o", "--explain", "--input", "i").given())
        .containsExactly("--explain", "--input", "--output");
  }
}
