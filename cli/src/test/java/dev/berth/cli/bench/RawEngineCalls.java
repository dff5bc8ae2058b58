package dev.berth.cli.bench;

import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import com.github.dockerjava.transport.DockerHttpClient.Response;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine floor: one create and one remove as bare HTTP on the transport berth's adapters use,
 * with a body serialised beforehand, so no mapping and no client library is in the way. Plain
 * sockets only ({@code unix://}, {@code tcp://} without TLS): the benchmarks run on local engines.
 */
final class RawEngineCalls implements AutoCloseable {
  /** Both engines answer a create with {@code {"Id":"<hex>","Warnings":[...]}}. */
  private static final Pattern ID = Pattern.compile("\"Id\"\\s*:\\s*\"([0-9a-f]+)\"");

  private final BenchEngine engine;
  private final DockerHttpClient http;

  RawEngineCalls(BenchEngine engine) {
    this.engine = engine;
    this.http = new ZerodepDockerHttpClient.Builder()
        .dockerHost(URI.create(engine.endpoint().uri()))
        .responseTimeout(Duration.ofSeconds(30))
        .build();
  }

  String create(byte[] body) {
    Request create = Request.builder().method(Request.Method.POST).path(engine.createPath)
        .putHeader("Content-Type", "application/json").bodyBytes(body).build();
    String answer = send(create);
    Matcher id = ID.matcher(answer);
    if (!id.find()) {
      throw new IllegalStateException("no container id in the create answer: " + answer);
    }
    return id.group(1);
  }

  void remove(String containerId) {
    send(Request.builder().method(Request.Method.DELETE).path(engine.removePath(containerId)).build());
  }

  /** The answer's body; a status other than 2xx is a failure, so a refused call never counts as a fast one. */
  private String send(Request request) {
    try (Response response = http.execute(request)) {
      String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
      if (response.getStatusCode() / 100 != 2) {
        throw new IllegalStateException(request.method() + " " + request.path() + ": "
            + response.getStatusCode() + " " + body);
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    http.close();
  }
}
