package dev.berth.domain.rules;

import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.spec.ContainerPath;
import dev.berth.domain.spec.HostPath;
import dev.berth.domain.spec.Mount;
import dev.berth.domain.spec.MountMode;
import java.util.Optional;

/**
 * R12: with write, a host tmp dir is the container's {@code /tmp}; it is created (before any
 * engine call) when missing. Without write it is neither created nor mounted.
 */
public final class TmpDirRule {
  public static final ContainerPath CONTAINER_TMP = ContainerPath.of("/tmp");

  private TmpDirRule() {}

  /** The directory the host must create before the engine is called, if any. */
  public static Optional<HostPath> directoryToCreate(CreationRequest request) {
    return request.mountWithWrite() ? request.tmpDir() : Optional.empty();
  }

  public static Optional<Mount> tmpMount(CreationRequest request) {
    return directoryToCreate(request).map(dir -> Mount.of(dir, CONTAINER_TMP, MountMode.READ_WRITE));
  }
}
