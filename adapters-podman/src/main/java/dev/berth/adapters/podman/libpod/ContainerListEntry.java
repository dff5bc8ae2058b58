package dev.berth.adapters.podman.libpod;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** One entry of {@code GET /libpod/containers/json}. */
public record ContainerListEntry(
    @JsonProperty("Id") String id,
    @JsonProperty("Names") List<String> names,
    @JsonProperty("Image") String image,
    @JsonProperty("State") String state,
    @JsonProperty("Labels") Map<String, String> labels) {}
