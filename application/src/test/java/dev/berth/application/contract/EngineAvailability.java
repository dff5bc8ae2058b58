package dev.berth.application.contract;

import static org.junit.jupiter.api.Assertions.fail;

import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.application.port.out.RuntimeEndpoint;
import dev.berth.domain.error.BerthException;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether the engine under test answers. On CI ({@code CI=true}) a silent engine fails the
 * test, so a broken CI machine can never pass by skipping; on a laptop the test is aborted.
 */
public final class EngineAvailability {
  private EngineAvailability() {}

  public static void requireAnswering(ContainerRuntimePort runtime, RuntimeEndpoint endpoint) {
    try {
      runtime.ping();
    } catch (BerthException e) {
      String message = "the engine under test (" + endpoint.uri() + ") does not answer: " + e.getMessage();
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
  }
}
