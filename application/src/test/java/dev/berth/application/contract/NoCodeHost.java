package dev.berth.application.contract;

import dev.berth.application.port.out.HostPort;
import dev.berth.domain.request.HostFacts;
import dev.berth.domain.spec.HostPath;
import java.util.Optional;

/** A POSIX host for requests that mount no code and make no tmp dir. */
final class NoCodeHost implements HostPort {
  @Override
  public HostFacts facts(Optional<HostPath> codeDir) {
    return HostFacts.builder().windowsPaths(false).build();
  }

  @Override
  public void createDirectories(HostPath directory) {
    throw new IllegalStateException("a contract request makes no tmp dir: " + directory.value());
  }
}
