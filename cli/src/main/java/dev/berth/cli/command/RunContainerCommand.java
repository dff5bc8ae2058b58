package dev.berth.cli.command;

import dev.berth.application.port.in.RunCommand;
import dev.berth.application.port.in.RunResult;
import dev.berth.cli.ExitCleanup;
import dev.berth.cli.Terminal;
import dev.berth.cli.options.ContainerOptions;
import dev.berth.cli.output.TerminalSink;
import dev.berth.cli.engine.EngineSession;
import dev.berth.cli.engine.EngineSessions;
import dev.berth.domain.container.ContainerDetails;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.request.CreationRequest;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", sortOptions = false,
    header = "Create and start a container, stream its output, exit with its exit code.",
    description = {"The container's stdout and stderr are streamed to berth's as they come; berth exits with "
        + "the container's exit code. With --rm the container is removed afterwards, also when berth is "
        + "interrupted (Ctrl-C).", "",
        "Example:",
        "  berth run --rm --code examples/hello -e GREETING_NAME=you -m 64 -p 8080 \\",
        "      localhost/berth-test:busybox sh /var/task/handler.sh", ""})
public final class RunContainerCommand extends EngineCommand implements ImageCommand {
  @Mixin
  private ContainerOptions container;

  @Option(names = "--rm", description = "Remove the container when it exits or berth is interrupted.")
  private boolean remove;

  private final ExitCleanup cleanup;

  @Inject
  RunContainerCommand(EngineSessions sessions, ExitCleanup cleanup, Terminal terminal) {
    super(sessions, terminal);
    this.cleanup = cleanup;
  }

  @Override
  public Integer call() {
    CreationRequest request = container.toRequest();
    RunResult result = withEngine(session -> session.services().run().run(RunCommand.builder()
        .request(request)
        .output(new TerminalSink(terminal))
        .removeAfter(remove)
        .listener(new Listener(session))
        .build()));
    return result.exitCode();
  }

  /** Shows the published ports and, with --rm, keeps the removal registered for as long as the container lives. */
  private final class Listener implements RunCommand.Listener {
    private final EngineSession session;
    private ExitCleanup.Action removal;

    Listener(EngineSession session) {
      this.session = session;
    }

    @Override
    public void created(ContainerId id) {
      if (remove) {
        removal = cleanup.register(() -> session.services().remove().remove(id));
      }
    }

    @Override
    public void started(ContainerDetails started) {
      PublishedPorts.report(started, terminal);
    }

    @Override
    public void removed(ContainerId id) {
      if (removal != null) {
        removal.cancel();
      }
    }
  }
}
