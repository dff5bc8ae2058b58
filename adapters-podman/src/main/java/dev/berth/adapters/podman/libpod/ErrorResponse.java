package dev.berth.adapters.podman.libpod;

import com.fasterxml.jackson.annotation.JsonProperty;

/** libpod's error body: {@code {"cause": "...", "message": "...", "response": 500}}. */
record ErrorResponse(
    @JsonProperty("cause") String cause,
    @JsonProperty("message") String message,
    @JsonProperty("response") int response) {}
