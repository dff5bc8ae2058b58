package dev.berth.adapters.podman;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.adapters.podman.libpod.LibpodApiException;
import dev.berth.adapters.podman.libpod.LibpodClient;
import dev.berth.adapters.podman.libpod.LibpodConnectionException;
import dev.berth.adapters.podman.libpod.LibpodPath;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.ContainerCreationFailedException;
import dev.berth.domain.error.ContainerNameInUseException;
import dev.berth.domain.error.ContainerNotFoundException;
import dev.berth.domain.error.EngineUnreachableException;
import dev.berth.domain.error.ImageNotFoundException;
import dev.berth.domain.error.NetworkNotFoundException;
import dev.berth.domain.error.PortInUseException;
import dev.berth.domain.error.RuntimeOperationException;
import dev.berth.domain.spec.ContainerName;
import dev.berth.domain.spec.ContainerPath;
import dev.berth.domain.spec.ContainerSpec;
import dev.berth.domain.spec.ImageRef;
import dev.berth.domain.spec.NetworkName;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** libpod's answers as Podman 4.3.1 gives them (status, cause, message), and the error each becomes. */
class PodmanErrorsTest {
  private static final ContainerSpec SPEC = ContainerSpec.builder()
      .image(ImageRef.of("localhost/fn:1"))
      .name(ContainerName.of("fn-1"))
      .workingDir(ContainerPath.of("/var/task"))
      .tty(false)
      .useConfigProxy(false)
      .build();
  private static final ContainerId CONTAINER = ContainerId.of("fn-1");

  private static LibpodApiException refusal(int status, String cause, String message) {
    return new LibpodApiException(LibpodPath.of("containers", "create"), status, cause, message);
  }

  @ParameterizedTest(name = "{0} {1} -> {3}")
  @CsvSource(delimiter = '|', value = {
      "500|image not known|localhost/fn:1: image not known|ImageNotFoundException",
      "500|that name is already in use|the container name \"fn-1\" is already in use by 4b2f: that name is already in use|ContainerNameInUseException",
      "500|address already in use|cannot listen on the TCP port: listen tcp4 127.0.0.1:5123: bind: address already in use|PortInUseException",
      "500|no such file or directory|statfs /nonexistent: no such file or directory|ContainerCreationFailedException"})
  void createRefusalsAreTyped(int status, String cause, String message, String expected) {
    assertThat(PodmanErrors.onCreate(refusal(status, cause, message), SPEC).getClass().getSimpleName())
        .isEqualTo(expected);
  }

  @Test
  void otherCreateRefusalIsR13WithLibpodsMessage() {
    BerthException error = PodmanErrors.onCreate(
        refusal(500, "no such file or directory", "statfs /nonexistent: no such file or directory"), SPEC);

    assertThat(error).isInstanceOf(ContainerCreationFailedException.class).hasMessage(
        "Container creation failed: statfs /nonexistent: no such file or directory, check template for potential issue");
  }

  @Test
  void takenNameNamesTheSpecsName() {
    BerthException error = PodmanErrors.onCreate(refusal(500, "that name is already in use", "in use"), SPEC);

    assertThat(error).isInstanceOfSatisfying(ContainerNameInUseException.class,
        e -> assertThat(e.name()).isEqualTo("fn-1"));
  }

  @Test
  void missingImageNamesTheSpecsImage() {
    assertThat(PodmanErrors.onCreate(refusal(500, "image not known", "localhost/fn:1: image not known"), SPEC))
        .isInstanceOfSatisfying(ImageNotFoundException.class, e -> assertThat(e.image()).isEqualTo("localhost/fn:1"));
  }

  @Test
  void connectToAMissingNetworkIsNetworkNotFoundAndToAMissingContainerContainerNotFound() {
    NetworkName network = NetworkName.of("nonet");

    assertThat(PodmanErrors.onConnect(refusal(404, "network not found",
        "unable to find network with name or ID nonet: network not found"), CONTAINER, network))
        .isInstanceOf(NetworkNotFoundException.class);
    assertThat(PodmanErrors.onConnect(refusal(404, "no such container",
        "no container with name or ID \"fn-1\" found: no such container"), CONTAINER, network))
        .isInstanceOf(ContainerNotFoundException.class);
  }

  @Test
  void startOnATakenPortIsPortInUse() {
    assertThat(PodmanErrors.onStart(refusal(500, "address already in use", "bind: address already in use"), CONTAINER))
        .isInstanceOf(PortInUseException.class);
  }

  @Test
  void anyOtherRefusalIsTheOperationsFailure() {
    assertThat(PodmanErrors.onContainer(refusal(500, "", "something else"), "stop", CONTAINER))
        .isInstanceOf(RuntimeOperationException.class).hasMessage("stop failed: something else");
  }

  @Test
  void noConnectionIsUnreachableNamingTheEndpoint() {
    LibpodConnectionException lost =
        new LibpodConnectionException("unix:///nowhere.sock", new RuntimeException(new IOException("No such file or directory")));

    assertThat(PodmanErrors.onCreate(lost, SPEC)).isInstanceOfSatisfying(EngineUnreachableException.class, e -> {
      assertThat(e.endpoint()).isEqualTo("unix:///nowhere.sock");
      assertThat(e).hasMessageEndingWith("No such file or directory");
    });
  }

  @Test
  void anEndpointThatIsNotLibpodIsNoPodmanToReach() {
    LibpodApiException docker = new LibpodApiException(LibpodPath.of("_ping"), 404, LibpodClient.NOT_LIBPOD,
        "libpod's _ping answered 404");

    assertThat(PodmanErrors.onPing(docker, "unix:///var/run/docker.sock"))
        .isInstanceOfSatisfying(EngineUnreachableException.class,
            e -> assertThat(e.endpoint()).isEqualTo("unix:///var/run/docker.sock"));
  }
}
