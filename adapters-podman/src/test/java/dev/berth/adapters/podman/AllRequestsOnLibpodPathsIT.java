package dev.berth.adapters.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import dev.berth.adapters.podman.libpod.LibpodClient;
import dev.berth.adapters.podman.libpod.LibpodPath;
import dev.berth.application.contract.CapturedLogs;
import dev.berth.application.contract.ContractContainers;
import dev.berth.application.contract.EngineAvailability;
import dev.berth.application.port.out.ProgressReporter;
import dev.berth.application.port.out.RuntimeEndpoint;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.BerthException;
import dev.berth.domain.spec.ContainerSpec;
import dev.berth.domain.spec.EffectiveUser;
import dev.berth.domain.spec.ImageRef;
import dev.berth.domain.spec.Mount;
import dev.berth.domain.spec.MountMode;
import dev.berth.domain.spec.NetworkName;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What goes on the wire: every request of a whole container life goes to a libpod path, and
 * the described create request is the body create sends.
 */
class AllRequestsOnLibpodPathsIT {
  private final RuntimeEndpoint endpoint = PodmanEndpoint.underTest();
  private final RecordingTransport transport = new RecordingTransport(
      new ZerodepDockerHttpClient.Builder().dockerHost(URI.create(endpoint.uri())).build());
  private final PodmanRuntime runtime = new PodmanRuntime(endpoint.uri(),
      LibpodClient.over(transport, endpoint.uri()), LibpodClient.over(transport, endpoint.uri()));
  private ContractContainers containers;

  @BeforeEach
  void engineAnswers() {
    EngineAvailability.requireAnswering(runtime, endpoint);
    containers = new ContractContainers(runtime);
  }

  @AfterEach
  void removeThisTestsContainers() {
    if (containers != null) {
      containers.removeAll();
    }
  }

  @Test
  void everyOperationRequestsALibpodPath(@TempDir Path code) {
    runtime.imagePresent(ContractContainers.testImage());
    assertThatThrownBy(() -> runtime.pullImage(ImageRef.of("localhost:1/berth-missing:none"), ProgressReporter.SILENT))
        .isInstanceOf(BerthException.class);
    ContainerId id = containers.create(containers.spec("sh", "-c", "echo hi")
        .user(EffectiveUser.of(0))
        .addMount(Mount.of(code.toString(), "/code", MountMode.READ_WRITE)));
    assertThatThrownBy(() -> runtime.connect(id, NetworkName.of("berth-missing-network")))
        .isInstanceOf(BerthException.class);
    runtime.start(id);
    runtime.logs(id, true, new CapturedLogs());
    runtime.waitForExit(id);
    runtime.stop(id, Duration.ofSeconds(1));
    runtime.inspect(id);
    runtime.listByLabel(ContractContainers.RUN_LABEL, containers.runId());
    runtime.remove(id);

    assertThat(transport.paths())
        .hasSizeGreaterThanOrEqualTo(13)
        .allSatisfy(path -> assertThat(path).startsWith(LibpodPath.PREFIX + "/"))
        .anySatisfy(path -> assertThat(path).contains("/_ping"))
        .anySatisfy(path -> assertThat(path).contains("/info"))
        .anySatisfy(path -> assertThat(path).contains("/images/pull"))
        .anySatisfy(path -> assertThat(path).contains("/containers/create"))
        .anySatisfy(path -> assertThat(path).contains("/networks/berth-missing-network/connect"))
        .anySatisfy(path -> assertThat(path).contains("/logs"))
        .anySatisfy(path -> assertThat(path).contains("/wait"))
        .anySatisfy(path -> assertThat(path).contains("/stop"));
  }

  @Test
  void describedCreateRequestIsTheBodyCreateSends(@TempDir Path code) {
    ContainerSpec spec = containers.spec("true")
        .addMount(Mount.of(code.toString(), "/var/task", MountMode.READ_ONLY))
        .putEnvironment("BERTH_DESCRIBED", "yes")
        .build();

    runtime.create(spec);

    assertThat(transport.lastCreateBody()).isEqualTo(runtime.describeCreateRequest(spec));
  }
}
