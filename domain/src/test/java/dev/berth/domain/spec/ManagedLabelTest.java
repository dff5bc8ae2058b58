package dev.berth.domain.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** R11: a spec cannot exist without berth's own label, however it was built. */
class ManagedLabelTest {
  private static ImmutableContainerSpec.Builder spec() {
    return ContainerSpec.builder().image(ImageRef.of("i")).workingDir(ContainerPath.of("/")).tty(false)
        .useConfigProxy(false);
  }

  @Test
  void aSpecBuiltWithoutTheManagedLabelCarriesIt() {
    assertThat(spec().putLabel("team", "payments").build().labels())
        .containsExactly(Map.entry("team", "payments"), Map.entry(ContainerSpec.MANAGED_LABEL, "true"));
  }

  @Test
  void theManagedLabelWinsOverALabelOfThatName() {
    assertThat(spec().putLabel(ContainerSpec.MANAGED_LABEL, "false").build().labels())
        .containsExactly(Map.entry(ContainerSpec.MANAGED_LABEL, "true"));
  }

  @Test
  void copiesKeepIt() {
    ImmutableContainerSpec spec = spec().build();
    assertThat(spec.withLabels(Map.of()).labels()).containsEntry(ContainerSpec.MANAGED_LABEL, "true");
  }
}
