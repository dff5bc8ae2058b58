package dev.berth.domain.rules;

import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.spec.ImmutableContainerSpec;

/**
 * R11: entrypoint, memory (in bytes), extra hosts, DNS and labels are set only when asked for;
 * berth's own {@code dev.berth.managed=true} label is not set here: {@link
 * dev.berth.domain.spec.ContainerSpec} carries it always, and it wins over a label of that name.
 */
public final class OptionalSettingsRule {
  private OptionalSettingsRule() {}

  static ImmutableContainerSpec.Builder applyOptionalSettings(ImmutableContainerSpec.Builder spec,
      CreationRequest request) {
    return spec.entrypoint(request.entrypoint())
        .memory(request.memory())
        .extraHosts(request.extraHosts())
        .dns(request.dns())
        .labels(request.labels());
  }
}
