package dev.berth.cli.bench;

import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.request.ExposedPort;
import dev.berth.domain.request.ImmutableCreationRequest;
import dev.berth.domain.request.ImmutableExposedPort;
import dev.berth.domain.spec.ContainerName;
import dev.berth.domain.spec.ExtraHost;
import dev.berth.domain.spec.HostPath;
import dev.berth.domain.spec.ImageRef;
import dev.berth.domain.spec.IpAddress;
import dev.berth.domain.spec.MemoryLimit;
import dev.berth.domain.spec.Mount;
import dev.berth.domain.spec.MountMode;
import dev.berth.domain.spec.Protocol;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * One realistic create, laid out on disk: a code dir with a file and two top-level symlinks (so
 * R2 has links to resolve), a scratch dir, two volumes, and an empty Docker config dir (so no
 * proxies from the user's own config reach the request). Every path exists, so both engines
 * accept the mounts.
 */
final class CreateScenario implements AutoCloseable {
  static final String RUN_LABEL = "dev.berth.bench.run";
  static final String TEST_IMAGE = "localhost/berth-test:busybox";

  private final Path root;

  private CreateScenario(Path root) {
    this.root = root;
  }

  static CreateScenario onDisk() {
    try {
      Path root = Files.createTempDirectory("berth-bench");
      for (String dir : List.of("code", "deps/node_modules", "shared-lib", "tmp", "data", "cache", "docker-config")) {
        Files.createDirectories(root.resolve(dir));
      }
      Files.writeString(root.resolve("code/handler.js"), "exports.handler = async () => 'ok';\n");
      Files.createSymbolicLink(root.resolve("code/node_modules"), root.resolve("deps/node_modules"));
      Files.createSymbolicLink(root.resolve("code/shared"), root.resolve("shared-lib"));
      return new CreateScenario(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path dockerConfigDir() {
    return root.resolve("docker-config");
  }

  /** Every kind of setting a user gives, with fixed host ports and a name, as {@code berth create} would get them. */
  CreationRequest fullRequest() {
    return base()
        .name(ContainerName.of("berth-bench"))
        .rapidHostPort(3001)
        .addExposedPort(ExposedPort.of(9001, 9001))
        .addExposedPort(ImmutableExposedPort.builder().containerPort(9002).hostPort(9002).protocol(Protocol.UDP).build())
        .addExposedPort(ExposedPort.of(9229, 9229))
        .build();
  }

  /**
   * The same request for a real engine: no name and only engine-assigned host ports, so creates
   * never collide, and this run's label, so its tear-down finds whatever is left.
   */
  CreationRequest engineRequest(String runId) {
    return base()
        .name(Optional.empty())
        .rapidHostPort(OptionalInt.empty())
        .addExposedPort(assignedPort(9001, Protocol.TCP))
        .addExposedPort(assignedPort(9002, Protocol.UDP))
        .addExposedPort(assignedPort(9229, Protocol.TCP))
        .putLabel(RUN_LABEL, runId)
        .build();
  }

  private static ExposedPort assignedPort(int containerPort, Protocol protocol) {
    return ImmutableExposedPort.builder().containerPort(containerPort).protocol(protocol).build();
  }

  private ImmutableCreationRequest.Builder base() {
    return CreationRequest.builder()
        .image(ImageRef.of(TEST_IMAGE))
        .addCommand("handler.handler")
        .codeDir(HostPath.of(root.resolve("code").toString()))
        .mountWithWrite(true)
        .mountSymlinks(true)
        .tmpDir(HostPath.of(root.resolve("tmp").toString()))
        .putEnvironment("AWS_REGION", "eu-west-1")
        .putEnvironment("AWS_LAMBDA_FUNCTION_NAME", "bench-function")
        .putEnvironment("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128")
        .putEnvironment("LOG_LEVEL", "debug")
        .putEnvironment("TABLE_NAME", "bench-table")
        .memory(MemoryLimit.ofMegabytes(128))
        .addExtraHost(ExtraHost.of("db.local", IpAddress.of("10.20.30.40")))
        .addExtraHost(ExtraHost.of("cache.local", IpAddress.of("10.20.30.41")))
        .addDns(IpAddress.of("10.20.30.53"))
        .putLabel("app", "bench")
        .putLabel("team", "berth")
        .addAdditionalVolume(Mount.of(root.resolve("data").toString(), "/data", MountMode.READ_WRITE))
        .addAdditionalVolume(Mount.of(root.resolve("cache").toString(), "/cache", MountMode.READ_ONLY));
  }

  /** Deletes the tree; the symlinks themselves, never what they point to (walk does not follow links). */
  @Override
  public void close() {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
