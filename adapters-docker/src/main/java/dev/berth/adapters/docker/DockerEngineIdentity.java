package dev.berth.adapters.docker;

import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.api.model.VersionComponent;
import dev.berth.application.port.out.RuntimeInfo;
import java.util.List;
import java.util.Optional;

/**
 * Who answered on Docker's API. Podman answers it too, so a Docker engine is recognised by
 * what Podman adds: a {@code Libpod-Api-Version} header on {@code _ping} and a
 * {@code Podman Engine} component in {@code /version}.
 */
final class DockerEngineIdentity {
  static final String RUNTIME = "docker";
  static final String LIBPOD_API_HEADER = "Libpod-Api-Version";
  private static final String PODMAN_COMPONENT = "Podman Engine";
  /** A rootless dockerd lists {@code name=rootless} among its security options. */
  private static final String ROOTLESS_OPTION = "name=rootless";

  private DockerEngineIdentity() {}

  static RuntimeInfo runtimeInfo(Version version, Info info, String endpoint) {
    List<String> securityOptions = Optional.ofNullable(info.getSecurityOptions()).orElse(List.of());
    return RuntimeInfo.builder()
        .runtime(RUNTIME)
        .endpoint(endpoint)
        .engineVersion(version.getVersion())
        .apiVersion(version.getApiVersion())
        .rootless(securityOptions.stream().anyMatch(option -> option.startsWith(ROOTLESS_OPTION)))
        .build();
  }

  static boolean isPodman(Version version) {
    List<VersionComponent> components = Optional.ofNullable(version.getComponents()).orElse(List.of());
    return components.stream().anyMatch(component -> PODMAN_COMPONENT.equals(component.getName()));
  }
}
