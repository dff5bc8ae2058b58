package dev.berth.adapters.podman.libpod;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The answer to a create: the new container's id. */
public record ContainerCreateResponse(
    @JsonProperty("Id") String id,
    @JsonProperty("Warnings") List<String> warnings) {}
