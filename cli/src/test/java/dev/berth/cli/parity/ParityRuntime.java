package dev.berth.cli.parity;

import static org.junit.jupiter.api.Assertions.fail;

import dev.berth.application.port.out.ContainerRuntimeFactory;
import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.application.port.out.RuntimeEndpoint;
import dev.berth.domain.container.ContainerDetails;
import dev.berth.domain.container.ContainerSummary;
import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.ContainerNotFoundException;
import dev.berth.domain.spec.ContainerSpec;
import org.junit.jupiter.api.Assumptions;

/**
 * One of the two runtimes the parity test compares: its real engine, reached through its
 * adapter, and the containers of this test run found again by label to be removed.
 */
final class ParityRuntime {
  static final String RUN_LABEL = "dev.berth.test.run";

  private final String name;
  private final ContainerRuntimePort port;

  ParityRuntime(ContainerRuntimeFactory factory, String environmentVariable, String defaultEndpoint) {
    String configured = System.getenv(environmentVariable);
    RuntimeEndpoint endpoint = RuntimeEndpoint.of(configured == null || configured.isBlank() ? defaultEndpoint : configured);
    this.name = factory.name();
    this.port = factory.connect(endpoint);
    requireAnswering(endpoint);
  }

  /** On CI ({@code CI=true}) a silent engine fails the test; elsewhere the test is aborted. */
  private void requireAnswering(RuntimeEndpoint endpoint) {
    try {
      port.ping();
    } catch (BerthException e) {
      String message = "no " + name + " engine answers at " + endpoint.uri() + ": " + e.getMessage();
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
  }

  String name() {
    return name;
  }

  /** Creates the container (not started) and reads back what the engine reports of it. */
  ContainerDetails createAndInspect(ContainerSpec spec) {
    return port.inspect(port.create(spec));
  }

  void removeRun(String runId) {
    for (ContainerSummary container : port.listByLabel(RUN_LABEL, runId)) {
      try {
        port.remove(container.id());
      } catch (ContainerNotFoundException alreadyGone) {
        // gone meanwhile: nothing left to clean
      }
    }
  }
}
