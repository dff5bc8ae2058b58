package dev.berth.cli.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.berth.application.port.out.ContainerRuntimeFactory;
import dev.berth.cli.Terminal;
import dev.berth.cli.wiring.BerthComponent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The transient service with the real podman: it answers as Podman, then leaves neither process nor socket. */
class TransientPodmanServiceIT {
  @Test
  void answersAsPodmanWhileItRunsAndLeavesNothingBehind() {
    Optional<Path> podman = new PodmanExecutable(new SystemEnvironment()).find();
    assumeTrue(podman.isPresent() || "true".equals(System.getenv("CI")), "podman is not installed");
    ContainerRuntimeFactory runtime = BerthComponent.create(Terminal.system()).runtimes().get("podman");
    ByteArrayOutputStream said = new ByteArrayOutputStream();

    TransientPodmanService service = TransientPodmanService.start(podman.orElseThrow(), runtime,
        new PrintStream(said, true, StandardCharsets.UTF_8));
    Path socket = Path.of(service.endpoint().uri().substring("unix://".length()));
    assertThat(runtime.probe(service.endpoint())).hasValueSatisfying(info -> assertThat(info.runtime()).isEqualTo("podman"));
    service.close();

    assertThat(said.toString(StandardCharsets.UTF_8))
        .contains("started a transient Podman service (pid", "stopped the transient Podman service");
    assertThat(socket.getParent()).doesNotExist();
    assertThat(runtime.probe(service.endpoint())).isEmpty();
  }
}
