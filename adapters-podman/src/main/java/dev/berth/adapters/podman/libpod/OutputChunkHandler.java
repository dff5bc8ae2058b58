package dev.berth.adapters.podman.libpod;

/** Receives a container's output as it arrives. */
@FunctionalInterface
public interface OutputChunkHandler {
  void accept(OutputStreamKind stream, byte[] chunk);
}
