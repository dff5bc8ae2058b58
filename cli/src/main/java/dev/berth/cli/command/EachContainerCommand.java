package dev.berth.cli.command;

import dev.berth.cli.Terminal;
import dev.berth.cli.engine.EngineSessions;
import dev.berth.cli.engine.RuntimeComponent;
import dev.berth.domain.container.ContainerId;
import java.util.List;
import picocli.CommandLine.Parameters;

/** A command applied to each of several containers in turn, printing each id once it is done. */
abstract class EachContainerCommand extends EngineCommand {
  @Parameters(paramLabel = "CONTAINER", arity = "1..*", description = "Container ids or names.")
  private List<String> containers;

  EachContainerCommand(EngineSessions sessions, Terminal terminal) {
    super(sessions, terminal);
  }

  protected abstract void apply(RuntimeComponent services, ContainerId container);

  @Override
  public final Integer call() {
    List<ContainerId> ids = containers.stream().map(ContainerId::of).toList();
    return withEngine(session -> {
      for (ContainerId id : ids) {
        apply(session.services(), id);
        terminal.out().println(id.value());
      }
      return 0;
    });
  }
}
