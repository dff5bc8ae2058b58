package dev.berth.adapters.podman;

import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient.Request.Method;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import dev.berth.adapters.podman.libpod.LibpodPath;
import dev.berth.application.port.out.RuntimeEndpoint;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A network of one test, made and removed through libpod itself: berth never creates
 * networks, so its client has no such request.
 */
final class PodmanTestNetwork implements AutoCloseable {
  private final DockerHttpClient transport;
  private final String name = "berth-test-" + UUID.randomUUID().toString().substring(0, 12);

  PodmanTestNetwork(RuntimeEndpoint endpoint) {
    transport = new ZerodepDockerHttpClient.Builder().dockerHost(URI.create(endpoint.uri())).build();
    String body = "{\"name\":\"" + name + "\",\"labels\":{\"dev.berth.test.run\":\"" + name + "\"}}";
    send(Method.POST, LibpodPath.of("networks", "create"), body.getBytes(StandardCharsets.UTF_8));
  }

  String name() {
    return name;
  }

  @Override
  public void close() throws IOException {
    send(Method.DELETE, LibpodPath.of("networks", name).query("force", true), null);
    transport.close();
  }

  private void send(Method method, LibpodPath path, byte[] body) {
    DockerHttpClient.Request.Builder request = DockerHttpClient.Request.builder().method(method).path(path.value());
    if (body != null) {
      request.putHeader("Content-Type", "application/json").bodyBytes(body);
    }
    try (DockerHttpClient.Response response = transport.execute(request.build())) {
      if (response.getStatusCode() >= 300) {
        throw new IllegalStateException(method + " " + path + " answered " + response.getStatusCode() + ": "
            + new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    }
  }
}
