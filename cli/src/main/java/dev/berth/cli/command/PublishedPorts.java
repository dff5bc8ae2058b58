package dev.berth.cli.command;

import dev.berth.cli.Terminal;
import dev.berth.cli.output.Views;
import dev.berth.domain.container.ContainerDetails;

/**
 * Tells the user where a started container's ports ended up, since the engine may have chosen them.
 * A port without a host port yet (a container that already exited) is left out.
 */
final class PublishedPorts {
  private PublishedPorts() {}

  static void report(ContainerDetails started, Terminal terminal) {
    started.ports().stream()
        .filter(port -> port.hostPort().isPresent())
        .forEach(port -> terminal.err().println("berth: published " + Views.portLine(port)));
  }
}
