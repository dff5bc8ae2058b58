package dev.berth.adapters.podman;

import dev.berth.application.port.out.RuntimeEndpoint;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A Podman API service of the test's own, started with a proxy in its environment: libpod's
 * {@code httpproxy} copies the service's proxy variables, so only such a service can show it.
 * It shares the host's container store, and is ended through its own process handle.
 */
final class ProxiedPodmanService implements AutoCloseable {
  static final String PROXY = "http://proxy.berth.invalid:3128";

  private final Process service;
  private final Path socket;

  ProxiedPodmanService(Path directory) throws IOException {
    Assumptions.assumeTrue(onPath("podman"), "no podman command here to start a service of this test's own");
    socket = directory.resolve("podman.sock");
    ProcessBuilder builder = new ProcessBuilder("podman", "system", "service", "--time=0", "unix://" + socket)
        .redirectErrorStream(true)
        .redirectOutput(directory.resolve("service.log").toFile());
    builder.environment().putAll(Map.of("http_proxy", PROXY, "HTTP_PROXY", PROXY));
    service = builder.start();
  }

  RuntimeEndpoint endpoint() {
    return RuntimeEndpoint.of("unix://" + socket);
  }

  @Override
  public void close() {
    service.destroy();
    try {
      if (!service.waitFor(10, TimeUnit.SECONDS)) {
        service.destroyForcibly();
      }
    } catch (InterruptedException e) {
      service.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    return path != null && Arrays.stream(path.split(File.pathSeparator))
        .anyMatch(directory -> Files.isExecutable(Path.of(directory, command)));
  }
}
