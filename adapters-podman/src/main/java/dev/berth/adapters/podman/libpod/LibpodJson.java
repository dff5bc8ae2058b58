package dev.berth.adapters.podman.libpod;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON mapping of the client, so a described request is byte for byte the one sent. */
public final class LibpodJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      // libpod answers carry far more than the client reads, and grow with every release.
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private LibpodJson() {}

  static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The JSON text of a request body exactly as the client sends it. */
  public static String write(Object body) {
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a libpod request body: " + body.getClass().getName(), e);
    }
  }
}
