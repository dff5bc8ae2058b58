package dev.berth.adapters.podman.libpod;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /libpod/networks/{name}/connect}. */
record NetworkConnectRequest(@JsonProperty("container") String container) {}
