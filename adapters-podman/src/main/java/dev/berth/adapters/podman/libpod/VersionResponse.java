package dev.berth.adapters.podman.libpod;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code GET /libpod/version}: the engine's own version at the top level. */
public record VersionResponse(
    @JsonProperty("Version") String version,
    @JsonProperty("ApiVersion") String compatApiVersion) {}
