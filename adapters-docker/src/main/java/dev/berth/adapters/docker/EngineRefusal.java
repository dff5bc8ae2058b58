package dev.berth.adapters.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.exception.DockerException;
import java.io.IOException;
import java.util.Locale;

/**
 * What the engine (or docker-java on its behalf) said when it refused a call: the HTTP status,
 * 0 when the refusal came inside a stream, and the engine's own explanation.
 */
record EngineRefusal(int status, String explanation) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STATUS_PREFIX = "Status %d: ";

  static EngineRefusal of(RuntimeException failure) {
    if (failure instanceof DockerException docker) {
      return new EngineRefusal(docker.getHttpStatus(), engineMessage(docker));
    }
    return new EngineRefusal(0, String.valueOf(failure.getMessage()));
  }

  boolean says(String phrase) {
    return explanation.toLowerCase(Locale.ROOT).contains(phrase.toLowerCase(Locale.ROOT));
  }

  /** docker-java's message is {@code Status N: <body>}; the body is the engine's {@code {"message": ...}}. */
  private static String engineMessage(DockerException failure) {
    String body = String.valueOf(failure.getMessage())
        .replaceFirst("^" + String.format(STATUS_PREFIX, failure.getHttpStatus()), "")
        .strip();
    try {
      JsonNode message = JSON.readTree(body).path("message");
      return message.isTextual() ? message.asText() : body;
    } catch (IOException notJson) {
      return body;
    }
  }
}
