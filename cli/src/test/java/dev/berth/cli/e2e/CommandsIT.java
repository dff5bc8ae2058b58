package dev.berth.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.application.port.out.LogStream;
import dev.berth.cli.e2e.Berth.Result;
import dev.berth.domain.container.ContainerDetails;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerState;
import dev.berth.domain.spec.MemoryLimit;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every command, as a user runs it, against each real engine; what happened is read back from the engine. */
class CommandsIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path temp;

  private final TestLabel label = TestLabel.unique();
  private final List<Engine> used = new ArrayList<>();

  @AfterEach
  void removeWhatTheTestCreated() {
    used.forEach(engine -> engine.removeLabelled(label));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void everyCreateOptionReachesTheEngine(Engine engine) throws IOException {
    Path code = Files.createDirectory(temp.resolve("code"));
    Path modules = Files.createDirectories(temp.resolve("shared/node_modules"));
    Files.createSymbolicLink(code.resolve("node_modules"), modules);
    Path vendor = Files.createDirectories(temp.resolve("shared/vendor"));
    Files.createSymbolicLink(code.resolve("vendor"), vendor);
    Path extra = Files.createDirectory(temp.resolve("extra"));
    Path envFile = Files.writeString(temp.resolve("env"), "FROM_FILE=yes\n");
    Path scratch = temp.resolve("scratch");
    int hostPort = freePort();
    int rapidPort = freePort();
    String name = "berth-it-" + label.value().substring(0, 8);

    Result created = berth(engine, "create", "--code", code.toString(), "--workdir", "/work", "--write",
        "--context", "invoke", "--mount-symlinks", "-e", "GREETING=hi", "--env-file", envFile.toString(),
        "-p", hostPort + ":80", "--rapid-port", String.valueOf(rapidPort), "--host-interface", "127.0.0.2",
        "--entrypoint", "/bin/sh", "-m", "64", "--add-host", "db.local:10.0.0.5", "-v", extra + ":/extra:ro",
        "--dns", "10.0.0.53", "--name", name, "--tmp-dir", scratch.toString(),
        Engine.TEST_IMAGE, "-c", "sleep 60");
    assertThat(created.exitCode()).as(created.toString()).isZero();
    String id = created.stdout().strip();
    assertThat(id).matches("[0-9a-f]{64}");
    assertThat(scratch).as("R12: the tmp dir is created before the engine is called").isDirectory();

    Result started = berth(engine, "start", id);
    assertThat(started.exitCode()).as(started.toString()).isZero();
    assertThat(started.stdout().strip()).isEqualTo(id);
    assertThat(started.stderr()).contains("berth: published 127.0.0.2:" + rapidPort + "->8080/tcp",
        "berth: published 127.0.0.2:" + hostPort + "->80/tcp");

    ContainerDetails details = engine.port().inspect(ContainerId.of(id));
    assertThat(details.name()).endsWith(name);
    assertThat(details.entrypoint()).containsExactly("/bin/sh");
    assertThat(details.command()).containsExactly("-c", "sleep 60");
    assertThat(details.workingDir()).isEqualTo("/work");
    assertThat(details.mounts()).extracting(mount -> mount.source().value() + ":" + mount.target().value() + ":"
        + mount.mode().option()).contains(
            code + ":/work:rw",
            modules.toRealPath() + ":/work/node_modules:ro",
            vendor.toRealPath() + ":/work/vendor:ro",
            extra + ":/extra:ro",
            scratch + ":/tmp:rw");
    assertThat(details.environment()).containsEntry("GREETING", "hi").containsEntry("FROM_FILE", "yes");
    assertThat(details.hostPortFor(8080)).hasValue(rapidPort);
    assertThat(details.hostPortFor(80)).hasValue(hostPort);
    assertThat(details.ports()).extracting(port -> port.hostInterface().value()).containsOnly("127.0.0.2");
    assertThat(details.memory()).contains(MemoryLimit.ofMegabytes(64));
    assertThat(details.extraHosts()).extracting(host -> host.asHostsEntry()).contains("db.local:10.0.0.5");
    assertThat(details.dns()).extracting(dns -> dns.value()).containsExactly("10.0.0.53");
    assertThat(details.labels()).containsEntry(label.key(), label.value()).containsEntry("dev.berth.managed", "true");

    Result inspected = berth(engine, "inspect", "--output", "json", id);
    assertThat(inspected.exitCode()).as(inspected.toString()).isZero();
    JsonNode view = JSON.readTree(inspected.stdout());
    assertThat(view.path("id").asText()).isEqualTo(id);
    assertThat(view.path("state").asText()).isEqualTo("running");
    assertThat(view.path("memoryBytes").asLong()).isEqualTo(64L * 1024 * 1024);
    assertThat(view.path("labels").path(label.key()).asText()).isEqualTo(label.value());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theHostNetworkIsSelectedAtCreateAndABuildMountsNoSymlinks(Engine engine) throws IOException {
    Path code = Files.createDirectory(temp.resolve("code"));
    Files.createSymbolicLink(code.resolve("node_modules"), Files.createDirectory(temp.resolve("node_modules")));

    Result created = berth(engine, "create", "--network", "host", "--context", "build", "--code", code.toString(),
        Engine.TEST_IMAGE, "true");

    assertThat(created.exitCode()).as(created.toString()).isZero();
    ContainerDetails details = engine.port().inspect(ContainerId.of(created.stdout().strip()));
    assertThat(details.networks()).containsExactly("host");
    assertThat(details.mounts()).extracting(mount -> mount.target().value()).containsExactly("/var/task");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aNamedNetworkIsJoined(Engine engine) throws Exception {
    String network = "berth-it-" + label.value().substring(0, 8);
    engine.cli("network", "create", network);
    try {
      Result created = berth(engine, "create", "--network", network, Engine.TEST_IMAGE, "true");

      assertThat(created.exitCode()).as(created.toString()).isZero();
      assertThat(engine.port().inspect(ContainerId.of(created.stdout().strip())).networks()).contains(network);
    } finally {
      engine.removeLabelled(label);
      engine.cli("network", "rm", network);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aContainerGoesThroughStartStopWaitLogsAndRm(Engine engine) {
    Result created = berth(engine, "create", Engine.TEST_IMAGE,
        "sh", "-c", "trap 'exit 7' TERM; echo ready; echo oops >&2; while :; do sleep 0.1; done");
    assertThat(created.exitCode()).as(created.toString()).isZero();
    String id = created.stdout().strip();

    assertThat(berth(engine, "start", id).exitCode()).isZero();
    awaitLogs(engine, id, "ready");

    Result stopped = berth(engine, "stop", "--time", "20", id);
    assertThat(stopped.exitCode()).as(stopped.toString()).isZero();
    assertThat(stopped.stdout().strip()).isEqualTo(id);

    Result waited = berth(engine, "wait", id);
    assertThat(waited.exitCode()).as(waited.toString()).isZero();
    assertThat(waited.stdout().strip()).as("the trap's exit code").isEqualTo("7");

    Result logs = berth(engine, "logs", id);
    assertThat(logs.exitCode()).as(logs.toString()).isZero();
    assertThat(logs.stdout()).isEqualTo("ready\n");
    assertThat(logs.stderr()).isEqualTo("oops\n");

    Result inspected = berth(engine, "inspect", id);
    assertThat(inspected.stdout()).contains("state: exited", "exitCode: 7");

    Result removed = berth(engine, "rm", id);
    assertThat(removed.exitCode()).as(removed.toString()).isZero();
    assertThat(engine.containersLabelled(label)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void runStreamsTheOutputAndExitsWithTheContainersCode(Engine engine) {
    Result run = berth(engine, "run", "--rm", "--runtime", engine.runtime, Engine.TEST_IMAGE,
        "sh", "-c", "echo out; echo err >&2; exit 3");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.stdout()).isEqualTo("out\n");
    assertThat(run.stderr()).contains("err\n");
    assertThat(engine.containersLabelled(label)).as("--rm removed it").isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void runRmRemovesTheContainerWhenInterrupted(Engine engine) throws Exception {
    Process run = Berth.start("run", "--rm", "--host", engine.host, "--label", label.option(),
        Engine.TEST_IMAGE, "sleep", "120");
    used.add(engine);
    await("the container to run", () -> engine.containersLabelled(label).stream()
        .anyMatch(container -> container.state() == ContainerState.RUNNING));

    new ProcessBuilder("kill", "-INT", String.valueOf(run.pid())).start().waitFor();

    assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("berth exits on Ctrl-C").isTrue();
    assertThat(engine.containersLabelled(label)).as("the shutdown hook removed it").isEmpty();
  }

  /** Runs a berth command against the engine, with the test's label on anything it creates. */
  private Result berth(Engine engine, String command, String... rest) {
    used.add(engine);
    List<String> args = new ArrayList<>(List.of(command, "--host", engine.host));
    if (List.of("create", "run", "plan").contains(command)) {
      args.add("--label");
      args.add(label.option());
    }
    args.addAll(List.of(rest));
    return Berth.run(args.toArray(String[]::new));
  }

  private static void awaitLogs(Engine engine, String id, String text) {
    await("\"" + text + "\" in the logs", () -> {
      StringBuilder out = new StringBuilder();
      engine.port().logs(ContainerId.of(id), false, (stream, chunk) -> {
        if (stream == LogStream.STDOUT) {
          out.append(new String(chunk, StandardCharsets.UTF_8));
        }
      });
      return out.toString().contains(text);
    });
  }

  static void await(String what, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting for " + what);
      }
      pause();
    }
  }

  /** Between two looks at the engine: polling, not a guess at how long something takes. */
  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
