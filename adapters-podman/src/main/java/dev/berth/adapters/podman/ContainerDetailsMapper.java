package dev.berth.adapters.podman;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.adapters.podman.libpod.ContainerInspect;
import dev.berth.adapters.podman.libpod.ContainerListEntry;
import dev.berth.domain.container.ContainerDetails;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerState;
import dev.berth.domain.container.ContainerSummary;
import dev.berth.domain.container.ImmutableContainerDetails;
import dev.berth.domain.container.ImmutableContainerSummary;
import dev.berth.domain.spec.EffectiveUser;
import dev.berth.domain.spec.ExtraHost;
import dev.berth.domain.spec.IpAddress;
import dev.berth.domain.spec.MemoryLimit;
import dev.berth.domain.spec.Mount;
import dev.berth.domain.spec.MountMode;
import dev.berth.domain.spec.NetworkName;
import dev.berth.domain.spec.PortMapping;
import dev.berth.domain.spec.Protocol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads what Podman reports about a container back into berth's terms. */
final class ContainerDetailsMapper {
  /** Podman reports a port published on every interface with an empty host address. */
  private static final String ALL_INTERFACES = "0.0.0.0";

  private ContainerDetailsMapper() {}

  static ContainerDetails toDetails(ContainerInspect inspect) {
    ContainerInspect.Config config = inspect.config();
    ContainerInspect.HostConfig host = inspect.hostConfig();
    ContainerState state = ContainerState.parse(inspect.state().status());
    List<String> command = orEmpty(config.cmd());
    return ImmutableContainerDetails.builder()
        .id(ContainerId.of(inspect.id()))
        .name(inspect.name())
        .image(inspect.imageName())
        .state(state)
        .exitCode(hasExited(state) ? OptionalInt.of(inspect.state().exitCode()) : OptionalInt.empty())
        .command(command)
        .entrypoint(entrypoint(inspect, command))
        .workingDir(config.workingDir())
        .mounts(orEmpty(inspect.mounts()).stream().filter(mount -> "bind".equals(mount.type()))
            .map(ContainerDetailsMapper::mount).toList())
        .tty(config.tty())
        .user(user(config.user()))
        .environment(environment(orEmpty(config.env())))
        .ports(ports(host.portBindings()))
        .memory(host.memory() > 0 ? Optional.of(MemoryLimit.ofBytes(host.memory())) : Optional.empty())
        .extraHosts(orEmpty(host.extraHosts()).stream().flatMap(entry -> extraHost(entry).stream()).toList())
        .dns(orEmpty(host.dns()).stream().filter(IpAddress::isLiteral).map(IpAddress::of).toList())
        .labels(config.labels() == null ? Map.of() : config.labels())
        .networks(networks(inspect))
        .build();
  }

  static ContainerSummary toSummary(ContainerListEntry entry) {
    return ImmutableContainerSummary.builder()
        .id(ContainerId.of(entry.id()))
        .name(orEmpty(entry.names()).stream().findFirst().orElse(""))
        .image(entry.image())
        .state(ContainerState.parse(entry.state()))
        .labels(entry.labels() == null ? Map.of() : entry.labels())
        .build();
  }

  private static boolean hasExited(ContainerState state) {
    return state == ContainerState.EXITED || state == ContainerState.DEAD;
  }

  /**
   * Podman 4 reports the entrypoint as one space-joined string, which loses argument bounds; the
   * process line {@code Path}+{@code Args} is exact, and is the entrypoint followed by the command.
   * A blank string means no entrypoint: the process line cannot say so, since Podman repeats the
   * path as the only argument of a one-word command ({@code Path "true", Args ["true"]}).
   */
  private static List<String> entrypoint(ContainerInspect inspect, List<String> command) {
    JsonNode reported = inspect.config().entrypoint();
    if (reported != null && reported.isArray()) {
      List<String> entrypoint = new ArrayList<>();
      reported.forEach(part -> entrypoint.add(part.asText()));
      return entrypoint;
    }
    String joined = reported == null ? "" : reported.asText();
    if (joined.isBlank()) {
      return List.of();
    }
    List<String> process = new ArrayList<>();
    if (inspect.path() != null && !inspect.path().isEmpty()) {
      process.add(inspect.path());
    }
    process.addAll(orEmpty(inspect.args()));
    int split = process.size() - command.size();
    if (split > 0 && process.subList(split, process.size()).equals(command)) {
      return List.copyOf(process.subList(0, split));
    }
    return List.of(joined.split(" "));
  }

  /** The mode is {@code ro}/{@code rw} among the options when given, else the RW flag; {@code rbind} and the propagation are not modes. */
  private static Mount mount(ContainerInspect.MountPoint mount) {
    List<String> options = orEmpty(mount.options());
    boolean writable = options.contains("rw") || (!options.contains("ro") && mount.readWrite());
    return Mount.of(mount.source(), mount.destination(), MountMode.writable(writable));
  }

  /** Only numeric {@code uid[:gid]} is an effective user; a name or nothing means the image's user. */
  private static Optional<EffectiveUser> user(String user) {
    if (user == null || !user.matches("\\d+(:\\d+)?")) {
      return Optional.empty();
    }
    String[] parts = user.split(":");
    int uid = Integer.parseInt(parts[0]);
    return Optional.of(parts.length == 2 ? EffectiveUser.of(uid, Integer.parseInt(parts[1])) : EffectiveUser.of(uid));
  }

  private static Map<String, String> environment(List<String> variables) {
    Map<String, String> environment = new LinkedHashMap<>();
    for (String variable : variables) {
      int equals = variable.indexOf('=');
      if (equals > 0) {
        environment.put(variable.substring(0, equals), variable.substring(equals + 1));
      }
    }
    return environment;
  }

  private static List<PortMapping> ports(Map<String, List<ContainerInspect.PortBinding>> bindings) {
    List<PortMapping> ports = new ArrayList<>();
    if (bindings == null) {
      return ports;
    }
    bindings.forEach((key, hostBindings) -> {
      String[] portAndProtocol = key.split("/");
      int containerPort = Integer.parseInt(portAndProtocol[0]);
      Protocol protocol = portAndProtocol.length > 1
          ? Protocol.parse("port", key, portAndProtocol[1]) : Protocol.TCP;
      for (ContainerInspect.PortBinding binding : orEmpty(hostBindings)) {
        String address = binding.hostIp() == null || binding.hostIp().isEmpty() ? ALL_INTERFACES : binding.hostIp();
        ports.add(PortMapping.of(IpAddress.of(address), hostPort(binding.hostPort()), containerPort, protocol));
      }
    });
    return ports;
  }

  private static OptionalInt hostPort(String text) {
    if (text == null || text.isEmpty() || text.equals("0")) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(text));
  }

  /** Entries berth did not set (a name the engine resolves itself) are not {@code name:ip}, and are left out. */
  private static Optional<ExtraHost> extraHost(String entry) {
    int colon = entry.indexOf(':');
    if (colon <= 0 || !IpAddress.isLiteral(entry.substring(colon + 1))) {
      return Optional.empty();
    }
    return Optional.of(ExtraHost.parse(entry));
  }

  private static List<String> networks(ContainerInspect inspect) {
    if (NetworkName.HOST.equals(inspect.hostConfig().networkMode())) {
      return List.of(NetworkName.HOST);
    }
    Map<String, JsonNode> networks = inspect.networkSettings() == null ? null : inspect.networkSettings().networks();
    return networks == null ? List.of() : List.copyOf(networks.keySet());
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
