package dev.berth.application.service;

import static dev.berth.application.service.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.application.port.in.ImmutableRunCommand;
import dev.berth.application.port.in.RunCommand;
import dev.berth.application.port.in.RunResult;
import dev.berth.application.port.out.LogStream;
import dev.berth.domain.container.ContainerDetails;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.PortInUseException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunContainerServiceTest {
  private final RecordingRuntime runtime = new RecordingRuntime();
  private final RunContainerService service = new RunContainerService(
      new CreateContainerService(runtime, new RecordingHost(), message -> {}), runtime);
  private final List<String> output = new ArrayList<>();
  private final List<String> events = new ArrayList<>();

  private ImmutableRunCommand.Builder command() {
    return RunCommand.builder()
        .request(request().build())
        .output((stream, chunk) -> output.add(stream + ":" + new String(chunk, StandardCharsets.UTF_8).trim()))
        .listener(new RunCommand.Listener() {
          @Override
          public void created(ContainerId container) {
            events.add("created " + container.value());
          }

          @Override
          public void started(ContainerDetails container) {
            events.add("started " + container.id().value());
          }

          @Override
          public void removed(ContainerId container) {
            events.add("removed " + container.value());
          }
        });
  }

  @Test
  void runStreamsTheOutputAndReturnsTheExitCode() {
    runtime.exitCode = 3;
    RunResult result = service.run(command().build());

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.removed()).isFalse();
    assertThat(output).containsExactly(LogStream.STDOUT + ":out", LogStream.STDERR + ":err");
    assertThat(runtime.calls).containsSubsequence("create", "start c1", "inspect c1", "logs c1", "wait c1");
    assertThat(runtime.containers).containsKey("c1");
    assertThat(events).containsExactly("created c1", "started c1");
  }

  @Test
  void runWithRemoveAfterRemovesTheContainer() {
    RunResult result = service.run(command().removeAfter(true).build());

    assertThat(result.removed()).isTrue();
    assertThat(runtime.calls).endsWith("wait c1", "remove c1");
    assertThat(runtime.containers).isEmpty();
    assertThat(events).endsWith("removed c1");
  }

  @Test
  void aFailureOnceTheContainerExistsRemovesIt() {
    runtime.failOn("start", () -> new PortInUseException("127.0.0.1:5000"));

    assertThatThrownBy(() -> service.run(command().build())).isInstanceOf(PortInUseException.class);
    assertThat(runtime.calls).endsWith("start c1", "remove c1");
    assertThat(runtime.containers).isEmpty();
  }
}
