package dev.berth.adapters.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DockerClientConfig;
import dev.berth.application.port.out.RuntimeInfo;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Versions recorded from the real Docker 20.10 and Podman 4.3.1 of this project's test machine. */
class DockerEngineIdentityTest {
  @Test
  void dockerIsNotPodman() throws IOException {
    assertThat(DockerEngineIdentity.isPodman(version("version-docker.json"))).isFalse();
  }

  @Test
  void podmanIsRecognisedByItsEngineComponent() throws IOException {
    assertThat(DockerEngineIdentity.isPodman(version("version-podman.json"))).isTrue();
  }

  @Test
  void runtimeInfoNamesDockerWithEngineAndApiVersions() throws IOException {
    RuntimeInfo info = DockerEngineIdentity.runtimeInfo(version("version-docker.json"),
        info("{\"SecurityOptions\": [\"name=seccomp,profile=default\"]}"), "unix:///var/run/docker.sock");

    assertThat(info.runtime()).isEqualTo("docker");
    assertThat(info.endpoint()).isEqualTo("unix:///var/run/docker.sock");
    assertThat(info.engineVersion()).isEqualTo("20.10.24+dfsg1");
    assertThat(info.apiVersion()).isEqualTo("1.41");
    assertThat(info.rootless()).isFalse();
  }

  @Test
  void rootlessDockerdSaysSoInItsSecurityOptions() throws IOException {
    RuntimeInfo info = DockerEngineIdentity.runtimeInfo(version("version-docker.json"),
        info("{\"SecurityOptions\": [\"name=seccomp,profile=default\", \"name=rootless\"]}"), "unix:///run/user/1000/docker.sock");

    assertThat(info.rootless()).isTrue();
  }

  private Version version(String resource) throws IOException {
    try (InputStream json = getClass().getResourceAsStream(resource)) {
      return DockerClientConfig.getDefaultObjectMapper().readValue(json, Version.class);
    }
  }

  private static Info info(String json) throws IOException {
    return DockerClientConfig.getDefaultObjectMapper().readValue(json, Info.class);
  }
}
