package dev.berth.application.service;

import dev.berth.application.port.out.HostPort;
import dev.berth.domain.request.CodeDirKind;
import dev.berth.domain.request.HostFacts;
import dev.berth.domain.spec.EffectiveUser;
import dev.berth.domain.spec.HostPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** A host with a non-root POSIX user whose code dirs exist; records the directories it creates. */
final class RecordingHost implements HostPort {
  final List<HostPath> createdDirectories = new ArrayList<>();
  CodeDirKind codeDir = CodeDirKind.DIRECTORY;
  Supplier<RuntimeException> createFailure;

  @Override
  public HostFacts facts(Optional<HostPath> codeDirPath) {
    return HostFacts.builder()
        .currentUser(EffectiveUser.of(1000, 1000))
        .windowsPaths(false)
        .codeDir(codeDirPath.map(path -> codeDir))
        .build();
  }

  @Override
  public void createDirectories(HostPath directory) {
    if (createFailure != null) {
      throw createFailure.get();
    }
    createdDirectories.add(directory);
  }
}
