package dev.berth.adapters.podman.libpod;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient.Request.Method;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * libpod requests carried by docker-java's transport: JSON in, status checked, JSON or a stream
 * out. Every failure leaves as a {@link LibpodException}; no transport type escapes.
 */
final class LibpodHttp {
  /** Reads an open response body; the stream is closed afterwards. */
  @FunctionalInterface
  interface BodyReader<T> {
    T read(InputStream body) throws IOException;
  }

  private final DockerHttpClient transport;
  private final ObjectMapper json;
  private final String endpoint;

  LibpodHttp(DockerHttpClient transport, ObjectMapper json, String endpoint) {
    this.transport = transport;
    this.json = json;
    this.endpoint = endpoint;
  }

  <T> T call(Method method, LibpodPath path, Object body, Class<T> answer) {
    return exchange(method, path, body, stream -> json.readValue(stream, answer));
  }

  void call(Method method, LibpodPath path, Object body) {
    exchange(method, path, body, InputStream::readAllBytes);
  }

  /**
   * Sends the request and hands the body of a successful answer to {@code reader}. What the
   * reader itself throws unchecked (a log sink's failure) is its own and passes through as is.
   */
  <T> T exchange(Method method, LibpodPath path, Object body, BodyReader<T> reader) {
    try (DockerHttpClient.Response response = send(method, path, body)) {
      int status = response.getStatusCode();
      InputStream stream = response.getBody();
      if (status >= 400) {
        throw refusal(path, status, stream.readAllBytes());
      }
      return reader.read(stream);
    } catch (JsonProcessingException e) {
      throw new LibpodApiException(path, 200, "unreadable response", e.getOriginalMessage());
    } catch (IOException e) {
      throw new LibpodConnectionException(endpoint, e);
    }
  }

  /** The status and headers of a GET whose body does not matter (a ping, an existence check). */
  ResponseHead head(LibpodPath path) {
    try (DockerHttpClient.Response response = send(Method.GET, path, null)) {
      response.getBody().readAllBytes();
      return new ResponseHead(response.getStatusCode(), response.getHeaders());
    } catch (IOException e) {
      throw new LibpodConnectionException(endpoint, e);
    }
  }

  /** The transport reports a missing socket, a refused connection or a timeout as unchecked exceptions. */
  private DockerHttpClient.Response send(Method method, LibpodPath path, Object body) throws IOException {
    DockerHttpClient.Request.Builder request = DockerHttpClient.Request.builder()
        .method(method)
        .path(path.value());
    if (body != null) {
      request.putHeader("Content-Type", "application/json").bodyBytes(json.writeValueAsBytes(body));
    }
    try {
      return transport.execute(request.build());
    } catch (RuntimeException e) {
      throw new LibpodConnectionException(endpoint, e);
    }
  }

  private LibpodApiException refusal(LibpodPath path, int status, byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).trim();
    try {
      ErrorResponse error = json.readValue(body, ErrorResponse.class);
      return new LibpodApiException(path, status, nullToEmpty(error.cause()),
          error.message() == null ? text : error.message());
    } catch (IOException notLibpodJson) {
      return new LibpodApiException(path, status, "", text.isEmpty() ? "HTTP " + status : text);
    }
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
