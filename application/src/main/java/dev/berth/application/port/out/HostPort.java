package dev.berth.application.port.out;

import dev.berth.domain.request.HostFacts;
import dev.berth.domain.spec.HostPath;
import java.util.Optional;

/** The host machine, for the facts the creation rules need and the one thing they create. */
public interface HostPort {
  /** The current user, the path style, and what is at the code dir (with its top-level symlinks). */
  HostFacts facts(Optional<HostPath> codeDir);

  /**
   * R12: creates the directory (and its parents) when missing; an existing one is fine.
   * Any other failure is an {@code InvalidSpecException} for field {@code tmp-dir}.
   */
  void createDirectories(HostPath directory);
}
