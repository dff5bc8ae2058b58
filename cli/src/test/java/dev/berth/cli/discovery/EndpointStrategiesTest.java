package dev.berth.cli.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.domain.error.InvalidSpecException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndpointStrategiesTest {
  @TempDir
  Path home;

  @Test
  void containerHostIsReadWhenSetAndSkippedWhenNot() {
    FakeEnvironment environment = new FakeEnvironment(home).with("CONTAINER_HOST", "unix:///run/user/1000/podman.sock");

    assertThat(HostVariableStrategy.containerHost().candidate(environment)).hasValueSatisfying(candidate -> {
      assertThat(candidate.source()).isEqualTo("CONTAINER_HOST");
      assertThat(candidate.uri()).isEqualTo("unix:///run/user/1000/podman.sock");
    });
    assertThat(HostVariableStrategy.containerHost().candidate(new FakeEnvironment(home))).isEmpty();
  }

  @Test
  void dockerHostCarriesDockersTlsSettings() {
    FakeEnvironment environment = new FakeEnvironment(home).with("DOCKER_HOST", "tcp://10.0.0.2:2376")
        .with("DOCKER_TLS_VERIFY", "1").with("DOCKER_CERT_PATH", "/certs");

    assertThat(HostVariableStrategy.dockerHost().candidate(environment)).hasValueSatisfying(candidate -> {
      assertThat(candidate.endpoint().tlsVerify()).isTrue();
      assertThat(candidate.endpoint().certPath()).contains("/certs");
    });
  }

  @Test
  void aMalformedHostVariableIsReportedUnderTheVariablesName() {
    FakeEnvironment environment = new FakeEnvironment(home).with("DOCKER_HOST", "localhost:2375");

    assertThatThrownBy(() -> HostVariableStrategy.dockerHost().candidate(environment))
        .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.field()).isEqualTo("DOCKER_HOST"));
  }

  @Test
  void socketsLiveAtFixedPathsOrBelowTheRuntimeAndHomeDirectories() {
    FakeEnvironment environment = new FakeEnvironment(home).with("XDG_RUNTIME_DIR", "/run/user/1000");

    assertThat(SocketPathStrategy.at("/var/run/docker.sock").candidate(environment))
        .hasValueSatisfying(candidate -> assertThat(candidate.uri()).isEqualTo("unix:///var/run/docker.sock"));
    assertThat(SocketPathStrategy.underRuntimeDir("podman/podman.sock").candidate(environment))
        .hasValueSatisfying(candidate -> assertThat(candidate.uri()).isEqualTo("unix:///run/user/1000/podman/podman.sock"));
    assertThat(SocketPathStrategy.underHome(".docker/run/docker.sock").candidate(environment))
        .hasValueSatisfying(candidate -> assertThat(candidate.uri()).isEqualTo("unix://" + home + "/.docker/run/docker.sock"));
  }

  @Test
  void withoutXdgRuntimeDirThereIsNoRuntimeDirSocket() {
    assertThat(SocketPathStrategy.underRuntimeDir("docker.sock").candidate(new FakeEnvironment(home))).isEmpty();
  }

  @Test
  void theCurrentDockerContextNamesItsEndpoint() throws IOException {
    Path docker = Files.createDirectories(home.resolve(".docker"));
    Files.writeString(docker.resolve("config.json"), "{\"currentContext\": \"colima\"}");
    Path meta = Files.createDirectories(docker.resolve("contexts/meta/" + sha256("colima")));
    Files.writeString(meta.resolve("meta.json"),
        "{\"Name\":\"colima\",\"Endpoints\":{\"docker\":{\"Host\":\"unix:///home/me/.colima/docker.sock\"}}}");

    assertThat(new DockerContextStrategy().candidate(new FakeEnvironment(home))).hasValueSatisfying(candidate -> {
      assertThat(candidate.source()).isEqualTo("docker context colima");
      assertThat(candidate.uri()).isEqualTo("unix:///home/me/.colima/docker.sock");
    });
  }

  @Test
  void theDefaultDockerContextOrNoConfigAddsNothing() throws IOException {
    assertThat(new DockerContextStrategy().candidate(new FakeEnvironment(home))).isEmpty();
    assertThat(new DockerContextStrategy().candidate(new FakeEnvironment(home).with("DOCKER_CONTEXT", "default")))
        .isEmpty();
  }

  @Test
  void podmanIsFoundOnPath() throws IOException {
    Path bin = Files.createDirectories(home.resolve("bin"));
    Path podman = Files.createFile(bin.resolve("podman"));
    assertThat(podman.toFile().setExecutable(true)).isTrue();

    assertThat(new PodmanExecutable(new FakeEnvironment(home).with("PATH", "/nonexistent:" + bin)).find())
        .contains(podman);
    assertThat(new PodmanExecutable(new FakeEnvironment(home).with("PATH", "/nonexistent")).find()).isEmpty();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
