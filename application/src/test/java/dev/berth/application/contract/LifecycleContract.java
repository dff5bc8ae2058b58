package dev.berth.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.application.contract.ContractContainers.Finished;
import dev.berth.application.port.out.LogStream;
import dev.berth.domain.container.ContainerDetails;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerState;
import dev.berth.domain.container.ContainerSummary;
import dev.berth.domain.error.ContainerNotFoundException;
import dev.berth.domain.spec.Mount;
import dev.berth.domain.spec.MountMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A container's life through the port: start, output, exit, stop, removal, and finding it by label. */
public interface LifecycleContract extends RuntimeUnderTest {

  @Test
  default void startRunsTheContainerAndStopEndsIt() {
    ContainerId id = containers().start(containers().spec("sleep", "30"));
    assertThat(runtime().inspect(id).state()).isEqualTo(ContainerState.RUNNING);

    runtime().stop(id, Duration.ofSeconds(1));

    assertThat(runtime().inspect(id).state()).isEqualTo(ContainerState.EXITED);
  }

  @Test
  default void waitForExitReturnsTheExitCode() {
    Finished run = containers().runToExit(containers().spec("sh", "-c", "exit 3"));

    assertThat(run.exitCode()).isEqualTo(3);
    ContainerDetails details = runtime().inspect(run.id());
    assertThat(details.state()).isEqualTo(ContainerState.EXITED);
    assertThat(details.exitCode()).hasValue(3);
  }

  @Test
  default void logsKeepStdoutAndStderrApart() {
    Finished run = containers().runToExit(containers().spec("sh", "-c", "echo to-out; echo to-err >&2"));

    assertThat(run.logs().text(LogStream.STDOUT)).isEqualTo("to-out\n");
    assertThat(run.logs().text(LogStream.STDERR)).isEqualTo("to-err\n");
  }

  @Test
  default void followedLogsArriveWhileTheContainerRuns(@TempDir Path signals) throws Exception {
    ContainerId id = containers().start(containers()
        .spec("sh", "-c", "echo first; while [ ! -e /signals/go ]; do sleep 0.05; done; echo second")
        .addMount(Mount.of(signals.toString(), "/signals", MountMode.READ_WRITE)));
    CapturedLogs logs = new CapturedLogs();

    CompletableFuture<Void> follow = CompletableFuture.runAsync(() -> runtime().logs(id, true, logs));
    Await.until("the first line is streamed", ContractContainers.STATE_TIMEOUT,
        () -> logs.text(LogStream.STDOUT).contains("first"));
    assertThat(follow).isNotDone();
    assertThat(logs.text(LogStream.STDOUT)).doesNotContain("second");
    Files.createFile(signals.resolve("go"));

    follow.get(ContractContainers.STATE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    assertThat(logs.text(LogStream.STDOUT)).isEqualTo("first\nsecond\n");
  }

  @Test
  default void listByLabelFindsTheContainersCarryingIt() {
    ContainerId first = containers().create(containers().spec("true"));
    ContainerId second = containers().create(containers().spec("true"));

    assertThat(runtime().listByLabel(ContractContainers.RUN_LABEL, containers().runId()))
        .extracting(ContainerSummary::id)
        .containsExactlyInAnyOrder(first, second);
  }

  @Test
  default void removeDeletesEvenARunningContainer() {
    ContainerId id = containers().start(containers().spec("sleep", "30"));

    runtime().remove(id);

    assertThatThrownBy(() -> runtime().inspect(id)).isInstanceOf(ContainerNotFoundException.class);
    assertThat(runtime().listByLabel(ContractContainers.RUN_LABEL, containers().runId())).isEmpty();
  }
}
