package io.github.devidentity.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.function.Consumer;

/** What an example program prints, for its test. */
public final class Printed {
  private Printed() {}

  /** Runs a program against a captured stream and gives what it printed. */
  public static String by(Consumer<PrintStream> program) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    program.accept(new PrintStream(bytes, true, UTF_8));
    return bytes.toString(UTF_8);
  }

  /** The text from the line starting with {@code from} up to the one starting with {@code to}. */
  public static String section(String out, String from, String to) {
    return out.substring(out.indexOf(from), out.indexOf(to));
  }
}
