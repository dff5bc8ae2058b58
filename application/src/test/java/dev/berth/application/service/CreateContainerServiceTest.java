package dev.berth.application.service;

import static dev.berth.application.service.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.ContainerCreationFailedException;
import dev.berth.domain.error.EngineUnreachableException;
import dev.berth.domain.error.InvalidSpecException;
import dev.berth.domain.error.NetworkNotFoundException;
import dev.berth.domain.error.RuntimeOperationException;
import dev.berth.domain.request.CodeDirKind;
import dev.berth.domain.spec.HostPath;
import dev.berth.domain.spec.NetworkName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CreateContainerServiceTest {
  private final RecordingRuntime runtime = new RecordingRuntime();
  private final RecordingHost host = new RecordingHost();
  private final List<String> progress = new ArrayList<>();
  private final CreateContainerService service = new CreateContainerService(runtime, host, progress::add);

  @Test
  void createsTheResolvedSpecAndReturnsTheEnginesId() {
    ContainerId id = service.create(request().build());

    assertThat(id).isEqualTo(ContainerId.of("c1"));
    assertThat(runtime.calls).containsExactly("imagePresent localhost/fn:latest", "create");
    assertThat(runtime.created.get(0).mounts().get(0).source()).isEqualTo(HostPath.of("/home/dev/fn"));
  }

  @Test
  void aNamedNetworkIsConnectedAfterCreate() {
    service.create(request().network(NetworkName.of("fn-net")).build());
    assertThat(runtime.calls).containsExactly("imagePresent localhost/fn:latest", "create", "connect c1 fn-net");
  }

  @Test
  void hostNetworkSkipsTheConnect() {
    service.create(request().network(NetworkName.of("host")).build());
    assertThat(runtime.calls).containsExactly("imagePresent localhost/fn:latest", "create");
    assertThat(runtime.created.get(0).usesHostNetwork()).isTrue();
  }

  static Stream<Supplier<RuntimeException>> connectFailures() {
    return Stream.of(
        () -> new NetworkNotFoundException("fn-net"),
        () -> new RuntimeOperationException("connect", "endpoint with name fn already exists in network fn-net"),
        () -> new EngineUnreachableException("unix:///var/run/docker.sock", "connection reset"),
        () -> new IllegalStateException("anything at all"));
  }

  @ParameterizedTest
  @MethodSource("connectFailures")
  void anyConnectFailureRemovesTheContainerAndRaisesTheFailure(Supplier<RuntimeException> failure) {
    runtime.failOn("connect", failure);
    Class<?> expected = failure.get().getClass();

    assertThatThrownBy(() -> service.create(request().network(NetworkName.of("fn-net")).build()))
        .isInstanceOf(expected);
    assertThat(runtime.calls).endsWith("connect c1 fn-net", "remove c1");
    assertThat(runtime.containers).isEmpty();
  }

  @Test
  void aFailedRemovalAfterAFailedConnectIsReportedBesideTheConnectFailure() {
    runtime.failOn("connect", () -> new NetworkNotFoundException("fn-net"))
        .failOn("remove", () -> new RuntimeOperationException("remove", "engine busy"));

    assertThatThrownBy(() -> service.create(request().network(NetworkName.of("fn-net")).build()))
        .isInstanceOf(NetworkNotFoundException.class)
        .satisfies(error -> assertThat(error.getSuppressed()).singleElement()
            .isInstanceOf(RuntimeOperationException.class));
  }

  @Test
  void anEngineRefusalIsR13sErrorAndCreatesNothing() {
    runtime.failOn("create", () -> new ContainerCreationFailedException("invalid mount config"));
    assertThatThrownBy(() -> service.create(request().build()))
        .isInstanceOf(ContainerCreationFailedException.class)
        .hasMessage("Container creation failed: invalid mount config, check template for potential issue");
    assertThat(runtime.containers).isEmpty();
  }

  @Test
  void tmpDirIsCreatedOnlyWithWrite() {
    service.create(request().tmpDir(HostPath.of("/home/dev/.tmp")).build());
    assertThat(host.createdDirectories).isEmpty();

    service.create(request().mountWithWrite(true).tmpDir(HostPath.of("/home/dev/.tmp")).build());
    assertThat(host.createdDirectories).containsExactly(HostPath.of("/home/dev/.tmp"));
  }

  @Test
  void tmpDirErrorsAbortBeforeTheEngineIsCalled() {
    host.createFailure = () -> new InvalidSpecException("tmp-dir", "/home/dev/.tmp", "permission denied");

    assertThatThrownBy(() -> service.create(request().mountWithWrite(true).tmpDir(HostPath.of("/home/dev/.tmp"))
        .build())).isInstanceOf(InvalidSpecException.class).hasMessageContaining("tmp-dir");
    assertThat(runtime.calls).isEmpty();
  }

  @Test
  void anExistingTmpDirIsFine() {
    host.createdDirectories.add(HostPath.of("/home/dev/.tmp"));
    ContainerId id = service.create(request().mountWithWrite(true).tmpDir(HostPath.of("/home/dev/.tmp")).build());
    assertThat(id).isEqualTo(ContainerId.of("c1"));
  }

  @Test
  void anInvalidRequestCallsNoEngine() {
    host.codeDir = CodeDirKind.MISSING;
    assertThatThrownBy(() -> service.create(request().build()))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("invalid code \"/home/dev/fn\": no such directory");
    assertThat(runtime.calls).isEmpty();
  }

  @Test
  void anAbsentImageIsPulledWithProgressFirst() {
    runtime.imagePresent = false;
    service.create(request().build());
    assertThat(runtime.calls).containsExactly("imagePresent localhost/fn:latest", "pull localhost/fn:latest", "create");
    assertThat(progress).containsExactly("pulling image localhost/fn:latest", "pulled localhost/fn:latest");
  }
}
