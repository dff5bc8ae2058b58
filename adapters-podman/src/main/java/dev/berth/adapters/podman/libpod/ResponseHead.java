package dev.berth.adapters.podman.libpod;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The status line and headers of an answer. */
record ResponseHead(int status, Map<String, List<String>> headers) {
  /** The first value of a header, its name compared without case as HTTP wants. */
  Optional<String> header(String name) {
    return headers.entrySet().stream()
        .filter(entry -> entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty())
        .map(entry -> entry.getValue().get(0))
        .findFirst();
  }
}
