package dev.berth.application.port.out;

import dev.berth.domain.container.ContainerDetails;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerSummary;
import dev.berth.domain.request.WindowsPathStyle;
import dev.berth.domain.spec.ContainerSpec;
import dev.berth.domain.spec.ImageRef;
import dev.berth.domain.spec.NetworkName;
import java.time.Duration;
import java.util.List;

/**
 * One container engine, as berth needs it. Adapters translate a finished {@link ContainerSpec}
 * and never decide policy. Every failure surfaces as a {@link dev.berth.domain.error.BerthException}:
 * no engine or client type leaves an adapter.
 *
 * <p>Obtaining a port does no I/O; the first call that needs the engine connects.
 */
public interface ContainerRuntimePort {
  /** Asks the engine who it is. Fails quickly with {@code EngineUnreachableException} naming the endpoint. */
  RuntimeInfo ping();

  boolean imagePresent(ImageRef image);

  /** Pulls the image, reporting progress as it comes; {@code ImageNotFoundException} when it cannot. */
  void pullImage(ImageRef image, ProgressReporter progress);

  /**
   * Creates the container (not started) with every setting of the spec, including the
   * {@code host} network mode. A refused request is R13's {@code ContainerCreationFailedException};
   * a missing image is {@code ImageNotFoundException}; a taken name is {@code ContainerNameInUseException}.
   */
  ContainerId create(ContainerSpec spec);

  /** R14: attaches the container to a network; {@code NetworkNotFoundException} when it does not exist. */
  void connect(ContainerId container, NetworkName network);

  /** Starts the container; a taken host port is {@code PortInUseException}. */
  void start(ContainerId container);

  /**
   * Streams the container's output to {@code sink} as it comes, stdout and stderr apart.
   * With {@code follow} it returns when the container stops; otherwise when the output so far is sent.
   */
  void logs(ContainerId container, boolean follow, LogSink sink);

  /** Blocks until the container exits and returns its exit code. */
  int waitForExit(ContainerId container);

  void stop(ContainerId container, Duration timeout);

  /** Removes the container at once, running or not, with its anonymous volumes. */
  void remove(ContainerId container);

  ContainerDetails inspect(ContainerId container);

  /** The containers carrying the label {@code key=value}, asked of the engine. */
  List<ContainerSummary> listByLabel(String key, String value);

  /** R7: the host path form this runtime expects when it runs on Windows. */
  WindowsPathStyle windowsPathStyle();

  /** The exact create request body this runtime would send for the spec; touches no engine. */
  String describeCreateRequest(ContainerSpec spec);
}
