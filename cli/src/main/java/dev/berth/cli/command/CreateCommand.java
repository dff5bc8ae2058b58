package dev.berth.cli.command;

import dev.berth.cli.Terminal;
import dev.berth.cli.options.ContainerOptions;
import dev.berth.cli.options.OutputOptions;
import dev.berth.cli.output.Json;
import dev.berth.cli.engine.EngineSessions;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.request.CreationRequest;
import jakarta.inject.Inject;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "create", sortOptions = false,
    header = "Create a container for a function, without starting it.",
    description = {"Validates the options, applies the creation rules (R1-R15), pulls the image when it is "
        + "missing and creates the container. Prints the full container id, alone, on stdout.", "",
        "Example:",
        "  id=$(berth create --code examples/hello -e GREETING_NAME=you -p 8080 \\",
        "       localhost/berth-test:busybox sh /var/task/handler.sh)", ""})
public final class CreateCommand extends EngineCommand implements ImageCommand {
  @Mixin
  private ContainerOptions container;

  @Mixin
  private OutputOptions output;

  @Inject
  CreateCommand(EngineSessions sessions, Terminal terminal) {
    super(sessions, terminal);
  }

  @Override
  public Integer call() {
    CreationRequest request = container.toRequest();
    ContainerId id = withEngine(session -> session.services().create().create(request));
    terminal.out().print(output.json() ? Json.write(Map.of("id", id.value())) : id.value() + "\n");
    return 0;
  }
}
