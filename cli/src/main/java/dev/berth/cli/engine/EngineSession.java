package dev.berth.cli.engine;

import dev.berth.cli.ExitCleanup;
import dev.berth.cli.discovery.EngineSelection;

/** One command's conversation with one engine; closing it releases what discovery started for it. */
public final class EngineSession implements AutoCloseable {
  private final RuntimeComponent services;
  private final EngineSelection selection;
  private final ExitCleanup.Action release;

  EngineSession(RuntimeComponent services, EngineSelection selection, ExitCleanup.Action release) {
    this.services = services;
    this.selection = selection;
    this.release = release;
  }

  /** The runtime's registered name: {@code docker}, {@code podman}, ... */
  public String runtimeName() {
    return selection.runtime().name();
  }

  public String endpoint() {
    return selection.endpoint().uri();
  }

  public RuntimeComponent services() {
    return services;
  }

  @Override
  public void close() {
    release.runNow();
  }
}
