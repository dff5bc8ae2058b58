package dev.berth.domain.container;

import dev.berth.domain.BerthStyle;
import dev.berth.domain.spec.EffectiveUser;
import dev.berth.domain.spec.ExtraHost;
import dev.berth.domain.spec.IpAddress;
import dev.berth.domain.spec.MemoryLimit;
import dev.berth.domain.spec.Mount;
import dev.berth.domain.spec.PortMapping;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A container as the engine reports it (its inspect), in the same terms as a
 * {@link dev.berth.domain.spec.ContainerSpec} so the two can be compared.
 */
@Value.Immutable
@BerthStyle
public interface ContainerDetails {
  ContainerId id();

  String name();

  String image();

  ContainerState state();

  OptionalInt exitCode();

  List<String> command();

  List<String> entrypoint();

  String workingDir();

  List<Mount> mounts();

  boolean tty();

  Optional<EffectiveUser> user();

  /** The container's whole environment, the image's variables included. */
  Map<String, String> environment();

  /** Published ports; a host port is present once the engine has assigned it. */
  List<PortMapping> ports();

  Optional<MemoryLimit> memory();

  List<ExtraHost> extraHosts();

  List<IpAddress> dns();

  Map<String, String> labels();

  /** The networks the container is attached to, by name ({@code host} for the host network). */
  List<String> networks();

  /** The host port published for a container port, once assigned. */
  default OptionalInt hostPortFor(int containerPort) {
    return ports().stream()
        .filter(port -> port.containerPort() == containerPort && port.hostPort().isPresent())
        .mapToInt(port -> port.hostPort().getAsInt())
        .findFirst();
  }
}
