package dev.berth.cli.discovery;

import dev.berth.application.port.out.ContainerRuntimeFactory;
import dev.berth.application.port.out.RuntimeEndpoint;
import dev.berth.domain.error.EngineUnreachableException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A {@code podman system service} berth starts on a private socket when podman is installed but no
 * engine answers, for the length of one command. It is stopped by its own PID, never by name.
 */
public final class TransientPodmanService implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
  private static final long POLL_MILLIS = 50;

  private final Process process;
  private final Path directory;
  private final RuntimeEndpoint endpoint;
  private final PrintStream stderr;

  private TransientPodmanService(Process process, Path directory, RuntimeEndpoint endpoint, PrintStream stderr) {
    this.process = process;
    this.directory = directory;
    this.endpoint = endpoint;
    this.stderr = stderr;
  }

  /** Starts the service and returns once {@code podman} (the runtime) answers on its socket. */
  public static TransientPodmanService start(Path executable, ContainerRuntimeFactory podman, PrintStream stderr) {
    Path directory;
    Process process;
    try {
      directory = Files.createTempDirectory("berth-podman-");
      Path socket = directory.resolve("podman.sock");
      process = new ProcessBuilder(executable.toString(), "system", "service", "--time=0", "unix://" + socket)
          .redirectErrorStream(true)
          .redirectOutput(directory.resolve("service.log").toFile())
          .start();
    } catch (IOException e) {
      throw new EngineUnreachableException("a transient Podman service", "could not start " + executable, e);
    }
    RuntimeEndpoint endpoint = RuntimeEndpoint.of("unix://" + directory.resolve("podman.sock"));
    TransientPodmanService service = new TransientPodmanService(process, directory, endpoint, stderr);
    stderr.println("berth: no suitable engine answered; started a transient Podman service (pid " + process.pid()
        + ") on " + endpoint.uri() + " for this command");
    service.awaitAnswer(podman);
    return service;
  }

  public RuntimeEndpoint endpoint() {
    return endpoint;
  }

  private void awaitAnswer(ContainerRuntimeFactory podman) {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (podman.probe(endpoint).isEmpty()) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        String log = logTail();
        close();
        throw new EngineUnreachableException(endpoint.uri(),
            "the transient Podman service did not answer" + (log.isEmpty() ? "" : ": " + log));
      }
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineUnreachableException("a transient Podman service", "interrupted while it started");
    }
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(directory.resolve("service.log"));
      return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    deleteDirectory();
    stderr.println("berth: stopped the transient Podman service (pid " + process.pid() + ")");
  }

  private void deleteDirectory() {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      stderr.println("berth: could not remove " + directory + ": " + e.getMessage());
    }
  }
}
