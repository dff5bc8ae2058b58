package dev.berth.cli.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.berth.adapters.docker.DockerRuntimeFactory;
import dev.berth.adapters.podman.PodmanRuntimeFactory;
import dev.berth.domain.container.ContainerDetails;
import dev.berth.domain.spec.ContainerName;
import dev.berth.domain.spec.ContainerPath;
import dev.berth.domain.spec.ContainerSpec;
import dev.berth.domain.spec.EffectiveUser;
import dev.berth.domain.spec.ExtraHost;
import dev.berth.domain.spec.ImageRef;
import dev.berth.domain.spec.ImmutableContainerSpec;
import dev.berth.domain.spec.ImmutableMount;
import dev.berth.domain.spec.IpAddress;
import dev.berth.domain.spec.MemoryLimit;
import dev.berth.domain.spec.Mount;
import dev.berth.domain.spec.MountConsistency;
import dev.berth.domain.spec.MountMode;
import dev.berth.domain.spec.NetworkName;
import dev.berth.domain.spec.PortMapping;
import dev.berth.domain.spec.Protocol;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One {@link ContainerSpec} through the Docker adapter and the Podman adapter: each engine's
 * own report of the container it made (its inspect) must say the same. Where the engines
 * legitimately differ, the assertion says so and why.
 */
class RuntimeParityIT {
  private static final IpAddress LOOPBACK = IpAddress.of("127.0.0.1");
  private static final int FIXED_CONTAINER_PORT = 8080;
  private static final int ASSIGNED_CONTAINER_PORT = 9000;

  @TempDir
  Path dockerConfigDir;
  @TempDir
  Path code;
  @TempDir
  Path output;
  @TempDir
  Path realNodeModules;

  private final String runId = UUID.randomUUID().toString();
  private ParityRuntime docker;
  private ParityRuntime podman;

  @BeforeEach
  void bothEnginesAnswer() {
    // An empty Docker config dir: no proxies from ~/.docker/config.json reach the Docker container (R3).
    docker = new ParityRuntime(new DockerRuntimeFactory(dockerConfigDir), "BERTH_DOCKER_HOST", "unix:///var/run/docker.sock");
    podman = new ParityRuntime(new PodmanRuntimeFactory(), "BERTH_PODMAN_HOST", "unix:///run/podman/podman.sock");
  }

  @AfterEach
  void removeThisRunsContainers() {
    if (docker != null) {
      docker.removeRun(runId);
    }
    if (podman != null) {
      podman.removeRun(runId);
    }
  }

  /** The two engines keep separate stores, so one name serves both. */
  private ImmutableContainerSpec.Builder spec() {
    String image = System.getenv("BERTH_TEST_IMAGE");
    return ContainerSpec.builder()
        .image(ImageRef.of(image == null || image.isBlank() ? "localhost/berth-test:busybox" : image))
        .name(ContainerName.of("berth-parity-" + runId.substring(0, 12)))
        .tty(false)
        .useConfigProxy(true)
        .workingDir(ContainerPath.of("/var/task"))
        .putLabel(ContainerSpec.MANAGED_LABEL, "true")
        .putLabel(ParityRuntime.RUN_LABEL, runId);
  }

  private ContainerSpec everySetting() throws IOException {
    return spec()
        .addEntrypoint("sh", "-c")
        .addCommand("echo parity")
        .addMount(ImmutableMount.builder().from(Mount.of(code.toString(), "/var/task", MountMode.READ_ONLY))
            .consistency(MountConsistency.DELEGATED).build())
        .addMount(Mount.of(realNodeModules.toString(), "/var/task/node_modules", MountMode.READ_ONLY))
        .addMount(Mount.of(output.toString(), "/out", MountMode.READ_WRITE))
        .user(EffectiveUser.of(1234, 5678))
        .putEnvironment("BERTH_PARITY", "1")
        .putEnvironment("BERTH_PARITY_WORDS", "two words")
        .addPort(PortMapping.of(LOOPBACK, OptionalInt.of(unusedPort()), FIXED_CONTAINER_PORT, Protocol.TCP))
        .addPort(PortMapping.of(LOOPBACK, OptionalInt.empty(), ASSIGNED_CONTAINER_PORT, Protocol.TCP))
        .memory(MemoryLimit.ofMegabytes(64))
        .addExtraHost(ExtraHost.of("berth-parity-db", IpAddress.of("10.20.30.40")))
        .addDns(IpAddress.of("10.20.30.53"))
        .putLabel("dev.berth.test.parity", "every-setting")
        .build();
  }

  @Test
  void sameSpecGivesEquivalentContainers() throws IOException {
    ContainerSpec spec = everySetting();
    ContainerDetails onDocker = docker.createAndInspect(spec);
    ContainerDetails onPodman = podman.createAndInspect(spec);

    assertThat(onPodman.image()).isEqualTo(onDocker.image()).isEqualTo(spec.image().value());
    assertThat(onPodman.name()).isEqualTo(onDocker.name());
    assertThat(onPodman.entrypoint()).isEqualTo(onDocker.entrypoint()).isEqualTo(spec.entrypoint());
    assertThat(onPodman.command()).isEqualTo(onDocker.command()).isEqualTo(spec.command());
    assertThat(onPodman.workingDir()).isEqualTo(onDocker.workingDir()).isEqualTo("/var/task");
    assertThat(onPodman.user()).isEqualTo(onDocker.user()).isEqualTo(spec.user());
    assertThat(onPodman.memory()).isEqualTo(onDocker.memory()).isEqualTo(spec.memory());
    assertThat(onPodman.extraHosts()).isEqualTo(onDocker.extraHosts()).isEqualTo(spec.extraHosts());
    assertThat(onPodman.dns()).isEqualTo(onDocker.dns()).isEqualTo(spec.dns());
    assertThat(onPodman.labels()).isEqualTo(onDocker.labels()).containsAllEntriesOf(spec.labels());
    assertThat(onPodman.tty()).isEqualTo(onDocker.tty()).isFalse();
  }

