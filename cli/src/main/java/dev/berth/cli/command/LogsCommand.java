package dev.berth.cli.command;

import dev.berth.cli.Terminal;
import dev.berth.cli.output.TerminalSink;
import dev.berth.cli.engine.EngineSessions;
import dev.berth.domain.container.ContainerId;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "logs", sortOptions = false, header = "Print a container's output.",
    description = {"The container's stdout goes to stdout, its stderr to stderr.", ""})
public final class LogsCommand extends EngineCommand {
  @Parameters(paramLabel = "CONTAINER", description = "Container id or name.")
  private String container;

  @Option(names = {"-f", "--follow"}, description = "Keep streaming until the container stops.")
  private boolean follow;

  @Inject
  LogsCommand(EngineSessions sessions, Terminal terminal) {
    super(sessions, terminal);
  }

  @Override
  public Integer call() {
    ContainerId id = ContainerId.of(container);
    return withEngine(session -> {
      session.services().logs().logs(id, follow, new TerminalSink(terminal));
      return 0;
    });
  }
}
