package dev.berth.adapters.podman;

import dev.berth.adapters.podman.libpod.LibpodApiException;
import dev.berth.adapters.podman.libpod.LibpodClient;
import dev.berth.adapters.podman.libpod.LibpodConnectionException;
import dev.berth.adapters.podman.libpod.LibpodException;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.ContainerCreationFailedException;
import dev.berth.domain.error.ContainerNameInUseException;
import dev.berth.domain.error.ContainerNotFoundException;
import dev.berth.domain.error.EngineUnreachableException;
import dev.berth.domain.error.ImageNotFoundException;
import dev.berth.domain.error.NetworkNotFoundException;
import dev.berth.domain.error.PortInUseException;
import dev.berth.domain.error.RuntimeOperationException;
import dev.berth.domain.spec.ContainerName;
import dev.berth.domain.spec.ContainerSpec;
import dev.berth.domain.spec.ImageRef;
import dev.berth.domain.spec.NetworkName;

/**
 * Turns libpod's answers into berth's errors. libpod reports most refusals as HTTP 500, so
 * the kind is read from its error {@code cause} and message, not from the status alone.
 */
final class PodmanErrors {
  private static final String ADDRESS_IN_USE = "address already in use";

  private PodmanErrors() {}

  static BerthException onCreate(LibpodException failure, ContainerSpec spec) {
    if (!(failure instanceof LibpodApiException refused)) {
      return unreachable(failure);
    }
    if (refused.mentions("image not known") || refused.mentions("no such image")) {
      return new ImageNotFoundException(spec.image().value(), refused.detail());
    }
    if (refused.mentions("name is already in use")) {
      return new ContainerNameInUseException(spec.name().map(ContainerName::value).orElse(refused.detail()));
    }
    if (refused.mentions(ADDRESS_IN_USE)) {
      return new PortInUseException(refused.detail());
    }
    return new ContainerCreationFailedException(refused.detail());
  }

  /** An endpoint that answers, but not as libpod (a Docker engine, say), has no Podman to reach. */
  static BerthException onPing(LibpodException failure, String endpoint) {
    if (failure instanceof LibpodApiException refused && refused.engineCause().equals(LibpodClient.NOT_LIBPOD)) {
      return new EngineUnreachableException(endpoint,
          "it answers, but not as Podman's libpod API (" + refused.detail() + "); is it another engine?");
    }
    return onEngine(failure, "ping");
  }

  /** A pull libpod refuses, or reports failed in its stream, is an image berth cannot have. */
  static BerthException onPull(LibpodException failure, ImageRef image) {
    if (failure instanceof LibpodApiException refused) {
      return new ImageNotFoundException(image.value(), refused.detail());
    }
    return unreachable(failure);
  }

  static BerthException onConnect(LibpodException failure, ContainerId container, NetworkName network) {
    if (failure instanceof LibpodApiException refused && refused.mentions("network not found")) {
      return new NetworkNotFoundException(network.value());
    }
    return onContainer(failure, "connect to network " + network.value(), container);
  }

  static BerthException onStart(LibpodException failure, ContainerId container) {
    if (failure instanceof LibpodApiException refused && refused.mentions(ADDRESS_IN_USE)) {
      return new PortInUseException(refused.detail());
    }
    return onContainer(failure, "start", container);
  }

  /** A request about one container: 404 is a missing container, anything else the operation's failure. */
  static BerthException onContainer(LibpodException failure, String operation, ContainerId container) {
    if (failure instanceof LibpodApiException refused && refused.isNotFound()) {
      return new ContainerNotFoundException(container.value());
    }
    return onEngine(failure, operation);
  }

  static BerthException onEngine(LibpodException failure, String operation) {
    if (failure instanceof LibpodApiException refused) {
      return new RuntimeOperationException(operation, refused.detail(), refused);
    }
    return unreachable(failure);
  }

  /** For a {@link LibpodException} that is not an API refusal: the sealed family has only the two. */
  private static EngineUnreachableException unreachable(LibpodException failure) {
    LibpodConnectionException lost = (LibpodConnectionException) failure;
    return new EngineUnreachableException(lost.endpoint(), LibpodConnectionException.describe(lost.getCause()), lost);
  }
}
