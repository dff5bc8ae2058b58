package dev.berth.domain.rules;

import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.request.HostFacts;
import dev.berth.domain.spec.EffectiveUser;
import java.util.Optional;

/**
 * R4: when the container may write into the code dir, it runs as the host user (uid and
 * primary gid) so the files it writes are not owned by root. Not for root itself, and not on
 * a host without POSIX users.
 */
public final class EffectiveUserRule {
  private EffectiveUserRule() {}

  public static Optional<EffectiveUser> effectiveUser(CreationRequest request, HostFacts host) {
    if (!request.mountWithWrite()) {
      return Optional.empty();
    }
    return host.currentUser().filter(user -> !user.isRoot());
  }
}
