package dev.berth.cli.engine;

import dagger.Lazy;
import dev.berth.cli.ExitCleanup;
import dev.berth.cli.discovery.EngineSelection;
import dev.berth.cli.discovery.RuntimeDiscovery;
import dev.berth.cli.options.RuntimeOptions;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;

/** Opens the engine session a command's {@code --runtime} and {@code --host} lead to. */
public final class EngineSessions {
  private final Lazy<RuntimeDiscovery> discovery;
  private final RuntimeComponent.Factory components;
  private final ExitCleanup cleanup;

  @Inject
  EngineSessions(Lazy<RuntimeDiscovery> discovery, RuntimeComponent.Factory components, ExitCleanup cleanup) {
    this.discovery = discovery;
    this.components = components;
    this.cleanup = cleanup;
  }

  public EngineSession open(RuntimeOptions options) {
    return session(discovery.get().select(options.runtime(), options.host()));
  }

  /** The runtimes {@code plan} shows, none of them probed unless the runtime must be learnt from {@code --host}. */
  public List<EngineSession> forPlan(RuntimeOptions options) {
    return discovery.get().planTargets(options.runtime(), options.host()).stream()
        .map(this::session).collect(Collectors.toList());
  }

  private EngineSession session(EngineSelection selection) {
    ExitCleanup.Action release = cleanup.register(selection.release());
    return new EngineSession(components.create(selection.runtime().connect(selection.endpoint())), selection, release);
  }
}
