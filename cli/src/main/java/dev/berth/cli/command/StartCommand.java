package dev.berth.cli.command;

import dev.berth.cli.Terminal;
import dev.berth.cli.options.OutputOptions;
import dev.berth.cli.output.Json;
import dev.berth.cli.output.Views;
import dev.berth.cli.engine.EngineSessions;
import dev.berth.domain.container.ContainerDetails;
import dev.berth.domain.container.ContainerId;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "start", sortOptions = false, header = "Start a created container.",
    description = {"Prints the container id on stdout and each published port (as the engine assigned it) "
        + "on stderr; with --output json, the container as the engine reports it.", ""})
public final class StartCommand extends EngineCommand {
  @Parameters(paramLabel = "CONTAINER", description = "Container id or name.")
  private String container;

  @Mixin
  private OutputOptions output;

  @Inject
  StartCommand(EngineSessions sessions, Terminal terminal) {
    super(sessions, terminal);
  }

  @Override
  public Integer call() {
    ContainerId id = ContainerId.of(container);
    ContainerDetails started = withEngine(session -> session.services().start().start(id));
    if (output.json()) {
      terminal.out().print(Json.write(Views.details(started)));
    } else {
      terminal.out().println(started.id().value());
      PublishedPorts.report(started, terminal);
    }
    return 0;
  }
}
