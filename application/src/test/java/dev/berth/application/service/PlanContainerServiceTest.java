package dev.berth.application.service;

import static dev.berth.application.service.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.application.port.in.ContainerPlan;
import dev.berth.domain.spec.HostPath;
import org.junit.jupiter.api.Test;

class PlanContainerServiceTest {
  private final RecordingRuntime runtime = new RecordingRuntime();
  private final RecordingHost host = new RecordingHost();
  private final PlanContainerService service = new PlanContainerService(runtime, host);

  @Test
  void planResolvesTheSpecAndTheRequestBodyTouchingNoEngine() {
    ContainerPlan plan = service.plan(request().mountWithWrite(true).tmpDir(HostPath.of("/home/dev/.tmp")).build());

    assertThat(plan.spec().image().value()).isEqualTo("localhost/fn:latest");
    assertThat(plan.requestBody()).isEqualTo("{\"Image\":\"localhost/fn:latest\"}");
    assertThat(runtime.calls).isEmpty();
    assertThat(host.createdDirectories).isEmpty();
  }
}
