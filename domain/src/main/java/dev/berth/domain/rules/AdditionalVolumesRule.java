package dev.berth.domain.rules;

import dev.berth.domain.error.InvalidSpecException;
import dev.berth.domain.spec.Mount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R6: additional volumes join the mounts after the overrides, keyed by their container path:
 * two mounts at one destination are refused (SAM keys by host path and silently drops one).
 */
public final class AdditionalVolumesRule {
  private AdditionalVolumesRule() {}

  public static List<Mount> withAdditionalVolumes(List<Mount> mounts, List<Mount> additional) {
    Map<String, Mount> byDestination = new LinkedHashMap<>();
    for (Mount mount : mounts) {
      putOnce(byDestination, mount);
    }
    for (Mount mount : additional) {
      putOnce(byDestination, mount);
    }
    return new ArrayList<>(byDestination.values());
  }

  private static void putOnce(Map<String, Mount> byDestination, Mount mount) {
    Mount earlier = byDestination.putIfAbsent(mount.target().value(), mount);
    if (earlier != null) {
      throw new InvalidSpecException("volume", mount.source().value() + ":" + mount.target().value(),
          "two mounts at one destination " + mount.target().value() + " (the other is "
              + earlier.source().value() + ")");
    }
  }
}
