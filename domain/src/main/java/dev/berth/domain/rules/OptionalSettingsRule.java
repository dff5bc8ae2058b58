package dev.berth.domain.rules;

import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.spec.ContainerSpec;
import dev.berth.domain.spec.ImmutableContainerSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * R11: entrypoint, memory (in bytes), extra hosts, DNS and labels are set only when asked for;
 * berth's own {@code dev.berth.managed=true} label is always set, and always wins.
 */
public final class OptionalSettingsRule {
  private OptionalSettingsRule() {}

  static ImmutableContainerSpec.Builder applyOptionalSettings(ImmutableContainerSpec.Builder spec,
      CreationRequest request) {
    return spec.entrypoint(request.entrypoint())
        .memory(request.memory())
        .extraHosts(request.extraHosts())
        .dns(request.dns())
        .labels(labels(request));
  }

  public static Map<String, String> labels(CreationRequest request) {
    Map<String, String> labels = new LinkedHashMap<>(request.labels());
    labels.put(ContainerSpec.MANAGED_LABEL, "true");
    return labels;
  }
}
