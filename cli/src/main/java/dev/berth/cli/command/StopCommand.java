package dev.berth.cli.command;

import dev.berth.cli.Terminal;
import dev.berth.cli.engine.EngineSessions;
import dev.berth.cli.engine.RuntimeComponent;
import dev.berth.domain.container.ContainerId;
import jakarta.inject.Inject;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stop", sortOptions = false, header = "Stop running containers.",
    description = {"Sends the stop signal and kills each container after the timeout. Prints each id.", ""})
public final class StopCommand extends EachContainerCommand {
  @Option(names = {"-t", "--time"}, paramLabel = "SECONDS", defaultValue = "10",
      description = "Seconds to wait before killing (default: ${DEFAULT-VALUE}).")
  private long seconds;

  @Inject
  StopCommand(EngineSessions sessions, Terminal terminal) {
    super(sessions, terminal);
  }

  @Override
  protected void apply(RuntimeComponent services, ContainerId container) {
    services.stop().stop(container, Duration.ofSeconds(seconds));
  }
}
