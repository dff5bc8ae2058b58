package dev.berth.domain.rules;

import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.spec.ImmutableMount;
import dev.berth.domain.spec.Mount;
import dev.berth.domain.spec.MountConsistency;
import dev.berth.domain.spec.MountMode;
import java.util.Optional;

/** R1: the code dir is bound at the working dir, read-only unless mounting with write. */
public final class CodeMountRule {
  private CodeMountRule() {}

  public static Optional<Mount> codeMount(CreationRequest request) {
    return request.codeDir().map(codeDir -> ImmutableMount.builder()
        .source(codeDir)
        .target(request.workingDir())
        .mode(MountMode.writable(request.mountWithWrite()))
        .consistency(MountConsistency.DELEGATED)
        .build());
  }
}
