package dev.berth.adapters.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dagger.BindsInstance;
import dagger.Component;
import dev.berth.application.port.out.ContainerRuntimeFactory;
import java.nio.file.Path;
import java.util.Map;
import javax.inject.Named;
import org.junit.jupiter.api.Test;

/** The module in a component that gives it exactly what its javadoc asks for, and nothing else. */
class DockerRuntimeModuleTest {
  @Component(modules = DockerRuntimeModule.class)
  interface RuntimesComponent {
    Map<String, ContainerRuntimeFactory> runtimes();

    @Component.Factory
    interface Factory {
      RuntimesComponent create(@BindsInstance @Named("dockerConfigDir") Path dockerConfigDir);
    }
  }

  @Test
  void contributesTheDockerRuntimeUnderItsName() {
    Map<String, ContainerRuntimeFactory> runtimes =
        DaggerDockerRuntimeModuleTest_RuntimesComponent.factory().create(Path.of("/home/me/.docker")).runtimes();

    assertThat(runtimes).containsOnlyKeys("docker");
    assertThat(runtimes.get("docker").name()).isEqualTo("docker");
  }
}
