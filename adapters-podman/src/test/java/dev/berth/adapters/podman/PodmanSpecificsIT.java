package dev.berth.adapters.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.berth.adapters.podman.libpod.ContainerInspect;
import dev.berth.adapters.podman.libpod.LibpodApiException;
import dev.berth.adapters.podman.libpod.LibpodClient;
import dev.berth.application.contract.Await;
import dev.berth.application.contract.CapturedLogs;
import dev.berth.application.contract.ContractContainers;
import dev.berth.application.contract.EngineAvailability;
import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.application.port.out.LogStream;
import dev.berth.application.port.out.RuntimeEndpoint;
import dev.berth.application.port.out.RuntimeInfo;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.ContainerCreationFailedException;
import dev.berth.domain.error.ContainerNameInUseException;
import dev.berth.domain.error.EngineUnreachableException;
import dev.berth.domain.error.ImageNotFoundException;
import dev.berth.domain.spec.ContainerName;
import dev.berth.domain.spec.ImageRef;
import dev.berth.domain.spec.Mount;
import dev.berth.domain.spec.MountMode;
import dev.berth.domain.spec.NetworkName;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only Podman does, read from what libpod itself reports, beside the shared contract suite. */
class PodmanSpecificsIT {
  private final RuntimeEndpoint endpoint = PodmanEndpoint.underTest();
  private final ContainerRuntimePort runtime = new PodmanRuntimeFactory().connect(endpoint);
  private final LibpodClient libpod = PodmanConnections.patient(endpoint);
  private ContractContainers containers;

  @BeforeEach
  void engineAnswers() {
    EngineAvailability.requireAnswering(runtime, endpoint);
    containers = new ContractContainers(runtime);
  }

  @AfterEach
  void removeThisTestsContainers() throws IOException {
    if (containers != null) {
      containers.removeAll();
    }
    libpod.close();
  }

  @Test
  void pingNamesLibpodsOwnApiVersion() {
    RuntimeInfo info = runtime.ping();

    assertThat(info.runtime()).isEqualTo("podman");
    assertThat(info.apiVersion()).isEqualTo(libpod.ping()).startsWith("4.");
    assertThat(info.rootless()).isEqualTo(libpod.info().rootless());
  }

  /** Docker's socket answers Docker's API, not libpod's: it is no Podman, though both speak /_ping. */
  @Test
  void aDockerEngineIsNotTakenForPodman() {
    String dockerHost = System.getenv().getOrDefault("BERTH_DOCKER_HOST", "unix:///var/run/docker.sock");
    RuntimeEndpoint docker = RuntimeEndpoint.of(dockerHost);

    assertThat(new PodmanRuntimeFactory().probe(docker)).isEmpty();
    assertThatThrownBy(() -> new PodmanRuntimeFactory().connect(docker).ping())
        .isInstanceOfSatisfying(EngineUnreachableException.class, e -> assertThat(e.endpoint()).isEqualTo(dockerHost));
  }

  @Test
  void bindMountsReadBackWithPodmansOwnOptionsKeepTheirMode(@TempDir Path readOnly, @TempDir Path writable) {
    ContainerId id = containers.create(containers.spec("true")
        .addMount(Mount.of(readOnly.toString(), "/ro", MountMode.READ_ONLY))
        .addMount(Mount.of(writable.toString(), "/rw", MountMode.READ_WRITE)));

    assertThat(libpod.inspectContainer(id.value()).mounts())
        .allSatisfy(mount -> assertThat(mount.options()).contains("rbind"))
        .extracting(ContainerInspect.MountPoint::destination, ContainerInspect.MountPoint::propagation)
        .containsExactlyInAnyOrder(tuple("/ro", "rprivate"), tuple("/rw", "rprivate"));
    assertThat(runtime.inspect(id).mounts())
        .extracting(mount -> mount.target().value(), Mount::mode)
        .containsExactlyInAnyOrder(tuple("/ro", MountMode.READ_ONLY), tuple("/rw", MountMode.READ_WRITE));
  }

  @Test
  void missingImageIsLibpods500AndImageNotFound() {
    ImageRef missing = ImageRef.of("localhost/berth-missing-" + UUID.randomUUID() + ":none");

    assertThatThrownBy(() -> libpod.createContainer(
            SpecGeneratorMapper.toSpecGenerator(containers.spec("true").image(missing).build(), () -> false)))
        .isInstanceOfSatisfying(LibpodApiException.class, e -> assertThat(e.status()).isEqualTo(500));
    assertThatThrownBy(() -> containers.create(containers.spec("true").image(missing)))
        .isInstanceOfSatisfying(ImageNotFoundException.class, e -> assertThat(e.image()).isEqualTo(missing.value()));
  }

