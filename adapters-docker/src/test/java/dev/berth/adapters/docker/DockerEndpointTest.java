package dev.berth.adapters.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.LocalDirectorySSLConfig;
import dev.berth.application.port.out.RuntimeEndpoint;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerEndpointTest {
  @TempDir Path configDir;
  @TempDir Path certDir;

  @Test
  void unixSocketIsReachedAsGivenWithoutTls() {
    DockerClientConfig config = config(RuntimeEndpoint.of("unix:///run/user/1000/docker.sock"));

    assertThat(config.getDockerHost()).isEqualTo(URI.create("unix:///run/user/1000/docker.sock"));
    assertThat(config.getSSLConfig()).isNull();
  }

  @Test
  void tcpWithoutTlsIsPlainHttp() {
    DockerClientConfig config = config(RuntimeEndpoint.of("tcp://10.0.0.5:2375"));

    assertThat(config.getDockerHost()).isEqualTo(URI.create("tcp://10.0.0.5:2375"));
    assertThat(config.getSSLConfig()).isNull();
  }

  @Test
  void tlsUsesTheEndpointsCertPath() {
    DockerClientConfig config = config(RuntimeEndpoint.builder()
        .uri("tcp://docker.example:2376")
        .tlsVerify(true)
        .certPath(certDir.toString())
        .build());

    assertThat(config.getDockerHost()).isEqualTo(URI.create("tcp://docker.example:2376"));
    assertThat(config.getSSLConfig()).isInstanceOfSatisfying(LocalDirectorySSLConfig.class,
        ssl -> assertThat(ssl.getDockerCertPath()).isEqualTo(certDir.toString()));
  }

  @Test
  void tlsWithoutCertPathUsesTheConfigDirLikeTheDockerCli() {
    DockerClientConfig config = config(RuntimeEndpoint.builder().uri("tcp://docker.example:2376").tlsVerify(true).build());

    assertThat(config.getSSLConfig()).isInstanceOfSatisfying(LocalDirectorySSLConfig.class,
        ssl -> assertThat(ssl.getDockerCertPath()).isEqualTo(configDir.toString()));
  }

  private DockerClientConfig config(RuntimeEndpoint endpoint) {
    return new DockerEndpoint(endpoint, configDir).clientConfig();
  }
}
