package dev.berth.cli.wiring;

import dagger.BindsInstance;
import dagger.Component;
import dev.berth.adapters.docker.DockerRuntimeModule;
import dev.berth.adapters.podman.PodmanRuntimeModule;
import dev.berth.application.port.out.ContainerRuntimeFactory;
import dev.berth.cli.Terminal;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The composition root. Each runtime adapter contributes one module that adds its factory to the map
 * of runtimes by name; adding a runtime is adding its module to this list.
 */
@Singleton
@Component(modules = {CliModule.class, DockerRuntimeModule.class, PodmanRuntimeModule.class})
public interface BerthComponent {
  CommandFactory commandFactory();

  Terminal terminal();

  /** The runtimes berth knows, by name. */
  Map<String, ContainerRuntimeFactory> runtimes();

  static BerthComponent create(Terminal terminal) {
    return DaggerBerthComponent.factory().create(terminal);
  }

  @Component.Factory
  interface Factory {
    BerthComponent create(@BindsInstance Terminal terminal);
  }
}
