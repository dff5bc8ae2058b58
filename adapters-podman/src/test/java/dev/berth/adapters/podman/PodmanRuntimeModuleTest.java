package dev.berth.adapters.podman;

import static org.assertj.core.api.Assertions.assertThat;

import dagger.Component;
import dev.berth.application.port.out.ContainerRuntimeFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodmanRuntimeModuleTest {
  /** The smallest component a composition root could be: the runtime map and nothing else. */
  @Component(modules = PodmanRuntimeModule.class)
  interface RuntimesComponent {
    Map<String, ContainerRuntimeFactory> runtimes();
  }

  @Test
  void contributesThePodmanRuntimeUnderItsName() {
    Map<String, ContainerRuntimeFactory> runtimes = DaggerPodmanRuntimeModuleTest_RuntimesComponent.create().runtimes();

    assertThat(runtimes).containsOnlyKeys("podman");
    assertThat(runtimes.get("podman").name()).isEqualTo("podman");
  }
}
