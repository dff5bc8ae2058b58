package dev.berth.cli.command;

import dev.berth.cli.Terminal;
import dev.berth.cli.engine.EngineSessions;
import dev.berth.domain.container.ContainerId;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "wait", sortOptions = false, header = "Wait for a container to exit and print its exit code.",
    description = {"berth itself exits 0 once the container has exited, whatever the container's code.", ""})
public final class WaitCommand extends EngineCommand {
  @Parameters(paramLabel = "CONTAINER", description = "Container id or name.")
  private String container;

  @Inject
  WaitCommand(EngineSessions sessions, Terminal terminal) {
    super(sessions, terminal);
  }

  @Override
  public Integer call() {
    ContainerId id = ContainerId.of(container);
    int exitCode = withEngine(session -> session.services().waitForExit().waitForExit(id));
    terminal.out().println(exitCode);
    return 0;
  }
}
