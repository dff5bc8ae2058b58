package dev.berth.cli.discovery;

import dev.berth.application.port.out.ContainerRuntimeFactory;
import dev.berth.application.port.out.RuntimeEndpoint;

/** The engine a command talks to, and what to undo when the command is done (a transient service). */
public record EngineSelection(ContainerRuntimeFactory runtime, RuntimeEndpoint endpoint, Runnable release) {
  private static final Runnable NOTHING = () -> {};

  public static EngineSelection of(ContainerRuntimeFactory runtime, RuntimeEndpoint endpoint) {
    return new EngineSelection(runtime, endpoint, NOTHING);
  }
}
