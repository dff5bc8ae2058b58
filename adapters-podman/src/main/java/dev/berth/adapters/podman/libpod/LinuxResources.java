package dev.berth.adapters.podman.libpod;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The OCI resource limits berth sets: only memory. */
public record LinuxResources(@JsonProperty("memory") Memory memory) {
  /** The memory limit in bytes. */
  public record Memory(@JsonProperty("limit") long limit) {}

  public static LinuxResources memoryLimit(long bytes) {
    return new LinuxResources(new Memory(bytes));
  }
}
