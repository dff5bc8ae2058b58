package dev.berth.domain.rules;

import dev.berth.domain.request.Overrides;

/**
 * R5: typed overrides come after R1-R4 and replace what those decided: command, working dir,
 * tty, config proxy, user, mounts. What comes after them (volumes, env, ports, entrypoint,
 * memory, hosts, DNS, labels) they cannot reach.
 */
public final class OverridesRule {
  private OverridesRule() {}

  public static Settings applyOverrides(Settings settings, Overrides overrides) {
    Settings result = settings;
    if (overrides.command().isPresent()) {
      result = result.withCommand(overrides.command().get());
    }
    if (overrides.workingDir().isPresent()) {
      result = result.withWorkingDir(overrides.workingDir().get());
    }
    if (overrides.tty().isPresent()) {
      result = result.withTty(overrides.tty().get());
    }
    if (overrides.useConfigProxy().isPresent()) {
      result = result.withUseConfigProxy(overrides.useConfigProxy().get());
    }
    if (overrides.user().isPresent()) {
      result = result.withUser(overrides.user());
    }
    if (overrides.mounts().isPresent()) {
      result = result.withMounts(overrides.mounts().get());
    }
    return result;
  }
}
