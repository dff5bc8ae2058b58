package dev.berth.application.service;

import static dev.berth.application.service.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.ContainerAlreadyCreatedException;
import dev.berth.domain.request.CodeDirKind;
import dev.berth.domain.request.HostFacts;
import dev.berth.domain.request.WindowsPathStyle;
import dev.berth.domain.rules.CreationRules;
import org.junit.jupiter.api.Test;

class ContainerHandleTest {
  private final RecordingRuntime runtime = new RecordingRuntime();
  private final ContainerHandle handle = new ContainerHandle(runtime, CreationRules.resolve(request().build(),
      HostFacts.builder().windowsPaths(false).codeDir(CodeDirKind.DIRECTORY).build(), WindowsPathStyle.DRIVE_ROOT));

  @Test
  void creatingTwiceFailsAndCreatesOnce() {
    ContainerId first = handle.create();

    assertThatThrownBy(handle::create)
        .isInstanceOf(ContainerAlreadyCreatedException.class)
        .hasMessage("This container already exists. Cannot create again.");
    assertThat(runtime.calls).containsExactly("create");
    assertThat(handle.id()).contains(first);
  }

  @Test
  void aHandleKnowsNoIdBeforeCreate() {
    assertThat(handle.id()).isEmpty();
  }
}
