package dev.berth.cli.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.application.port.out.RuntimeEndpoint;
import dev.berth.domain.error.EngineUnreachableException;
import dev.berth.domain.error.InvalidSpecException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeDiscoveryTest {
  @TempDir
  Path temp;

  private String dockerSocket;
  private String podmanSocket;
  private FakeRuntime docker;
  private FakeRuntime podman;
  private FakeEnvironment environment;

  @BeforeEach
  void twoEnginesWithTheirSockets() throws IOException {
    dockerSocket = "unix://" + Files.createFile(temp.resolve("docker.sock"));
    podmanSocket = "unix://" + Files.createFile(temp.resolve("podman.sock"));
    docker = new FakeRuntime("docker").answersAt(dockerSocket);
    podman = new FakeRuntime("podman").answersAt(podmanSocket);
    environment = new FakeEnvironment(temp);
  }

  @Test
  void autoTakesTheFirstCandidateThatAnswersAndTheEngineSaysWhatItIs() {
    RuntimeDiscovery discovery = discovery(podmanSocket, dockerSocket);

    EngineSelection selection = discovery.select(Optional.empty(), Optional.empty());

    assertThat(selection.runtime().name()).isEqualTo("podman");
    assertThat(selection.endpoint().uri()).isEqualTo(podmanSocket);
  }

  @Test
  void aChosenRuntimeSkipsEnginesOfAnotherKind() {
    EngineSelection selection = discovery(podmanSocket, dockerSocket).select(Optional.of("docker"), Optional.empty());

    assertThat(selection.endpoint().uri()).isEqualTo(dockerSocket);
    assertThat(podman.probed).isEmpty();
  }

  @Test
  void berthRuntimeIsTheDefaultChoice() {
    environment.with("BERTH_RUNTIME", "docker");

    assertThat(discovery(podmanSocket, dockerSocket).select(Optional.empty(), Optional.empty()).runtime().name())
        .isEqualTo("docker");
  }

  @Test
  void anUnknownRuntimeIsAnInvalidRuntime() {
    assertThatThrownBy(() -> discovery(dockerSocket).select(Optional.of("containerd"), Optional.empty()))
        .isInstanceOfSatisfying(InvalidSpecException.class, e -> {
          assertThat(e.field()).isEqualTo("runtime");
          assertThat(e.reason()).isEqualTo("expected auto, docker or podman");
        });
  }

  @Test
  void anUnknownBerthRuntimeIsReportedUnderTheVariablesName() {
    environment.with("BERTH_RUNTIME", "containerd");

    assertThatThrownBy(() -> discovery(dockerSocket).select(Optional.empty(), Optional.empty()))
        .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.field()).isEqualTo("BERTH_RUNTIME"));
  }

  @Test
  void aNamedRuntimeAtANamedHostIsTakenWithoutProbing() {
    EngineSelection selection = discovery().select(Optional.of("podman"), Optional.of("tcp://10.0.0.9:8080"));

    assertThat(selection.runtime().name()).isEqualTo("podman");
    assertThat(selection.endpoint().uri()).isEqualTo("tcp://10.0.0.9:8080");
    assertThat(podman.probed).isEmpty();
  }

  @Test
  void theHostFlagIsTheOnlyCandidateWhenGiven() {
    assertThat(discovery(dockerSocket).select(Optional.empty(), Optional.of(podmanSocket)).runtime().name())
        .isEqualTo("podman");
  }

  @Test
  void whenNothingAnswersTheErrorListsEveryEndpointTried() {
    String missing = "unix://" + temp.resolve("missing.sock");
    String silent = "unix://" + temp.resolve("silent.sock");
    touch(temp.resolve("silent.sock"));

    assertThatThrownBy(() -> discovery(missing, silent).select(Optional.empty(), Optional.empty()))
        .isInstanceOf(EngineUnreachableException.class)
        .hasMessageContaining(missing + " (test): no socket file")
        .hasMessageContaining(silent + " (test): no docker or podman engine answers");
  }

  @Test
  void whenNothingAnswersAndPodmanIsInstalledATransientServiceIsStartedAndStoppedAgain() throws IOException {
    Path bin = Files.createDirectory(temp.resolve("bin"));
    Path podmanProgram = Files.writeString(bin.resolve("podman"), "#!/bin/sh\nexec sleep 60\n");
    assertThat(podmanProgram.toFile().setExecutable(true)).isTrue();
    environment.with("PATH", bin.toString());
    podman.answersWhere(uri -> uri.contains("/berth-podman-"));
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    EngineSelection selection = discovery(stderr, "unix://" + temp.resolve("missing.sock"))
        .select(Optional.empty(), Optional.empty());
    Path socketDir = Path.of(selection.endpoint().uri().substring("unix://".length())).getParent();
    selection.release().run();

    assertThat(selection.runtime().name()).isEqualTo("podman");
    assertThat(stderr.toString()).contains("started a transient Podman service", "stopped the transient Podman service");
    assertThat(socketDir).doesNotExist();
  }

  @Test
  void noTransientServiceWhenPodmanIsNotAllowed() throws IOException {
    Path bin = Files.createDirectory(temp.resolve("bin"));
    assertThat(Files.createFile(bin.resolve("podman")).toFile().setExecutable(true)).isTrue();
    environment.with("PATH", bin.toString());

    assertThatThrownBy(() -> discovery("unix://" + temp.resolve("missing.sock")).select(Optional.of("docker"),
        Optional.empty())).isInstanceOf(EngineUnreachableException.class);
  }

  @Test
  void aMissingSocketFileIsNeverProbed() {
    String missing = "unix://" + temp.resolve("missing.sock");

    discovery(missing, dockerSocket).select(Optional.empty(), Optional.empty());

    assertThat(docker.probed).containsExactly(dockerSocket);
  }

  @Test
  void planWithAutoShowsEveryRuntimeWithoutProbing() {
    List<EngineSelection> targets = discovery(dockerSocket).planTargets(Optional.empty(), Optional.empty());

    assertThat(targets).extracting(target -> target.runtime().name()).containsExactly("docker", "podman");
    assertThat(docker.probed).isEmpty();
    assertThat(podman.probed).isEmpty();
  }

  @Test
  void planWithAutoAndAHostAsksThatEngineWhatItIs() {
    assertThat(discovery().planTargets(Optional.empty(), Optional.of(podmanSocket)))
        .extracting(target -> target.runtime().name()).containsExactly("podman");
  }

  @Test
  void theSurveyProbesEveryCandidateWithEveryRuntime() {
    List<ProbeOutcome> outcomes = discovery(dockerSocket, podmanSocket).survey(Optional.empty(), Optional.empty());

    assertThat(outcomes).extracting(outcome -> outcome.answer().map(answer -> answer.info().runtime()).orElse("-"))
        .containsExactly("docker", "podman");
  }

  @Test
  void theSurveyOfOneRuntimeSaysWhichKindDidNotAnswer() {
    List<ProbeOutcome> outcomes = discovery(dockerSocket, podmanSocket).survey(Optional.of("docker"), Optional.empty());

    assertThat(outcomes).extracting(ProbeOutcome::status).containsExactly("answers", "no docker engine answers");
  }

  @Test
  void oneUnreachableEndpointIsNamedWithWhatWentWrong() {
    String missing = "unix://" + temp.resolve("missing.sock");

    assertThatThrownBy(() -> discovery().select(Optional.empty(), Optional.of(missing)))
        .isInstanceOf(EngineUnreachableException.class)
        .hasMessage("container engine unreachable at " + missing + ": no socket file");
  }

  /** Discovery over the given sockets only; no transient service starts unless the test puts podman on PATH. */
  private RuntimeDiscovery discovery(String... sockets) {
    return discovery(new ByteArrayOutputStream(), sockets);
  }

  private RuntimeDiscovery discovery(ByteArrayOutputStream stderr, String... sockets) {
    List<EndpointStrategy> strategies = Arrays.stream(sockets)
        .map(uri -> (EndpointStrategy) env -> Optional.of(new Candidate("test", RuntimeEndpoint.of(uri))))
        .toList();
    return new RuntimeDiscovery(Map.of("docker", docker, "podman", podman), new DiscoveryChain(strategies),
        new EndpointProber(), environment, new PodmanExecutable(environment),
        new PrintStream(stderr, true));
  }

  private static void touch(Path file) {
    try {
      Files.createFile(file);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
