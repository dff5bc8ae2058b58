package dev.berth.adapters.docker;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.ContainerConfig;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.NetworkSettings;
import com.github.dockerjava.api.model.Ports;
import dev.berth.domain.container.ContainerDetails;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerState;
import dev.berth.domain.container.ImmutableContainerDetails;
import dev.berth.domain.spec.ContainerPath;
import dev.berth.domain.spec.EffectiveUser;
import dev.berth.domain.spec.ExtraHost;
import dev.berth.domain.spec.HostPath;
import dev.berth.domain.spec.ImmutableMount;
import dev.berth.domain.spec.IpAddress;
import dev.berth.domain.spec.MemoryLimit;
import dev.berth.domain.spec.Mount;
import dev.berth.domain.spec.MountConsistency;
import dev.berth.domain.spec.MountMode;
import dev.berth.domain.spec.PortMapping;
import dev.berth.domain.spec.Protocol;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/** Reads Docker's inspect of a container back into the domain's terms, as the engine reports it. */
final class ContainerDetailsMapper {
  /** Docker reports a published port on every interface with an empty host IP. */
  private static final String ALL_INTERFACES = "0.0.0.0";

  ContainerDetails details(InspectContainerResponse inspect) {
    ContainerConfig config = inspect.getConfig();
    HostConfig host = inspect.getHostConfig();
    ContainerState state = ContainerState.parse(inspect.getState().getStatus());
    return ImmutableContainerDetails.builder()
        .id(ContainerId.of(inspect.getId()))
        .name(inspect.getName().replaceFirst("^/", ""))
        .image(config.getImage())
        .state(state)
        .exitCode(exitCode(inspect, state))
        .command(list(config.getCmd()))
        .entrypoint(list(config.getEntrypoint()))
        .workingDir(Objects.toString(config.getWorkingDir(), ""))
        .mounts(mounts(inspect))
        .tty(Boolean.TRUE.equals(config.getTty()))
        .user(user(config.getUser()))
        .environment(environment(config.getEnv()))
        .ports(ports(inspect.getNetworkSettings(), host))
        .memory(Optional.ofNullable(host.getMemory()).filter(bytes -> bytes > 0).map(MemoryLimit::ofBytes))
        .extraHosts(list(host.getExtraHosts()).stream().flatMap(ContainerDetailsMapper::extraHost).toList())
        .dns(list(host.getDns()).stream().filter(IpAddress::isLiteral).map(IpAddress::of).toList())
        .labels(Optional.ofNullable(config.getLabels()).orElse(Map.of()))
        .networks(networks(inspect.getNetworkSettings()))
        .build();
  }

  /** Docker reports exit code 0 for a container that never ran; it means something only once it has. */
  private static OptionalInt exitCode(InspectContainerResponse inspect, ContainerState state) {
    Long exitCode = inspect.getState().getExitCodeLong();
    boolean ended = state == ContainerState.EXITED || state == ContainerState.DEAD;
    return ended && exitCode != null ? OptionalInt.of(exitCode.intValue()) : OptionalInt.empty();
  }

  /**
   * What is mounted (the top-level Mounts), with the consistency asked for, which Docker keeps
   * only in HostConfig.Mounts and docker-java's model has no field for: it is read from the raw
   * inspect, which docker-java keeps for the top-level object only.
   */
  private static List<Mount> mounts(InspectContainerResponse inspect) {
    List<Mount> mounts = new ArrayList<>();
    for (InspectContainerResponse.Mount mounted : Optional.ofNullable(inspect.getMounts()).orElse(List.of())) {
      if (mounted.getSource() == null || mounted.getSource().isEmpty() || mounted.getDestination() == null) {
        continue;
      }
      String target = mounted.getDestination().getPath();
      mounts.add(ImmutableMount.builder()
          .source(HostPath.of(mounted.getSource()))
          .target(ContainerPath.of(target))
          .mode(Boolean.FALSE.equals(mounted.getRW()) ? MountMode.READ_ONLY : MountMode.READ_WRITE)
          .consistency(consistency(inspect, target))
          .build());
    }
    return mounts;
  }

  private static MountConsistency consistency(InspectContainerResponse inspect, String target) {
    Object hostConfig = inspect.getRawValues().get("HostConfig");
    Object requested = hostConfig instanceof Map<?, ?> raw ? raw.get("Mounts") : null;
    if (!(requested instanceof List<?> mounts)) {
      return MountConsistency.DEFAULT;
    }
    return mounts.stream()
        .filter(Map.class::isInstance)
        .map(Map.class::cast)
        .filter(mount -> target.equals(mount.get("Target")))
        .anyMatch(mount -> "delegated".equals(mount.get(CreateRequestMapper.CONSISTENCY)))
        ? MountConsistency.DELEGATED
        : MountConsistency.DEFAULT;
  }

  /** Only a numeric {@code uid[:gid]} is an {@link EffectiveUser}; a user name is the image's business. */
  private static Optional<EffectiveUser> user(String user) {
    if (user == null || !user.matches("\\d+(:\\d+)?")) {
      return Optional.empty();
    }
    String[] parts = user.split(":");
    return Optional.of(parts.length == 2
        ? EffectiveUser.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]))
        : EffectiveUser.of(Integer.parseInt(parts[0])));
  }

  private static Map<String, String> environment(String[] variables) {
    Map<String, String> environment = new LinkedHashMap<>();
    for (String variable : list(variables)) {
      int equals = variable.indexOf('=');
      if (equals > 0) {
        environment.put(variable.substring(0, equals), variable.substring(equals + 1));
      }
    }
    return environment;
  }

  /**
   * The bindings in effect once the container runs (with the ports Docker assigned), else the
   * ones asked for at create, where an engine-assigned port is still empty.
   */
  private static List<PortMapping> ports(NetworkSettings network, HostConfig host) {
    Ports running = network == null ? null : network.getPorts();
    boolean started = running != null && running.getBindings().values().stream().anyMatch(Objects::nonNull);
    Ports bindings = started ? running : host.getPortBindings();
    if (bindings == null) {
      return List.of();
    }
    List<PortMapping> ports = new ArrayList<>();
    bindings.getBindings().forEach((exposed, bound) -> {
      for (Ports.Binding binding : bound == null ? new Ports.Binding[0] : bound) {
        ports.add(portMapping(exposed, binding));
      }
    });
    return ports;
  }

  private static PortMapping portMapping(ExposedPort exposed, Ports.Binding binding) {
    String hostIp = binding.getHostIp() == null || binding.getHostIp().isEmpty() ? ALL_INTERFACES : binding.getHostIp();
    String hostPort = binding.getHostPortSpec();
    return PortMapping.of(IpAddress.of(hostIp),
        hostPort == null || hostPort.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(hostPort)),
        exposed.getPort(),
        Protocol.valueOf(exposed.getProtocol().name()));
  }

  /** Docker also accepts {@code name:host-gateway}, which names no address and is left out. */
  private static Stream<ExtraHost> extraHost(String entry) {
    int colon = entry.indexOf(':');
    if (colon <= 0 || !IpAddress.isLiteral(entry.substring(colon + 1))) {
      return Stream.empty();
    }
    return Stream.of(ExtraHost.parse(entry));
  }

  private static List<String> networks(NetworkSettings network) {
    return network == null || network.getNetworks() == null ? List.of() : List.copyOf(network.getNetworks().keySet());
  }

  private static List<String> list(String[] values) {
    return values == null ? List.of() : Arrays.asList(values);
  }
}