  @Test
  void takenNameIsLibpods500AndContainerNameInUse() {
    ContainerName name = containers.uniqueName();
    containers.create(containers.spec("true").name(name));

    assertThatThrownBy(() -> libpod.createContainer(
            SpecGeneratorMapper.toSpecGenerator(containers.spec("true").name(name).build(), () -> false)))
        .isInstanceOfSatisfying(LibpodApiException.class, e -> assertThat(e.status()).isEqualTo(500));
    assertThatThrownBy(() -> containers.create(containers.spec("true").name(name)))
        .isInstanceOf(ContainerNameInUseException.class);
  }

  @Test
  void otherRefusedCreateIsR13WithLibpodsExplanation() {
    String missingDir = "/nonexistent/berth-" + UUID.randomUUID();

    assertThatThrownBy(() -> containers.create(containers.spec("true")
            .addMount(Mount.of(missingDir, "/code", MountMode.READ_ONLY))))
        .isInstanceOfSatisfying(ContainerCreationFailedException.class, e -> assertThat(e.explanation())
            .contains(missingDir, "no such file or directory"))
        .hasMessageStartingWith("Container creation failed: ")
        .hasMessageEndingWith(", check template for potential issue");
  }

  /** PID 1 ignores SIGTERM; without {@code timeout=0} libpod's forced delete would wait its 10 s stop timeout. */
  @Test
  void removeOfAContainerIgnoringSigtermDoesNotWait() {
    ContainerId id = containers.start(containers.spec("sleep", "300"));

    long started = System.nanoTime();
    runtime.remove(id);

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void connectJoinsAnExistingNetworkBesidePodmansDefault() throws IOException {
    try (PodmanTestNetwork network = new PodmanTestNetwork(endpoint)) {
      ContainerId id = containers.create(containers.spec("true"));

      runtime.connect(id, NetworkName.of(network.name()));

      assertThat(runtime.inspect(id).networks()).containsExactlyInAnyOrder("podman", network.name());
      runtime.remove(id);
    }
  }

  @Test
  void pullReportsLibpodsProgressAndItsError() {
    ImageRef unreachable = ImageRef.of("localhost:1/berth-missing-" + UUID.randomUUID() + ":none");
    List<String> progress = new ArrayList<>();

    assertThatThrownBy(() -> runtime.pullImage(unreachable, progress::add))
        .isInstanceOf(ImageNotFoundException.class)
        .hasMessageContaining(unreachable.value());
    assertThat(progress).anySatisfy(line -> assertThat(line).contains("Trying to pull", unreachable.value()));
  }

  @Test
  void configProxyCopiesTheEngineServicesProxyR3(@TempDir Path service) throws Exception {
    try (ProxiedPodmanService proxied = new ProxiedPodmanService(service)) {
      ContainerRuntimePort proxiedRuntime = new PodmanRuntimeFactory().connect(proxied.endpoint());
      Await.until("the test's own podman service answers", Duration.ofSeconds(20),
          () -> new PodmanRuntimeFactory().probe(proxied.endpoint()).isPresent());
      ContractContainers proxiedContainers = new ContractContainers(proxiedRuntime);
      try {
        ContainerId withProxy = proxiedContainers.create(proxiedContainers.spec("env").useConfigProxy(true));
        ContainerId withoutProxy = proxiedContainers.create(proxiedContainers.spec("env").useConfigProxy(false));

        assertThat(proxiedRuntime.inspect(withProxy).environment())
            .containsEntry("http_proxy", ProxiedPodmanService.PROXY)
            .containsEntry("HTTP_PROXY", ProxiedPodmanService.PROXY);
        assertThat(proxiedRuntime.inspect(withoutProxy).environment())
            .doesNotContainKeys("http_proxy", "HTTP_PROXY");
      } finally {
        proxiedContainers.removeAll();
      }
    }
  }

  @Test
  void followedLogsOfATtyContainerAreDemultiplexedToo() {
    ContainerId id = containers.start(containers.spec("sh", "-c", "echo on-tty").tty(true));
    CapturedLogs logs = new CapturedLogs();

    runtime.logs(id, true, logs);

    assertThat(logs.text(LogStream.STDOUT)).isEqualTo("on-tty\r\n");
  }
}
