package dev.berth.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.application.port.out.ProgressReporter;
import dev.berth.application.service.CreateContainerService;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.ContainerNameInUseException;
import dev.berth.domain.error.ContainerNotFoundException;
import dev.berth.domain.error.ImageNotFoundException;
import dev.berth.domain.error.NetworkNotFoundException;
import dev.berth.domain.error.PortInUseException;
import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.spec.ContainerName;
import dev.berth.domain.spec.ImageRef;
import dev.berth.domain.spec.IpAddress;
import dev.berth.domain.spec.NetworkName;
import dev.berth.domain.spec.PortMapping;
import dev.berth.domain.spec.Protocol;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the engine refuses comes back as the domain's typed errors, never as a client's exception. */
public interface EngineErrorContract extends RuntimeUnderTest {

  private static ImageRef missingImage() {
    return ImageRef.of("localhost/berth-missing-" + UUID.randomUUID() + ":none");
  }

  @Test
  default void imagePresentTellsPresentFromMissing() {
    assertThat(runtime().imagePresent(ContractContainers.testImage())).isTrue();
    assertThat(runtime().imagePresent(missingImage())).isFalse();
  }

  @Test
  default void createFromMissingImageIsImageNotFound() {
    assertThatThrownBy(() -> containers().create(containers().spec("true").image(missingImage())))
        .isInstanceOf(ImageNotFoundException.class);
  }

  @Test
  default void pullOfUnavailableImageIsImageNotFound() {
    ImageRef image = missingImage();

    assertThatThrownBy(() -> runtime().pullImage(image, ProgressReporter.SILENT))
        .isInstanceOf(ImageNotFoundException.class)
        .hasMessageContaining(image.value());
  }

  @Test
  default void takenNameIsContainerNameInUse() {
    ContainerName name = containers().uniqueName();
    containers().create(containers().spec("true").name(name));

    assertThatThrownBy(() -> containers().create(containers().spec("true").name(name)))
        .isInstanceOfSatisfying(ContainerNameInUseException.class,
            e -> assertThat(e.name()).isEqualTo(name.value()));
  }

  @Test
  default void hostPortTakenByAnotherContainerIsPortInUse() {
    PortMapping samePort =
        PortMapping.of(IpAddress.of("127.0.0.1"), OptionalInt.of(LocalPorts.unused()), 8080, Protocol.TCP);
    containers().start(containers().spec("sleep", "30").addPort(samePort));

    assertThatThrownBy(() -> containers().start(containers().spec("sleep", "30").addPort(samePort)))
        .isInstanceOf(PortInUseException.class);
  }

  /** R14 end to end: the application's create removes the container when the connect fails, asked of the engine. */
  @Test
  default void failedNetworkConnectLeavesNoContainerBehind() {
    NetworkName missing = NetworkName.of("berth-missing-" + UUID.randomUUID());
    CreateContainerService create = new CreateContainerService(runtime(), new NoCodeHost(), ProgressReporter.SILENT);
    CreationRequest request = CreationRequest.builder()
        .image(ContractContainers.testImage())
        .addCommand("true")
        .network(missing)
        .putLabel(ContractContainers.RUN_LABEL, containers().runId())
        .build();

    assertThatThrownBy(() -> create.create(request)).isInstanceOf(NetworkNotFoundException.class);
    assertThat(runtime().listByLabel(ContractContainers.RUN_LABEL, containers().runId())).isEmpty();
  }

  @Test
  default void connectToMissingNetworkIsNetworkNotFound() {
    ContainerId id = containers().create(containers().spec("true"));
    NetworkName missing = NetworkName.of("berth-missing-" + UUID.randomUUID());

    assertThatThrownBy(() -> runtime().connect(id, missing))
        .isInstanceOfSatisfying(NetworkNotFoundException.class,
            e -> assertThat(e.network()).isEqualTo(missing.value()));
  }

  @Test
  default void unknownContainerIsContainerNotFound() {
    ContainerId unknown = ContainerId.of("berth-missing-" + UUID.randomUUID());

    assertThatThrownBy(() -> runtime().inspect(unknown)).isInstanceOf(ContainerNotFoundException.class);
    assertThatThrownBy(() -> runtime().start(unknown)).isInstanceOf(ContainerNotFoundException.class);
    assertThatThrownBy(() -> runtime().remove(unknown)).isInstanceOf(ContainerNotFoundException.class);
  }
}
