package dev.berth.cli.wiring;

import dagger.Component;
import dev.berth.adapters.podman.PodmanRuntimeModule;
import dev.berth.application.port.out.ContainerRuntimeFactory;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The composition root. Each runtime adapter contributes one module that adds its factory to the map
 * of runtimes by name; adding a runtime is adding its module to this list.
 */
@Singleton
@Component(modules = {CliModule.class, PodmanRuntimeModule.class})
public interface BerthComponent {
  CommandFactory commandFactory();

  /** The runtimes berth knows, by name. */
  Map<String, ContainerRuntimeFactory> runtimes();

  static BerthComponent create() {
    return DaggerBerthComponent.create();
  }
}
