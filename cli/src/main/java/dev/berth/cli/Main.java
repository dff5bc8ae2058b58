package dev.berth.cli;

import dev.berth.cli.command.ImageCommand;
import dev.berth.cli.wiring.BerthComponent;
import java.io.PrintWriter;
import picocli.CommandLine;

/** berth's entry point: builds the component, then lets picocli parse and run the command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  static int execute(String[] args) {
    return commandLine(BerthComponent.create(Terminal.system())).execute(args);
  }

  /** berth's command tree: its commands come from the component, its failures go to the component's terminal. */
  public static CommandLine commandLine(BerthComponent component) {
    FailureReporter failures = new FailureReporter(component.terminal());
    CommandLine berth = new CommandLine(BerthCommand.class, component.commandFactory())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(failures)
        .setParameterExceptionHandler(failures)
        .setOut(new PrintWriter(component.terminal().out(), true))
        .setErr(new PrintWriter(component.terminal().err(), true));
    berth.getSubcommands().values().stream()
        .filter(command -> command.getCommand() instanceof ImageCommand)
        .forEach(command -> command.setStopAtPositional(true));
    return berth;
  }
}
