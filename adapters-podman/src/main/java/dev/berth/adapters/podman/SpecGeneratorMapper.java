package dev.berth.adapters.podman;

import dev.berth.adapters.podman.libpod.LinuxResources;
import dev.berth.adapters.podman.libpod.Namespace;
import dev.berth.adapters.podman.libpod.SpecGenerator;
import dev.berth.adapters.podman.libpod.SpecMount;
import dev.berth.adapters.podman.libpod.SpecPortMapping;
import dev.berth.domain.spec.ContainerName;
import dev.berth.domain.spec.ContainerSpec;
import dev.berth.domain.spec.EffectiveUser;
import dev.berth.domain.spec.ExtraHost;
import dev.berth.domain.spec.IpAddress;
import dev.berth.domain.spec.MemoryLimit;
import dev.berth.domain.spec.Mount;
import dev.berth.domain.spec.PortMapping;
import java.util.function.BooleanSupplier;

/** Translates a finished {@link ContainerSpec} into libpod's create body; decides no policy. */
final class SpecGeneratorMapper {
  /**
   * Docker and the podman CLI create a missing working dir; libpod's API refuses to start
   * without one unless asked, so berth asks, and the two runtimes behave alike.
   */
  private static final boolean CREATE_MISSING_WORKING_DIR = true;

  private SpecGeneratorMapper() {}

  /**
   * {@code rootlessEngine}: whether Podman runs rootless, where R4's uid needs {@code keep-id};
   * asked only when the spec has a user and a writable mount, so most creates never ask it.
   */
  static SpecGenerator toSpecGenerator(ContainerSpec spec, BooleanSupplier rootlessEngine) {
    return new SpecGenerator(
        spec.name().map(ContainerName::value).orElse(null),
        spec.image().value(),
        spec.entrypoint(),
        spec.command(),
        spec.workingDir().value(),
        CREATE_MISSING_WORKING_DIR,
        spec.tty(),
        spec.useConfigProxy(),
        spec.mounts().stream().map(SpecGeneratorMapper::bindMount).toList(),
        spec.user().map(EffectiveUser::asUserString).orElse(null),
        needsKeepId(spec, rootlessEngine) ? Namespace.KEEP_ID : null,
        spec.environment(),
        spec.ports().stream().map(SpecGeneratorMapper::portMapping).toList(),
        spec.memory().map(MemoryLimit::bytes).map(LinuxResources::memoryLimit).orElse(null),
        spec.extraHosts().stream().map(ExtraHost::asHostsEntry).toList(),
        spec.dns().stream().map(IpAddress::value).toList(),
        spec.labels(),
        spec.usesHostNetwork() ? Namespace.HOST : null);
  }

  /**
   * R4 on rootless Podman: without {@code keep-id} the uid names a user of the engine's
   * sub-uid range, and the files it writes into the code dir would not be the host user's.
   */
  private static boolean needsKeepId(ContainerSpec spec, BooleanSupplier rootlessEngine) {
    return spec.user().isPresent() && spec.hasWritableMount() && rootlessEngine.getAsBoolean();
  }

  /** R1/R2: a bind mount with its mode only; Podman has no use for Docker's consistency hint. */
  private static SpecMount bindMount(Mount mount) {
    return SpecMount.bind(mount.source().value(), mount.target().value(), mount.mode().option());
  }

  /** R9/R10: no host port leaves the choice to Podman, which assigns a free one at create. */
  private static SpecPortMapping portMapping(PortMapping port) {
    Integer hostPort = port.hostPort().isPresent() ? port.hostPort().getAsInt() : null;
    return new SpecPortMapping(port.hostInterface().value(), port.containerPort(), hostPort,
        port.protocol().lowerCase());
  }

}
