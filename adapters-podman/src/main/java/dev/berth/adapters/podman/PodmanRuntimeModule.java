package dev.berth.adapters.podman;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoMap;
import dagger.multibindings.StringKey;
import dev.berth.application.port.out.ContainerRuntimeFactory;

/** Adds the {@code podman} runtime to the component's map of runtimes by name. */
@Module
public interface PodmanRuntimeModule {
  @Provides
  @IntoMap
  @StringKey("podman")
  static ContainerRuntimeFactory podmanRuntime() {
    return new PodmanRuntimeFactory();
  }
}
