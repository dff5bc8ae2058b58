package dev.berth.application.contract;

import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.application.port.out.LogStream;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerState;
import dev.berth.domain.container.ContainerSummary;
import dev.berth.domain.error.ContainerNotFoundException;
import dev.berth.domain.spec.ContainerName;
import dev.berth.domain.spec.ContainerPath;
import dev.berth.domain.spec.ContainerSpec;
import dev.berth.domain.spec.ImageRef;
import dev.berth.domain.spec.ImmutableContainerSpec;
import java.time.Duration;
import java.util.UUID;

/**
 * The containers of one contract test. Every spec it hands out carries the test's own run
 * label, so {@link #removeAll()} finds them all by asking the engine, and tests never see
 * each other's containers.
 */
public final class ContractContainers {
  public static final String RUN_LABEL = "dev.berth.test.run";
  public static final Duration STATE_TIMEOUT = Duration.ofSeconds(20);

  private final ContainerRuntimePort runtime;
  private final String runId = UUID.randomUUID().toString();

  public ContractContainers(ContainerRuntimePort runtime) {
    this.runtime = runtime;
  }

  /** {@code BERTH_TEST_IMAGE}, or the busybox image {@code scripts/test-image} makes. */
  public static ImageRef testImage() {
    String image = System.getenv("BERTH_TEST_IMAGE");
    return ImageRef.of(image == null || image.isBlank() ? "localhost/berth-test:busybox" : image);
  }

  public String runId() {
    return runId;
  }

  /** A spec of the test image running {@code command}, labelled for this run and nothing else set. */
  public ImmutableContainerSpec.Builder spec(String... command) {
    return ContainerSpec.builder()
        .image(testImage())
        .addCommand(command)
        .workingDir(ContainerPath.of("/"))
        .tty(false)
        .useConfigProxy(false)
        .putLabel(ContainerSpec.MANAGED_LABEL, "true")
        .putLabel(RUN_LABEL, runId);
  }

  /** A container name no other test uses. */
  public ContainerName uniqueName() {
    return ContainerName.of("berth-contract-" + UUID.randomUUID().toString().substring(0, 12));
  }

  public ContainerId create(ImmutableContainerSpec.Builder spec) {
    return runtime.create(spec.build());
  }

  public ContainerId start(ImmutableContainerSpec.Builder spec) {
    ContainerId id = create(spec);
    runtime.start(id);
    return id;
  }

  /** Starts the spec, waits for it to exit, and collects what it wrote. */
  public Finished runToExit(ImmutableContainerSpec.Builder spec) {
    ContainerId id = start(spec);
    int exitCode = runtime.waitForExit(id);
    CapturedLogs logs = new CapturedLogs();
    runtime.logs(id, false, logs);
    return new Finished(id, exitCode, logs);
  }

  public void awaitState(ContainerId id, ContainerState state) {
    Await.until(id.shortForm() + " is " + state, STATE_TIMEOUT, () -> runtime.inspect(id).state() == state);
  }

  /** Removes every container of this run that the engine still knows. */
  public void removeAll() {
    for (ContainerSummary container : runtime.listByLabel(RUN_LABEL, runId)) {
      try {
        runtime.remove(container.id());
      } catch (ContainerNotFoundException alreadyGone) {
        // removed by the test itself, or auto-removed by the engine meanwhile
      }
    }
  }

  /** A container that ran to its end: its exit code and its output. */
  public record Finished(ContainerId id, int exitCode, CapturedLogs logs) {
    public String stdout() {
      return logs.text(LogStream.STDOUT);
    }
  }
}
