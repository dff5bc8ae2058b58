package dev.berth.domain.rules;

import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.spec.EffectiveUser;
import dev.berth.domain.spec.Mount;
import java.util.List;
import java.util.Optional;

/** R3: the command and working dir as asked, no TTY (nothing is interactive), config proxy on. */
public final class BaseSettingsRule {
  private BaseSettingsRule() {}

  static Settings baseSettings(CreationRequest request, List<Mount> mounts, Optional<EffectiveUser> user) {
    return ImmutableSettings.builder()
        .mounts(mounts)
        .command(request.command())
        .workingDir(request.workingDir())
        .tty(false)
        .useConfigProxy(true)
        .user(user)
        .build();
  }
}
