package dev.berth.domain.rules;

import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.request.HostFacts;
import dev.berth.domain.request.Symlink;
import dev.berth.domain.spec.ContainerContext;
import dev.berth.domain.spec.Mount;
import dev.berth.domain.spec.MountMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * R2: a bind mount does not follow the code dir's symlinks into the container, so each
 * top-level symlink is mounted from its real path at {@code working_dir/<link name>},
 * always read-only. Only links to a {@code node_modules} are mapped, unless every link is
 * asked for; when building, only when asked for.
 */
public final class SymlinkMountRule {
  static final String NODE_MODULES = "node_modules";

  private SymlinkMountRule() {}

  public static List<Mount> symlinkMounts(CreationRequest request, HostFacts host) {
    if (request.codeDir().isEmpty() || !mapsSymlinks(request)) {
      return List.of();
    }
    return host.codeDirSymlinks().stream()
        .filter(link -> request.mountSymlinks() || isNodeModules(link))
        .map(link -> Mount.of(link.realPath(), request.workingDir().child(link.linkName()), MountMode.READ_ONLY))
        .collect(Collectors.toList());
  }

  static boolean mapsSymlinks(CreationRequest request) {
    return request.context() != ContainerContext.BUILD || request.mountSymlinks();
  }

  private static boolean isNodeModules(Symlink link) {
    return NODE_MODULES.equals(link.realPath().fileName());
  }
}
