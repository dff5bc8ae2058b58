package dev.berth.adapters.podman.libpod;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One JSON line of a pull's progress stream: some progress text, an error, or the pulled image ids. */
public record PullReport(
    @JsonProperty("stream") String stream,
    @JsonProperty("error") String error,
    @JsonProperty("images") List<String> images,
    @JsonProperty("id") String id) {}
