package dev.berth.adapters.docker;

import static dev.berth.adapters.docker.RefusalMeaning.containerNotFound;
import static dev.berth.adapters.docker.RefusalMeaning.createRefused;
import static dev.berth.adapters.docker.RefusalMeaning.networkNotFound;
import static dev.berth.adapters.docker.RefusalMeaning.networkOrContainerNotFound;
import static dev.berth.adapters.docker.RefusalMeaning.portInUse;
import static dev.berth.adapters.docker.RefusalMeaning.pullFailed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.PullImageCmd;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.command.CreateContainerCmdImpl;
import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.application.port.out.LogSink;
import dev.berth.application.port.out.ProgressReporter;
import dev.berth.application.port.out.RuntimeInfo;
import dev.berth.domain.container.ContainerDetails;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerState;
import dev.berth.domain.container.ContainerSummary;
import dev.berth.domain.container.ImmutableContainerSummary;
import dev.berth.domain.error.RuntimeOperationException;
import dev.berth.domain.request.WindowsPathStyle;
import dev.berth.domain.spec.ContainerSpec;
import dev.berth.domain.spec.ImageRef;
import dev.berth.domain.spec.NetworkName;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ContainerRuntimePort} on a Docker Engine, through docker-java. */
final class DockerRuntimeAdapter implements ContainerRuntimePort {
  private static final String DEFAULT_TAG = "latest";
  /**
   * docker-java's own serialisation, kept: {@code getDefaultObjectMapper()} hands out a fresh copy
   * each call, whose empty caches made every described request cost about 0.6 ms instead of microseconds.
   */
  private static final ObjectMapper REQUEST_BODIES = DockerClientConfig.getDefaultObjectMapper();

  private final String endpoint;
  private final DockerConnection connection;
  private final DockerCalls calls;
  private final CreateRequestMapper createRequests;
  private final ContainerDetailsMapper inspections = new ContainerDetailsMapper();

  DockerRuntimeAdapter(DockerEndpoint endpoint, ConfigProxies configProxies) {
    this.endpoint = endpoint.uri();
    this.connection = new DockerConnection(endpoint);
    this.calls = new DockerCalls(endpoint.uri());
    this.createRequests = new CreateRequestMapper(configProxies);
  }

  @Override
  public RuntimeInfo ping() {
    return calls.call("ask the engine who it is",
        () -> DockerEngineIdentity.runtimeInfo(requests().versionCmd().exec(), requests().infoCmd().exec(), endpoint));
  }

  @Override
  public boolean imagePresent(ImageRef image) {
    return calls.call("inspect image " + image.value(), () -> {
      try {
        requests().inspectImageCmd(image.value()).exec();
        return true;
      } catch (NotFoundException absent) {
        return false;
      }
    });
  }

  @Override
  public void pullImage(ImageRef image, ProgressReporter progress) {
    calls.run("pull image " + image.value(),
        () -> pullCommand(image).exec(new PullProgressCallback(progress)).awaitCompletion(),
        pullFailed(image));
  }

  /** Without a tag Docker would pull every tag of the repository; {@code docker pull} means latest. */
  private PullImageCmd pullCommand(ImageRef image) {
    PullImageCmd pull = longRunning().pullImageCmd(image.value());
    String lastPart = image.value().substring(image.value().lastIndexOf('/') + 1);
    return lastPart.contains(":") || lastPart.contains("@") ? pull : pull.withTag(DEFAULT_TAG);
  }

  @Override
  public ContainerId create(ContainerSpec spec) {
    return calls.call("create container",
        () -> ContainerId.of(createRequest(spec).exec().getId()),
        createRefused(spec));
  }

  /**
   * Docker accepts a connect of a container that is not running to a network that does not
   * exist, and fails only at start; so the network is looked up first, as SAM does.
   */
  @Override
  public void connect(ContainerId container, NetworkName network) {
    String operation = "connect " + container.value() + " to network " + network.value();
    calls.run(operation,
        () -> requests().inspectNetworkCmd().withNetworkId(network.value()).exec(),
        networkNotFound(network));
    calls.run(operation,
        () -> requests().connectToNetworkCmd()
            .withContainerId(container.value())
            .withNetworkId(network.value())
            .exec(),
        networkOrContainerNotFound(container, network));
  }