  /**
   * Same sources, targets and modes. Difference: R1's {@code delegated} hint is Docker's; the
   * Docker adapter sends it and Docker reports it back, the Podman adapter drops it. (Podman's
   * raw report adds {@code rbind} and {@code rprivate}; its adapter reads the mode alone.)
   */
  @Test
  void mountsKeepTheirModesOnBoth() throws IOException {
    ContainerSpec spec = everySetting();
    ContainerDetails onDocker = docker.createAndInspect(spec);
    ContainerDetails onPodman = podman.createAndInspect(spec);

    assertThat(onPodman.mounts())
        .extracting(mount -> mount.source().value(), mount -> mount.target().value(), Mount::mode)
        .containsExactlyInAnyOrderElementsOf(onDocker.mounts().stream()
            .map(mount -> tuple(mount.source().value(), mount.target().value(), mount.mode())).toList())
        .containsExactlyInAnyOrder(
            tuple(code.toString(), "/var/task", MountMode.READ_ONLY),
            tuple(realNodeModules.toString(), "/var/task/node_modules", MountMode.READ_ONLY),
            tuple(output.toString(), "/out", MountMode.READ_WRITE));
    assertThat(consistencyAt(onDocker, "/var/task")).isEqualTo(MountConsistency.DELEGATED);
    assertThat(consistencyAt(onPodman, "/var/task")).isEqualTo(MountConsistency.DEFAULT);
  }

  /**
   * The spec's variables are identical on both. Difference: each engine adds its own;
   * Podman sets {@code container=podman} and {@code TERM=xterm} in every container.
   */
  @Test
  void environmentIsTheSpecsOnBothBesideEachEnginesOwn() throws IOException {
    ContainerSpec spec = everySetting();
    Map<String, String> onDocker = docker.createAndInspect(spec).environment();
    Map<String, String> onPodman = podman.createAndInspect(spec).environment();

    assertThat(onDocker).containsAllEntriesOf(spec.environment());
    assertThat(onPodman).containsAllEntriesOf(spec.environment());
    assertThat(onlyIn(onPodman, onDocker)).isSubsetOf("container", "TERM");
    assertThat(onlyIn(onDocker, onPodman)).isEmpty();
    assertThat(onPodman).containsEntry("container", "podman");
  }

  /**
   * A fixed host port is the same on both. Difference: an engine-assigned host port is chosen
   * by Podman at create, by Docker only at start, so before start Docker reports none yet.
   */
  @Test
  void portsArePublishedOnTheHostInterfaceOnBoth() throws IOException {
    ContainerSpec spec = everySetting();
    ContainerDetails onDocker = docker.createAndInspect(spec);
    ContainerDetails onPodman = podman.createAndInspect(spec);
    PortMapping fixed = spec.ports().get(0);

    assertThat(onDocker.ports()).contains(fixed);
    assertThat(onPodman.ports()).contains(fixed);
    assertThat(onPodman.ports()).extracting(port -> port.hostInterface().value(), PortMapping::containerPort)
        .containsExactlyInAnyOrderElementsOf(onDocker.ports().stream()
            .map(port -> tuple(port.hostInterface().value(), port.containerPort())).toList());
    assertThat(onPodman.hostPortFor(ASSIGNED_CONTAINER_PORT)).isPresent();
    assertThat(onDocker.hostPortFor(ASSIGNED_CONTAINER_PORT)).isEmpty();
  }

  /** Difference: without a network named, each engine uses its default, Docker's {@code bridge} and Podman's {@code podman}. */
  @Test
  void defaultNetworkIsEachEnginesOwn() {
    ContainerSpec spec = spec().addCommand("true").build();

    assertThat(docker.createAndInspect(spec).networks()).containsExactly("bridge");
    assertThat(podman.createAndInspect(spec).networks()).containsExactly("podman");
  }

  /** R14: {@code host} really selects the host network on both. */
  @Test
  void hostNetworkIsTheSameOnBoth() {
    ContainerSpec spec = spec().addCommand("true").network(NetworkName.of(NetworkName.HOST)).build();

    assertThat(podman.createAndInspect(spec).networks())
        .isEqualTo(docker.createAndInspect(spec).networks())
        .containsExactly(NetworkName.HOST);
  }

  private static MountConsistency consistencyAt(ContainerDetails details, String target) {
    return details.mounts().stream().filter(mount -> mount.target().value().equals(target))
        .findFirst().orElseThrow().consistency();
  }

  private static Set<String> onlyIn(Map<String, String> some, Map<String, String> other) {
    Set<String> keys = new HashSet<>(some.keySet());
    keys.removeAll(other.keySet());
    return keys;
  }

  /** A port nothing listens on now; the containers are never started, so it is never bound. */
  private static int unusedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
