package dev.berth.domain.spec;

import dev.berth.domain.BerthStyle;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Everything an engine needs to create one container, decided by the creation rules. It is
 * engine-neutral: each runtime adapter only translates it. An invalid spec cannot be built.
 */
@Value.Immutable
@BerthStyle
public interface ContainerSpec {
  /** R11: berth's own label, on every container it creates, so it can find them again. */
  String MANAGED_LABEL = "dev.berth.managed";

  ImageRef image();

  Optional<ContainerName> name();

  /** Empty: the image's own command. */
  List<String> command();

  /** Empty: the image's own entrypoint. */
  List<String> entrypoint();

  ContainerPath workingDir();

  List<Mount> mounts();

  boolean tty();

  /** R3: copy the client's configured proxies into the container's environment. */
  boolean useConfigProxy();

  Optional<EffectiveUser> user();

  Map<String, String> environment();

  List<PortMapping> ports();

  Optional<MemoryLimit> memory();

  List<ExtraHost> extraHosts();

  List<IpAddress> dns();

  Map<String, String> labels();

  Optional<NetworkName> network();

  @Value.Default
  default ContainerContext context() {
    return ContainerContext.INVOKE;
  }

  static ImmutableContainerSpec.Builder builder() {
    return ImmutableContainerSpec.builder();
  }

  default boolean hasWritableMount() {
    return mounts().stream().anyMatch(mount -> mount.mode() == MountMode.READ_WRITE);
  }

  default boolean usesHostNetwork() {
    return network().map(NetworkName::isHost).orElse(false);
  }

  /** R14: the network to connect after create; never {@code host}, which is chosen at create. */
  default Optional<NetworkName> networkToConnect() {
    return network().filter(network -> !network.isHost());
  }

  /**
   * Refuses what no engine could create, and completes what every berth container carries: its
   * own {@code dev.berth.managed=true} label (R11), set here once so no caller or adapter can miss it.
   */
  @Value.Check
  default ContainerSpec check() {
    Set<String> destinations = new HashSet<>();
    for (Mount mount : mounts()) {
      Invalid.unless(destinations.add(mount.target().value()), "volume", mount.describe(),
          "two mounts at one destination " + mount.target().value());
    }
    environment().forEach(EnvironmentNames::check);
    labels().forEach((key, value) -> Invalid.unless(!key.isBlank() && key.indexOf('=') < 0, "label",
        key + "=" + value, "label keys must be non-empty and contain no '='"));
    Set<String> hostPorts = new HashSet<>();
    for (PortMapping port : ports()) {
      port.hostPort().ifPresent(hostPort -> Invalid.unless(
          hostPorts.add(port.hostInterface().value() + ":" + hostPort + "/" + port.protocol().lowerCase()),
          "port", hostPort, "host port published twice on " + port.hostInterface().value()));
    }
    if ("true".equals(labels().get(MANAGED_LABEL))) {
      return this;
    }
    Map<String, String> labels = new LinkedHashMap<>(labels());
    labels.put(MANAGED_LABEL, "true");
    return ImmutableContainerSpec.copyOf(this).withLabels(labels);
  }
}
