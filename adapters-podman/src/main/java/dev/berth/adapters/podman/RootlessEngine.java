package dev.berth.adapters.podman;

import dev.berth.adapters.podman.libpod.LibpodClient;

/** Whether the engine runs rootless, asked of it once and then remembered: it cannot change while it runs. */
final class RootlessEngine {
  private final LibpodClient client;
  private volatile Boolean rootless;

  RootlessEngine(LibpodClient client) {
    this.client = client;
  }

  boolean get() {
    Boolean known = rootless;
    if (known == null) {
      known = client.info().rootless();
      rootless = known;
    }
    return known;
  }
}
