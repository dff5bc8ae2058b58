package dev.berth.domain.rules;

import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.request.HostFacts;
import dev.berth.domain.request.WindowsPathStyle;
import dev.berth.domain.spec.ContainerSpec;
import dev.berth.domain.spec.ImmutableContainerSpec;
import dev.berth.domain.spec.Mount;
import java.util.ArrayList;
import java.util.List;

/**
 * From a creation request and the host's facts to the final {@link ContainerSpec}: R1-R12 in
 * SAM's order. R13 (the engine's refusal), R14 (the network connect) and R15 (create once) are
 * the application's, around the engine call.
 */
public final class CreationRules {
  private CreationRules() {}

  public static ContainerSpec resolve(CreationRequest request, HostFacts host, WindowsPathStyle windowsStyle) {
    RequestChecks.check(request, host);

    List<Mount> baseMounts = new ArrayList<>();
    CodeMountRule.codeMount(request).ifPresent(baseMounts::add);
    baseMounts.addAll(SymlinkMountRule.symlinkMounts(request, host));
    TmpDirRule.tmpMount(request).ifPresent(baseMounts::add);

    Settings settings = BaseSettingsRule.baseSettings(request, baseMounts,
        EffectiveUserRule.effectiveUser(request, host));
    settings = OverridesRule.applyOverrides(settings, request.overrides());

    List<Mount> mounts = AdditionalVolumesRule.withAdditionalVolumes(settings.mounts(), request.additionalVolumes());
    mounts = HostPathStyleRule.engineMounts(mounts, host.windowsPaths(), windowsStyle);

    ImmutableContainerSpec.Builder spec = ContainerSpec.builder()
        .image(request.image())
        .name(request.name())
        .context(request.context())
        .network(request.network())
        .mounts(mounts)
        .command(settings.command())
        .workingDir(settings.workingDir())
        .tty(settings.tty())
        .useConfigProxy(settings.useConfigProxy())
        .user(settings.user())
        .environment(EnvironmentRule.environment(request))
        .ports(ExposedPortsRule.ports(request));
    return OptionalSettingsRule.applyOptionalSettings(spec, request).build();
  }
}
