package dev.berth.cli.command;

import dev.berth.cli.Terminal;
import dev.berth.cli.engine.EngineSessions;
import dev.berth.cli.engine.RuntimeComponent;
import dev.berth.domain.container.ContainerId;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;

@Command(name = "rm", sortOptions = false, header = "Remove containers, running or not.",
    description = {"Removes each container at once, with its anonymous volumes. Prints each id.", ""})
public final class RemoveCommand extends EachContainerCommand {
  @Inject
  RemoveCommand(EngineSessions sessions, Terminal terminal) {
    super(sessions, terminal);
  }

  @Override
  protected void apply(RuntimeComponent services, ContainerId container) {
    services.remove().remove(container);
  }
}
