package dev.berth.adapters.podman.libpod;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An OCI mount as libpod takes it: {@code {"type":"bind","source":..,"destination":..,"options":["ro"]}}. */
public record SpecMount(
    @JsonProperty("type") String type,
    @JsonProperty("source") String source,
    @JsonProperty("destination") String destination,
    @JsonProperty("options") List<String> options) {

  public static SpecMount bind(String source, String destination, String mode) {
    return new SpecMount("bind", source, destination, List.of(mode));
  }
}
