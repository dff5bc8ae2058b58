package dev.berth.cli.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryChainTest {
  @TempDir
  Path home;

  @Test
  void looksInTheIssuesOrder() {
    FakeEnvironment environment = new FakeEnvironment(home)
        .with("CONTAINER_HOST", "tcp://podman:8080")
        .with("DOCKER_HOST", "tcp://docker:2375")
        .with("XDG_RUNTIME_DIR", "/run/user/1000");

    assertThat(DiscoveryChain.standard().candidates(environment)).extracting(Candidate::uri).containsExactly(
        "tcp://podman:8080",
        "tcp://docker:2375",
        "unix:///var/run/docker.sock",
        "unix:///run/user/1000/docker.sock",
        "unix://" + home + "/.docker/run/docker.sock",
        "unix:///run/podman/podman.sock",
        "unix:///run/user/1000/podman/podman.sock");
  }

  @Test
  void anEndpointNamedTwiceIsTriedOnceUnderItsFirstSource() {
    FakeEnvironment environment = new FakeEnvironment(home).with("DOCKER_HOST", "unix:///var/run/docker.sock");

    assertThat(DiscoveryChain.standard().candidates(environment))
        .filteredOn(candidate -> candidate.uri().equals("unix:///var/run/docker.sock"))
        .extracting(Candidate::source).containsExactly("DOCKER_HOST");
  }
}
