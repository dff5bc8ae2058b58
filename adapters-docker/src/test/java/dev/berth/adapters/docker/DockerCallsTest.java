package dev.berth.adapters.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.exception.BadRequestException;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.InternalServerErrorException;
import com.github.dockerjava.api.exception.NotFoundException;
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
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How engine refusals (as docker-java raises them) become the domain's errors. */
class DockerCallsTest {
  private static final String ENDPOINT = "unix:///var/run/docker.sock";
  private static final ContainerId CONTAINER = ContainerId.of("c0ffee");
  private static final ContainerSpec SPEC = ContainerSpec.builder()
      .image(ImageRef.of("localhost/app:1"))
      .name(ContainerName.of("app"))
      .workingDir(ContainerPath.of("/var/task"))
      .tty(false)
      .useConfigProxy(false)
      .build();

  private final DockerCalls calls = new DockerCalls(ENDPOINT);

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("create: missing image", RefusalMeaning.createRefused(SPEC),
            new NotFoundException("{\"message\":\"No such image: localhost/app:1\"}"), ImageNotFoundException.class),
        Arguments.of("create: taken name", RefusalMeaning.createRefused(SPEC),
            new ConflictException("{\"message\":\"Conflict. The container name \\\"/app\\\" is already in use\"}"),
            ContainerNameInUseException.class),
        Arguments.of("create: any other refusal (R13)", RefusalMeaning.createRefused(SPEC),
            new BadRequestException("{\"message\":\"Minimum memory limit allowed is 6MB\"}"),
            ContainerCreationFailedException.class),
        Arguments.of("start: port allocated by another container", RefusalMeaning.portInUse(),
            new InternalServerErrorException("{\"message\":\"driver failed: Bind for 127.0.0.1:5000 failed: "
                + "port is already allocated\"}"), PortInUseException.class),
        Arguments.of("start: port held by another process", RefusalMeaning.portInUse(),
            new InternalServerErrorException("{\"message\":\"listen tcp4 127.0.0.1:5000: bind: address already in use\"}"),
            PortInUseException.class),
        Arguments.of("any container call: 404", RefusalMeaning.containerNotFound(CONTAINER),
            new NotFoundException("{\"message\":\"No such container: c0ffee\"}"), ContainerNotFoundException.class),
        Arguments.of("connect: missing network", RefusalMeaning.networkOrContainerNotFound(CONTAINER, NetworkName.of("n")),
            new NotFoundException("{\"message\":\"network n not found\"}"), NetworkNotFoundException.class),
        Arguments.of("connect: missing container", RefusalMeaning.networkOrContainerNotFound(CONTAINER, NetworkName.of("n")),
            new NotFoundException("{\"message\":\"No such container: c0ffee\"}"), ContainerNotFoundException.class),
        Arguments.of("pull: stream error", RefusalMeaning.pullFailed(ImageRef.of("localhost/app:1")),
            new DockerClientException("Could not pull image: manifest unknown"), ImageNotFoundException.class),
        Arguments.of("start: unexpected 500", RefusalMeaning.containerNotFound(CONTAINER),
            new InternalServerErrorException("{\"message\":\"OCI runtime create failed\"}"),
            RuntimeOperationException.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusalBecomesTheDomainError(String situation, RefusalMeaning meaning, RuntimeException refusal,
      Class<? extends BerthException> expected) {
    assertThatThrownBy(() -> calls.run("operation", () -> {
      throw refusal;
    }, meaning)).isInstanceOf(expected).hasCause(refusal);
  }

  @Test
  void creationFailureCarriesTheEnginesExplanationInSamsWords() {
    assertThatThrownBy(() -> calls.run("create container", () -> {
      throw new BadRequestException("{\"message\":\"Minimum memory limit allowed is 6MB\"}");
    }, RefusalMeaning.createRefused(SPEC)))
        .hasMessage("Container creation failed: Minimum memory limit allowed is 6MB, "
            + "check template for potential issue");
  }

  @Test
  void refusedConnectionIsEngineUnreachableNamingTheEndpoint() {
    RuntimeException refused = new RuntimeException(new ConnectException("Connection refused"));

    assertThatThrownBy(() -> calls.run("start container", () -> {
      throw refused;
    }, RefusalMeaning.containerNotFound(CONTAINER)))
        .isInstanceOfSatisfying(EngineUnreachableException.class, e -> {
          assertThat(e.endpoint()).isEqualTo(ENDPOINT);
          assertThat(e).hasMessageContaining("Connection refused");
        });
  }

  @Test
  void missingSocketIsEngineUnreachable() {
    RuntimeException missing = new UncheckedIOException(new SocketException("No such file or directory"));

    assertThatThrownBy(() -> calls.run("ping", () -> {
      throw missing;
    })).isInstanceOf(EngineUnreachableException.class).hasMessageContaining("No such file or directory");
  }

  @Test
  void unexpectedFailureIsARuntimeOperationNamingTheOperation() {
    assertThatThrownBy(() -> calls.run("inspect container c0ffee", () -> {
      throw new IllegalStateException("boom");
    })).isInstanceOf(RuntimeOperationException.class).hasMessage("inspect container c0ffee failed: boom");
  }

  @Test
  void domainErrorsPassThroughUnchanged() {
    ContainerNotFoundException alreadyTranslated = new ContainerNotFoundException("c0ffee");

    assertThatThrownBy(() -> calls.run("inspect", () -> {
      throw alreadyTranslated;
    })).isSameAs(alreadyTranslated);
  }
}
