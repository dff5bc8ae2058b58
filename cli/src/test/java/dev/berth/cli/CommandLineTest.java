package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.cli.wiring.BerthComponent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** The command tree itself, in process: help on every level, and where option parsing stops. */
class CommandLineTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final CommandLine berth = Main.commandLine(BerthComponent.create(
      new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()))));

  @ParameterizedTest
  @ValueSource(strings = {"create", "start", "run", "logs", "wait", "stop", "rm", "inspect", "plan", "runtimes",
      "completion", "help"})
  void everyCommandHasItsHelp(String command) {
    assertThat(berth.execute(command, "--help")).isZero();

    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: berth " + command);
  }

  @ParameterizedTest
  @ValueSource(strings = {"create", "run", "plan"})
  void optionsAfterTheImageBelongToTheContainersCommand(String command) {
    ParseResult parsed = berth.parseArgs(command, "--name", "fn", "img", "sh", "-c", "echo --port 1");

    assertThat(parsed.subcommand().matchedPositionals().get(1).<List<String>>getValue())
        .containsExactly("sh", "-c", "echo --port 1");
  }
}
