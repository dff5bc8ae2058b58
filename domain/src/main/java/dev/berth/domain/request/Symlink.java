package dev.berth.domain.request;

import dev.berth.domain.BerthStyle;
import dev.berth.domain.spec.HostPath;
import org.immutables.value.Value;

/** R2: a top-level symlink of the code dir and the real path it resolves to. */
@Value.Immutable
@BerthStyle
public interface Symlink {
  String linkName();

  HostPath realPath();

  static Symlink of(String linkName, HostPath realPath) {
    return ImmutableSymlink.builder().linkName(linkName).realPath(realPath).build();
  }
}
