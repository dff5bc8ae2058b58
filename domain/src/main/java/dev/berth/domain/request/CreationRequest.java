package dev.berth.domain.request;

import dev.berth.domain.BerthStyle;
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
import dev.berth.domain.spec.PortNumbers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** What a user asks for; the creation rules turn it, with the host's facts, into a spec. */
@Value.Immutable
@BerthStyle
public interface CreationRequest {
  String DEFAULT_WORKING_DIR = "/var/task";
  String DEFAULT_HOST_INTERFACE = "127.0.0.1";

  ImageRef image();

  List<String> command();

  @Value.Default
  default ContainerPath workingDir() {
    return ContainerPath.of(DEFAULT_WORKING_DIR);
  }

  /** The function's code on the host, mounted at the working dir (R1). */
  Optional<HostPath> codeDir();

  @Value.Default
  default boolean mountWithWrite() {
    return false;
  }

  @Value.Default
  default boolean mountSymlinks() {
    return false;
  }

  @Value.Default
  default ContainerContext context() {
    return ContainerContext.INVOKE;
  }

  Map<String, String> environment();

  List<ExposedPort> exposedPorts();

  /** R9: the host port for container port 8080; empty lets the engine choose. */
  OptionalInt rapidHostPort();

  @Value.Default
  default IpAddress hostInterface() {
    return IpAddress.of(DEFAULT_HOST_INTERFACE);
  }

  List<String> entrypoint();

  Optional<MemoryLimit> memory();

  List<ExtraHost> extraHosts();

  Optional<NetworkName> network();

  List<Mount> additionalVolumes();

  List<IpAddress> dns();

  Map<String, String> labels();

  Optional<ContainerName> name();

  /** R12: a host scratch dir, created and mounted at /tmp when mounting with write. */
  Optional<HostPath> tmpDir();

  @Value.Default
  default Overrides overrides() {
    return Overrides.none();
  }

  static ImmutableCreationRequest.Builder builder() {
    return ImmutableCreationRequest.builder();
  }

  @Value.Check
  default void check() {
    environment().forEach(EnvironmentNames::check);
    rapidHostPort().ifPresent(port -> PortNumbers.requireValid(port, "rapid-port"));
  }
}
