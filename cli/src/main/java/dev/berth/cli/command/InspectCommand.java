package dev.berth.cli.command;

import dev.berth.cli.Terminal;
import dev.berth.cli.options.OutputOptions;
import dev.berth.cli.output.Json;
import dev.berth.cli.output.Text;
import dev.berth.cli.output.Views;
import dev.berth.cli.engine.EngineSessions;
import dev.berth.domain.container.ContainerId;
import jakarta.inject.Inject;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "inspect", sortOptions = false, header = "Show a container as the engine reports it.",
    description = {"The same terms as plan's spec, so what was asked and what the engine did can be compared.", ""})
public final class InspectCommand extends EngineCommand {
  @Parameters(paramLabel = "CONTAINER", description = "Container id or name.")
  private String container;

  @Mixin
  private OutputOptions output;

  @Inject
  InspectCommand(EngineSessions sessions, Terminal terminal) {
    super(sessions, terminal);
  }

  @Override
  public Integer call() {
    ContainerId id = ContainerId.of(container);
    Map<String, Object> view = Views.details(withEngine(session -> session.services().inspect().inspect(id)));
    terminal.out().print(output.json() ? Json.write(view) : Text.write(view));
    return 0;
  }
}
