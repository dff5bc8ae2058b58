package dev.berth.adapters.podman;

import dev.berth.adapters.podman.libpod.LibpodClient;
import dev.berth.adapters.podman.libpod.LibpodException;
import dev.berth.adapters.podman.libpod.LibpodJson;
import dev.berth.adapters.podman.libpod.OutputStreamKind;
import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.application.port.out.LogSink;
import dev.berth.application.port.out.LogStream;
import dev.berth.application.port.out.ProgressReporter;
import dev.berth.application.port.out.RuntimeInfo;
import dev.berth.domain.container.ContainerDetails;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerSummary;
import dev.berth.domain.error.ImageNotFoundException;
import dev.berth.domain.request.WindowsPathStyle;
import dev.berth.domain.spec.ContainerSpec;
import dev.berth.domain.spec.ImageRef;
import dev.berth.domain.spec.NetworkName;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** {@link ContainerRuntimePort} on Podman's native libpod API. */
final class PodmanRuntime implements ContainerRuntimePort {
  /** Waiting for "stopped" returns the exit code as soon as the process has ended. */
  private static final String STOPPED = "stopped";

  private final String endpoint;
  private final LibpodClient engine;
  private final LibpodClient quick;
  private final RootlessEngine rootless;

  /**
   * @param engine for container work, without a response timeout: a followed log or a wait
   *     lasts as long as the container does
   * @param quick for questions about the engine itself, which must be answered at once
   */
  PodmanRuntime(String endpoint, LibpodClient engine, LibpodClient quick) {
    this.endpoint = endpoint;
    this.engine = engine;
    this.quick = quick;
    this.rootless = new RootlessEngine(quick);
  }

  @Override
  public RuntimeInfo ping() {
    try {
      return EngineIdentity.ask(quick, endpoint);
    } catch (LibpodException e) {
      throw PodmanErrors.onPing(e, endpoint);
    }
  }

  @Override
  public boolean imagePresent(ImageRef image) {
    try {
      return quick.imageExists(image.value());
    } catch (LibpodException e) {
      throw PodmanErrors.onEngine(e, "image check");
    }
  }

  @Override
  public void pullImage(ImageRef image, ProgressReporter progress) {
    PullProgress outcome = new PullProgress(progress);
    try {
      engine.pullImage(image.value(), outcome);
    } catch (LibpodException e) {
      throw PodmanErrors.onPull(e, image);
    }
    outcome.failure().ifPresent(error -> {
      throw new ImageNotFoundException(image.value(), error);
    });
  }

  @Override
  public ContainerId create(ContainerSpec spec) {
    try {
      return ContainerId.of(engine.createContainer(SpecGeneratorMapper.toSpecGenerator(spec, rootless::get)));
    } catch (LibpodException e) {
      throw PodmanErrors.onCreate(e, spec);
    }
  }

  @Override
  public void connect(ContainerId container, NetworkName network) {
    try {
      engine.connectNetwork(network.value(), container.value());
    } catch (LibpodException e) {
      throw PodmanErrors.onConnect(e, container, network);
    }
  }

  @Override
  public void start(ContainerId container) {
    try {
      engine.startContainer(container.value());
    } catch (LibpodException e) {
      throw PodmanErrors.onStart(e, container);
    }
  }

  @Override
  public void logs(ContainerId container, boolean follow, LogSink sink) {
    try {
      engine.containerLogs(container.value(), follow, (stream, chunk) ->
          sink.accept(stream == OutputStreamKind.STDERR ? LogStream.STDERR : LogStream.STDOUT, chunk));
    } catch (LibpodException e) {
      throw PodmanErrors.onContainer(e, "logs", container);
    }
  }

  @Override
  public int waitForExit(ContainerId container) {
    try {
      return engine.waitContainer(container.value(), STOPPED);
    } catch (LibpodException e) {
      throw PodmanErrors.onContainer(e, "wait", container);
    }
  }

  @Override
  public void stop(ContainerId container, Duration timeout) {
    try {
      engine.stopContainer(container.value(), timeout.toSeconds());
    } catch (LibpodException e) {
      throw PodmanErrors.onContainer(e, "stop", container);
    }
  }

  @Override
  public void remove(ContainerId container) {
    try {
      engine.removeContainer(container.value());
    } catch (LibpodException e) {
      throw PodmanErrors.onContainer(e, "remove", container);
    }
  }

  @Override
  public ContainerDetails inspect(ContainerId container) {
    try {
      return ContainerDetailsMapper.toDetails(engine.inspectContainer(container.value()));
    } catch (LibpodException e) {
      throw PodmanErrors.onContainer(e, "inspect", container);
    }
  }

  @Override
  public List<ContainerSummary> listByLabel(String key, String value) {
    try {
      return engine.listContainers(Map.of("label", List.of(key + "=" + value))).stream()
          .map(ContainerDetailsMapper::toSummary)
          .toList();
    } catch (LibpodException e) {
      throw PodmanErrors.onEngine(e, "list containers");
    }
  }

  /** R7: Podman machine runs in WSL, where {@code C:\} is {@code /mnt/c}. */
  @Override
  public WindowsPathStyle windowsPathStyle() {
    return WindowsPathStyle.MNT_DRIVE;
  }

  /** The create body as {@link #create} sends it to a rootful engine. */
  @Override
  public String describeCreateRequest(ContainerSpec spec) {
    return LibpodJson.write(SpecGeneratorMapper.toSpecGenerator(spec, () -> false));
  }
}
