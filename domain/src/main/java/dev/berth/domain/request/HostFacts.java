package dev.berth.domain.request;

import dev.berth.domain.BerthStyle;
import dev.berth.domain.spec.EffectiveUser;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What the host port found out about the machine, so the rules need no I/O of their own. */
@Value.Immutable
@BerthStyle
public interface HostFacts {
  /** The current uid and primary gid; empty on a host without POSIX users. */
  Optional<EffectiveUser> currentUser();

  /** True when host paths are Windows paths (drive letters, backslashes). */
  boolean windowsPaths();

  /** What is at the request's code dir; empty when the request has none. */
  Optional<CodeDirKind> codeDir();

  /** The code dir's top-level symlinks, each with its resolved real path. */
  List<Symlink> codeDirSymlinks();

  static ImmutableHostFacts.Builder builder() {
    return ImmutableHostFacts.builder();
  }
}
