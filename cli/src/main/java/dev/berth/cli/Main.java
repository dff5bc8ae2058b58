package dev.berth.cli;

import dev.berth.cli.command.ImageCommand;
import dev.berth.cli.wiring.BerthComponent;
import picocli.CommandLine;

/** berth's entry point: builds the component, then lets picocli parse and run the command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  static int execute(String[] args) {
    BerthComponent component = BerthComponent.create();
    Terminal terminal = Terminal.system();
    FailureReporter failures = new FailureReporter(terminal);
    CommandLine berth = new CommandLine(BerthCommand.class, component.commandFactory())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(failures)
        .setParameterExceptionHandler(failures);
    berth.getSubcommands().values().stream()
        .filter(command -> command.getCommand() instanceof ImageCommand)
        .forEach(command -> command.setStopAtPositional(true));
    return berth.execute(args);
  }
}
