package dev.berth.adapters.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.application.contract.ContractContainers;
import dev.berth.application.contract.EngineAvailability;
import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.application.port.out.RuntimeEndpoint;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.spec.ImmutableMount;
import dev.berth.domain.spec.Mount;
import dev.berth.domain.spec.MountConsistency;
import dev.berth.domain.spec.MountMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the Docker runtime does, against the real dockerd. */
class DockerSpecificsIT {
  @TempDir Path dockerConfigDir;
  private ContainerRuntimePort runtime;
  private ContractContainers containers;

  @BeforeEach
  void connect() {
    runtime = new DockerRuntimeFactory(dockerConfigDir).connect(DockerTestEngine.endpoint());
    EngineAvailability.requireAnswering(runtime, DockerTestEngine.endpoint());
    containers = new ContractContainers(runtime);
  }

  @AfterEach
  void removeContainers() {
    if (containers != null) {
      containers.removeAll();
    }
  }

  @Test
  void delegatedConsistencyIsKeptByTheEngine(@TempDir Path code) {
    Mount delegated = ImmutableMount.copyOf(Mount.of(code.toString(), "/var/task", MountMode.READ_ONLY))
        .withConsistency(MountConsistency.DELEGATED);

    ContainerId id = containers.create(containers.spec("true").addMount(delegated));

    assertThat(runtime.inspect(id).mounts()).containsExactly(delegated);
  }

  @Test
  void configProxiesReachTheContainerUnlessTheSpecSetsTheVariable() throws IOException {
    Files.writeString(dockerConfigDir.resolve("config.json"), """
        {"proxies": {"default": {"httpProxy": "http://proxy.example:3128", "noProxy": "localhost"}}}
        """);

    ContainerId id = containers.create(containers.spec("true")
        .useConfigProxy(true)
        .putEnvironment("no_proxy", "*.internal"));

    assertThat(runtime.inspect(id).environment())
        .containsEntry("HTTP_PROXY", "http://proxy.example:3128")
        .containsEntry("http_proxy", "http://proxy.example:3128")
        .containsEntry("NO_PROXY", "localhost")
        .containsEntry("no_proxy", "*.internal");
  }

  @Test
  void probeTellsPodmanFromDockerThoughBothSpeakDockersApi() {
    String podmanHost = System.getenv().getOrDefault("BERTH_PODMAN_HOST", "unix:///run/podman/podman.sock");
    Assumptions.assumeTrue(!podmanHost.startsWith("unix://") || Files.exists(Path.of(podmanHost.substring(7))),
        "no Podman socket at " + podmanHost);
    DockerRuntimeFactory factory = new DockerRuntimeFactory(dockerConfigDir);

    assertThat(factory.probe(RuntimeEndpoint.of(podmanHost))).isEmpty();
    assertThat(factory.probe(DockerTestEngine.endpoint())).isPresent();
  }
}
