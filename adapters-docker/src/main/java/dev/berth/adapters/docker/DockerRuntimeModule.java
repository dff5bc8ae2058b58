package dev.berth.adapters.docker;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoMap;
import dagger.multibindings.StringKey;
import dev.berth.application.port.out.ContainerRuntimeFactory;
import java.nio.file.Path;
import javax.inject.Named;

/**
 * Adds the Docker runtime to the component's {@code Map<String, ContainerRuntimeFactory>}
 * under {@code "docker"}.
 *
 * <p>Needs one binding from the component: {@code @Named("dockerConfigDir") Path}, the Docker
 * client config directory ({@code $DOCKER_CONFIG}, else {@code ~/.docker}); it need not exist.
 */
@Module
public final class DockerRuntimeModule {
  private DockerRuntimeModule() {}

  @Provides
  @IntoMap
  @StringKey(DockerEngineIdentity.RUNTIME)
  static ContainerRuntimeFactory dockerRuntime(@Named("dockerConfigDir") Path dockerConfigDir) {
    return new DockerRuntimeFactory(dockerConfigDir);
  }
}