  @Override
  public void start(ContainerId container) {
    calls.run("start container " + container.value(), () -> {
      try {
        requests().startContainerCmd(container.value()).exec();
      } catch (NotModifiedException alreadyRunning) {
        // starting a running container is what the caller wanted already
      }
    }, containerNotFound(container), portInUse());
  }

  @Override
  public void logs(ContainerId container, boolean follow, LogSink sink) {
    calls.run("read the logs of " + container.value(),
        () -> longRunning().logContainerCmd(container.value())
            .withStdOut(true)
            .withStdErr(true)
            .withFollowStream(follow)
            .exec(new LogSinkCallback(sink))
            .awaitCompletion(),
        containerNotFound(container));
  }

  @Override
  public int waitForExit(ContainerId container) {
    return calls.call("wait for " + container.value(),
        () -> longRunning().waitContainerCmd(container.value())
            .exec(new WaitContainerResultCallback())
            .awaitStatusCode(),
        containerNotFound(container));
  }

  @Override
  public void stop(ContainerId container, Duration timeout) {
    calls.run("stop container " + container.value(), () -> {
      try {
        longRunning().stopContainerCmd(container.value()).withTimeout((int) timeout.toSeconds()).exec();
      } catch (NotModifiedException alreadyStopped) {
        // stopping a stopped container is what the caller wanted already
      }
    }, containerNotFound(container));
  }

  @Override
  public void remove(ContainerId container) {
    calls.run("remove container " + container.value(),
        () -> requests().removeContainerCmd(container.value()).withForce(true).withRemoveVolumes(true).exec(),
        containerNotFound(container));
  }

  @Override
  public ContainerDetails inspect(ContainerId container) {
    return calls.call("inspect container " + container.value(),
        () -> inspections.details(requests().inspectContainerCmd(container.value()).exec()),
        containerNotFound(container));
  }

  @Override
  public List<ContainerSummary> listByLabel(String key, String value) {
    return calls.call("list containers labelled " + key + "=" + value,
        () -> requests().listContainersCmd()
            .withShowAll(true)
            .withLabelFilter(Map.of(key, value))
            .exec()
            .stream()
            .map(DockerRuntimeAdapter::summary)
            .toList());
  }

  private static ContainerSummary summary(Container container) {
    String[] names = container.getNames();
    return ImmutableContainerSummary.builder()
        .id(ContainerId.of(container.getId()))
        .name(names == null || names.length == 0 ? "" : names[0].replaceFirst("^/", ""))
        .image(container.getImage())
        .state(ContainerState.parse(container.getState()))
        .labels(Optional.ofNullable(container.getLabels()).orElse(Map.of()))
        .build();
  }

  @Override
  public WindowsPathStyle windowsPathStyle() {
    return WindowsPathStyle.DRIVE_ROOT;
  }

  /**
   * The body docker-java would POST to {@code /containers/create}, serialised by its own mapper.
   * The container's name is not in it: Docker takes it as the {@code ?name=} query parameter.
   */
  @Override
  public String describeCreateRequest(ContainerSpec spec) {
    return calls.call("describe the create request", () -> {
      try {
        return REQUEST_BODIES.writeValueAsString(unsentCreateRequest(spec));
      } catch (JsonProcessingException e) {
        throw new RuntimeOperationException("describe the create request", e.getMessage(), e);
      }
    });
  }

  /**
   * The same request, built without a client: a plan must not pay for the transport and its TLS
   * set-up (about 150 ms of start-up) for a command it never sends.
   */
  private CreateContainerCmd unsentCreateRequest(ContainerSpec spec) {
    CreateContainerCmd.Exec neverSent = command -> {
      throw new IllegalStateException("a described create request is not sent");
    };
    return createRequests.fill(new CreateContainerCmdImpl(neverSent, null, spec.image().value()), spec);
  }

  private CreateContainerCmd createRequest(ContainerSpec spec) {
    return createRequests.fill(requests().createContainerCmd(spec.image().value()), spec);
  }

  private DockerClient requests() {
    return connection.requests();
  }

  private DockerClient longRunning() {
    return connection.longRunning();
  }
}
