package dev.berth.adapters.podman.libpod;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code GET /libpod/info}, reduced to what berth asks: whether the engine runs rootless. */
public record InfoResponse(@JsonProperty("host") Host host) {
  public record Host(@JsonProperty("security") Security security) {}

  public record Security(@JsonProperty("rootless") boolean rootless) {}

  public boolean rootless() {
    return host != null && host.security() != null && host.security().rootless();
  }
}
