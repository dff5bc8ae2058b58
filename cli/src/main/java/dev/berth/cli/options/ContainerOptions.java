package dev.berth.cli.options;

import dev.berth.domain.error.InvalidSpecException;
import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.request.ExposedPort;
import dev.berth.domain.request.ImmutableCreationRequest;
import dev.berth.domain.spec.ContainerContext;
import dev.berth.domain.spec.ContainerName;
import dev.berth.domain.spec.ContainerPath;
import dev.berth.domain.spec.EnvironmentNames;
import dev.berth.domain.spec.ExtraHost;
import dev.berth.domain.spec.HostPath;
import dev.berth.domain.spec.ImageRef;
import dev.berth.domain.spec.IpAddress;
import dev.berth.domain.spec.MemoryLimit;
import dev.berth.domain.spec.Mount;
import dev.berth.domain.spec.NetworkName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code create}, {@code run} and {@code plan} take: {@code IMAGE [--] [COMMAND...]} and the
 * options of issue 5. Each value is parsed by the domain, so a bad one is refused with the domain's
 * reason before any engine is called.
 */
public final class ContainerOptions {
  @Parameters(index = "0", paramLabel = "IMAGE", description = "The image to create the container from.")
  private String image;

  @Parameters(index = "1..*", paramLabel = "COMMAND",
      description = "The command and its arguments (default: the image's). Options after IMAGE belong to COMMAND.")
  private List<String> command = new ArrayList<>();

  @Option(names = "--code", paramLabel = "DIR", description = "Host directory with the function's code, "
      + "mounted at the working dir, read-only unless --write (R1).")
  private String code;

  @Option(names = "--workdir", paramLabel = "PATH", defaultValue = CreationRequest.DEFAULT_WORKING_DIR,
      description = "Working dir inside the container (default: ${DEFAULT-VALUE}).")
  private String workdir;

  @Option(names = "--write", description = "Mount the code read-write and run as your uid:gid, "
      + "so files written there are yours (R1, R4).")
  private boolean write;

  @Option(names = "--context", paramLabel = "CONTEXT", defaultValue = "invoke",
      description = "invoke (default) or build; node_modules symlinks are mounted except when building (R2).")
  private String context;

  @Option(names = "--mount-symlinks", description = "Mount every top-level symlink of the code dir at its "
      + "real path, not just node_modules (R2).")
  private boolean mountSymlinks;

  @Option(names = {"-e", "--env"}, paramLabel = "KEY=VALUE", description = "Environment variable; repeatable.")
  private List<String> env = new ArrayList<>();

  @Option(names = "--env-file", paramLabel = "FILE", description = "File of KEY=VALUE lines (# comments); "
      + "repeatable; -e wins over it.")
  private List<Path> envFiles = new ArrayList<>();

  @Option(names = {"-p", "--port"}, paramLabel = "[HOST:]CONTAINER[/PROTO]", description = "Publish a container "
      + "port on the host interface, Docker's order (host first); without HOST the engine picks one; repeatable (R10).")
  private List<String> ports = new ArrayList<>();

  @Option(names = "--rapid-port", paramLabel = "PORT", description = "Host port for container port 8080 (R9); "
      + "without it the engine picks a free one.")
  private Integer rapidPort;

  @Option(names = "--host-interface", paramLabel = "IP", defaultValue = CreationRequest.DEFAULT_HOST_INTERFACE,
      description = "Host address the ports are published on (default: ${DEFAULT-VALUE}).")
  private String hostInterface;

  @Option(names = "--entrypoint", paramLabel = "CMD", description = "Replace the image's entrypoint.")
  private String entrypoint;

  @Option(names = {"-m", "--memory"}, paramLabel = "MB", description = "Memory limit in megabytes (R11).")
  private Long memoryMegabytes;

  @Option(names = "--add-host", paramLabel = "NAME:IP", description = "Add a line to /etc/hosts; repeatable.")
  private List<String> extraHosts = new ArrayList<>();

  @Option(names = "--network", paramLabel = "NAME", description = "Network to join after create; "
      + "host selects the host's network (R14).")
  private String network;

  @Option(names = {"-v", "--volume"}, paramLabel = "HOST:CONTAINER[:ro|rw]",
      description = "Additional bind mount (read-write unless :ro); repeatable (R6).")
  private List<String> volumes = new ArrayList<>();

  @Option(names = "--dns", paramLabel = "IP", description = "DNS server; repeatable.")
  private List<String> dns = new ArrayList<>();

  @Option(names = "--label", paramLabel = "KEY=VALUE", description = "Container label; repeatable. "
      + "berth adds dev.berth.managed=true to every container.")
  private List<String> labels = new ArrayList<>();

  @Option(names = "--name", paramLabel = "NAME", description = "Container name (default: the engine's).")
  private String name;

  @Option(names = "--tmp-dir", paramLabel = "DIR", description = "Host scratch dir, created (if missing) "
      + "and mounted at /tmp when mounting with --write (R12).")
  private String tmpDir;

  /** The request these options describe; throws {@link InvalidSpecException} naming the option at fault. */
  public CreationRequest toRequest() {
    ImmutableCreationRequest.Builder request = CreationRequest.builder()
        .image(ImageRef.of(image))
        .command(command)
        .workingDir(ContainerPath.of("workdir", workdir))
        .mountWithWrite(write)
        .mountSymlinks(mountSymlinks)
        .context(ContainerContext.parse(context))
        .environment(EnvironmentFiles.read(envFiles))
        .hostInterface(IpAddress.of("host-interface", hostInterface));
    if (code != null) {
      request.codeDir(hostPath("code", code));
    }
    env.stream().map(EnvironmentNames::parse).forEach(entry -> request.putEnvironment(entry.getKey(), entry.getValue()));
    ports.stream().map(ExposedPort::parse).forEach(request::addExposedPort);
    if (rapidPort != null) {
      request.rapidHostPort(rapidPort);
    }
    if (entrypoint != null) {
      request.addEntrypoint(entrypoint);
    }
    if (memoryMegabytes != null) {
      request.memory(MemoryLimit.ofMegabytes(memoryMegabytes));
    }
    extraHosts.stream().map(ExtraHost::parse).forEach(request::addExtraHost);
    if (network != null) {
      request.network(NetworkName.of(network));
    }
    volumes.stream().map(ContainerOptions::absoluteSource).forEach(request::addAdditionalVolume);
    dns.stream().map(server -> IpAddress.of("dns", server)).forEach(request::addDns);
    labels.stream().map(EnvironmentNames::parseLabel).forEach(label -> request.putLabel(label.getKey(), label.getValue()));
    if (name != null) {
      request.name(ContainerName.of(name));
    }
    if (tmpDir != null) {
      request.tmpDir(hostPath("tmp-dir", tmpDir));
    }
    return request.build();
  }

  /** Engines bind absolute host paths only; a relative one means relative to where berth runs. */
  private static HostPath hostPath(String option, String text) {
    if (text.isBlank()) {
      throw new InvalidSpecException(option, text, "must not be empty");
    }
    return HostPath.of(Path.of(text).toAbsolutePath().normalize().toString());
  }

  private static Mount absoluteSource(String text) {
    Mount mount = Mount.parse(text);
    return Mount.of(hostPath("volume", mount.source().value()), mount.target(), mount.mode());
  }
}
