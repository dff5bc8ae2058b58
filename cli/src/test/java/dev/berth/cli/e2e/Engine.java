package dev.berth.cli.e2e;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.berth.application.port.out.ContainerRuntimeFactory;
import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.application.port.out.RuntimeEndpoint;
import dev.berth.cli.Terminal;
import dev.berth.cli.wiring.BerthComponent;
import dev.berth.domain.container.ContainerSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The real engines the suite runs against, each reached through berth's own adapter (in this JVM) to
 * read back what the CLI did: inspect, list by label, clean up.
 */
enum Engine {
  DOCKER("docker", "unix:///var/run/docker.sock"),
  PODMAN("podman", "unix:///run/podman/podman.sock");

  static final String TEST_IMAGE = "localhost/berth-test:busybox";
  private static final BerthComponent COMPONENT = BerthComponent.create(Terminal.system());

  final String runtime;
  final String host;
  private ContainerRuntimePort port;

  Engine(String runtime, String host) {
    this.runtime = runtime;
    this.host = host;
  }

  /** This engine's port; aborts the test when the engine does not answer (fails it on CI). */
  synchronized ContainerRuntimePort port() {
    if (port == null) {
      ContainerRuntimeFactory factory = COMPONENT.runtimes().get(runtime);
      boolean answers = factory.probe(RuntimeEndpoint.of(host)).isPresent();
      String why = runtime + " does not answer on " + host + " (scripts/engines up starts it)";
      if (!answers && "true".equals(System.getenv("CI"))) {
        fail(why);
      }
      assumeTrue(answers, why);
      port = factory.connect(RuntimeEndpoint.of(host));
    }
    return port;
  }

  /**
   * Runs the engine's own command line ({@code docker -H} or {@code podman --remote --url}) against
   * the same endpoint, for what berth's port does not do (creating a network).
   */
  void cli(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(this == DOCKER ? List.of("docker", "-H", host)
        : List.of("podman", "--remote", "--url", host));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      fail(String.join(" ", command) + " failed: " + output);
    }
  }

  List<ContainerSummary> containersLabelled(TestLabel label) {
    return port().listByLabel(label.key(), label.value());
  }

  void removeLabelled(TestLabel label) {
    containersLabelled(label).forEach(container -> port().remove(container.id()));
  }
}
