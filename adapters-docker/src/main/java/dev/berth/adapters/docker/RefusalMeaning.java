package dev.berth.adapters.docker;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.ContainerCreationFailedException;
import dev.berth.domain.error.ContainerNameInUseException;
import dev.berth.domain.error.ContainerNotFoundException;
import dev.berth.domain.error.ImageNotFoundException;
import dev.berth.domain.error.NetworkNotFoundException;
import dev.berth.domain.error.PortInUseException;
import dev.berth.domain.spec.ContainerName;
import dev.berth.domain.spec.ContainerSpec;
import dev.berth.domain.spec.ImageRef;
import dev.berth.domain.spec.NetworkName;
import java.util.Optional;

/** What a refusal means for one operation, in the domain's words; empty when nothing special. */
@FunctionalInterface
interface RefusalMeaning {
  int NOT_FOUND = 404;
  int CONFLICT = 409;

  Optional<BerthException> of(EngineRefusal refusal);

  static RefusalMeaning containerNotFound(ContainerId container) {
    return refusal -> refusal.status() == NOT_FOUND
        ? Optional.of(new ContainerNotFoundException(container.value()))
        : Optional.empty();
  }

  static RefusalMeaning networkNotFound(NetworkName network) {
    return refusal -> refusal.status() == NOT_FOUND
        ? Optional.of(new NetworkNotFoundException(network.value()))
        : Optional.empty();
  }

  /** Docker answers 404 for a missing container and for a missing network alike. */
  static RefusalMeaning networkOrContainerNotFound(ContainerId container, NetworkName network) {
    return refusal -> {
      if (refusal.status() != NOT_FOUND) {
        return Optional.empty();
      }
      return Optional.of(refusal.says("no such container")
          ? new ContainerNotFoundException(container.value())
          : new NetworkNotFoundException(network.value()));
    };
  }

  /** Docker refuses a taken host port at start with one of two phrasings, by who holds the port. */
  static RefusalMeaning portInUse() {
    return refusal -> refusal.says("port is already allocated") || refusal.says("address already in use")
        ? Optional.of(new PortInUseException(refusal.explanation()))
        : Optional.empty();
  }

  /** R13: any refusal of a create is a creation failure, unless it has a more precise name. */
  static RefusalMeaning createRefused(ContainerSpec spec) {
    return refusal -> {
      if (refusal.status() == NOT_FOUND) {
        return Optional.of(new ImageNotFoundException(spec.image().value(), refusal.explanation()));
      }
      if (refusal.status() == CONFLICT) {
        return Optional.of(new ContainerNameInUseException(
            spec.name().map(ContainerName::value).orElse(refusal.explanation())));
      }
      return Optional.of(new ContainerCreationFailedException(refusal.explanation()));
    };
  }

  /** Whatever stops a pull (no registry, no such repository, no access) leaves the image unavailable. */
  static RefusalMeaning pullFailed(ImageRef image) {
    return refusal -> Optional.of(new ImageNotFoundException(image.value(), refusal.explanation()));
  }
}
