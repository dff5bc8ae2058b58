package dev.berth.adapters.podman.libpod;

/** Which of a container's output streams a chunk of its logs came from. */
public enum OutputStreamKind {
  STDOUT,
  STDERR
}
