package dev.berth.cli;

import dev.berth.cli.command.CompletionCommand;
import dev.berth.cli.command.CreateCommand;
import dev.berth.cli.command.InspectCommand;
import dev.berth.cli.command.LogsCommand;
import dev.berth.cli.command.PlanCommand;
import dev.berth.cli.command.RemoveCommand;
import dev.berth.cli.command.RunContainerCommand;
import dev.berth.cli.command.RuntimesCommand;
import dev.berth.cli.command.StartCommand;
import dev.berth.cli.command.StopCommand;
import dev.berth.cli.command.WaitCommand;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "berth", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
    versionProvider = BerthVersion.class, sortOptions = false, usageHelpAutoWidth = true,
    header = "Create and run containers for local function development, on Docker or Podman.",
    description = {"", "berth creates a function's container the way AWS SAM CLI's Container.create() does "
        + "(code mounted at the working dir, env, ports, memory, network, ...) on a pluggable container "
        + "runtime, found automatically or chosen with --runtime and --host.", ""},
    subcommands = {CreateCommand.class, StartCommand.class, RunContainerCommand.class, LogsCommand.class,
        WaitCommand.class, StopCommand.class, RemoveCommand.class, InspectCommand.class, PlanCommand.class,
        RuntimesCommand.class, CompletionCommand.class, HelpCommand.class},
    commandListHeading = "%nCommands:%n",
    footerHeading = "%n",
    footer = {
        "Engine discovery, for --runtime auto; the first endpoint that answers wins:",
        "  --host when given; else CONTAINER_HOST, DOCKER_HOST, the current Docker",
        "  context, /var/run/docker.sock, $XDG_RUNTIME_DIR/docker.sock,",
        "  ~/.docker/run/docker.sock, /run/podman/podman.sock and",
        "  $XDG_RUNTIME_DIR/podman/podman.sock. The engine itself says what it is.",
        "  When none answers and podman is installed, berth starts a transient",
        "  `podman system service` for the command and stops it afterwards.",
        "",
        "Environment:",
        "  BERTH_RUNTIME   default of --runtime: docker, podman or auto",
        "  CONTAINER_HOST, DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH,",
        "  DOCKER_CONTEXT, DOCKER_CONFIG, XDG_RUNTIME_DIR   read by discovery",
        "",
        "Exit status:",
        "  0  success",
        "  1  engine or runtime error (unreachable, image or network not found...)",
        "  2  usage or validation error, one line on stderr naming option and value",
        "  run exits with the container's own exit code.",
        "",
        "See 'berth COMMAND --help' for a command's options."})
public final class BerthCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show the stack trace of an error.")
  private boolean debug;

  @Inject
  BerthCommand() {}

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is required");
  }
}
