package dev.berth.adapters.podman.libpod;

/** A libpod request that did not succeed: the engine refused it, or could not be reached. */
public abstract sealed class LibpodException extends RuntimeException
    permits LibpodApiException, LibpodConnectionException {
  protected LibpodException(String message, Throwable cause) {
    super(message, cause);
  }
}
