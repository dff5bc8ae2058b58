package dev.berth.adapters.docker;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.DockerObjectAccessor;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.InternetProtocol;
import com.github.dockerjava.api.model.MountType;
import com.github.dockerjava.api.model.Ports;
import dev.berth.domain.spec.ContainerSpec;
import dev.berth.domain.spec.EffectiveUser;
import dev.berth.domain.spec.ExtraHost;
import dev.berth.domain.spec.IpAddress;
import dev.berth.domain.spec.MemoryLimit;
import dev.berth.domain.spec.Mount;
import dev.berth.domain.spec.MountConsistency;
import dev.berth.domain.spec.MountMode;
import dev.berth.domain.spec.NetworkName;
import dev.berth.domain.spec.PortMapping;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates a finished {@link ContainerSpec} into Docker's create request, setting by setting.
 * It decides nothing: what the spec leaves empty is left to the image and the engine.
 */
final class CreateRequestMapper {
  /** Docker's name for the consistency hint; docker-java's Mount model has no field for it. */
  static final String CONSISTENCY = "Consistency";

  private final ConfigProxies configProxies;

  CreateRequestMapper(ConfigProxies configProxies) {
    this.configProxies = configProxies;
  }

  CreateContainerCmd fill(CreateContainerCmd request, ContainerSpec spec) {
    spec.name().ifPresent(name -> request.withName(name.value()));
    if (!spec.command().isEmpty()) {
      request.withCmd(spec.command());
    }
    if (!spec.entrypoint().isEmpty()) {
      request.withEntrypoint(spec.entrypoint());
    }
    request.withWorkingDir(spec.workingDir().value()).withTty(spec.tty());
    spec.user().map(EffectiveUser::asUserString).ifPresent(request::withUser);
    List<String> environment = environment(spec);
    if (!environment.isEmpty()) {
      request.withEnv(environment);
    }
    request.withLabels(spec.labels());
    if (!spec.ports().isEmpty()) {
      request.withExposedPorts(spec.ports().stream().map(CreateRequestMapper::exposedPort).distinct().toList());
    }
    return request.withHostConfig(hostConfig(spec));
  }

  /** R3 and R8: the config's proxies first, so that the spec's own variables win. */
  private List<String> environment(ContainerSpec spec) {
    Map<String, String> environment = new LinkedHashMap<>();
    if (spec.useConfigProxy()) {
      environment.putAll(configProxies.environment());
    }
    environment.putAll(spec.environment());
    return environment.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue()).toList();
  }


  private static HostConfig hostConfig(ContainerSpec spec) {
    HostConfig host = HostConfig.newHostConfig();
    if (!spec.mounts().isEmpty()) {
      host.withMounts(spec.mounts().stream().map(CreateRequestMapper::bindMount).toList());
    }
    if (!spec.ports().isEmpty()) {
      host.withPortBindings(portBindings(spec.ports()));
    }
    spec.memory().map(MemoryLimit::bytes).ifPresent(host::withMemory);
    if (!spec.extraHosts().isEmpty()) {
      host.withExtraHosts(spec.extraHosts().stream().map(ExtraHost::asHostsEntry).toArray(String[]::new));
    }
    if (!spec.dns().isEmpty()) {
      host.withDns(spec.dns().stream().map(IpAddress::value).toList());
    }
    if (spec.usesHostNetwork()) {
      host.withNetworkMode(NetworkName.HOST);
    }
    return host;
  }

  /** R1, R2: HostConfig.Mounts rather than Binds, because only Mounts carry the consistency back in inspect. */
  private static com.github.dockerjava.api.model.Mount bindMount(Mount mount) {
    com.github.dockerjava.api.model.Mount bind = new com.github.dockerjava.api.model.Mount()
        .withType(MountType.BIND)
        .withSource(mount.source().value())
        .withTarget(mount.target().value())
        .withReadOnly(mount.mode() == MountMode.READ_ONLY);
    if (mount.consistency() == MountConsistency.DELEGATED) {
      DockerObjectAccessor.overrideRawValue(bind, CONSISTENCY, "delegated");
    }
    return bind;
  }

  /** R9, R10: an empty host port is sent as Docker's "" so the engine assigns one at start. */
  private static Ports portBindings(List<PortMapping> ports) {
    Ports bindings = new Ports();
    for (PortMapping port : ports) {
      String hostInterface = port.hostInterface().value();
      bindings.bind(exposedPort(port), port.hostPort().isPresent()
          ? Ports.Binding.bindIpAndPort(hostInterface, port.hostPort().getAsInt())
          : Ports.Binding.bindIp(hostInterface));
    }
    return bindings;
  }

  private static ExposedPort exposedPort(PortMapping port) {
    return new ExposedPort(port.containerPort(), InternetProtocol.valueOf(port.protocol().name()));
  }
}
