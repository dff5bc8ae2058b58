package dev.berth.adapters.podman;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The real transport, noting the path of every request it carries and the body of the last create. */
final class RecordingTransport implements DockerHttpClient {
  private final DockerHttpClient real;
  private final List<String> paths = Collections.synchronizedList(new ArrayList<>());
  private volatile String lastCreateBody = "";

  RecordingTransport(DockerHttpClient real) {
    this.real = real;
  }

  @Override
  public Response execute(Request request) {
    paths.add(request.path());
    if (request.path().endsWith("/containers/create")) {
      lastCreateBody = new String(request.bodyBytes(), StandardCharsets.UTF_8);
    }
    return real.execute(request);
  }

  List<String> paths() {
    synchronized (paths) {
      return List.copyOf(paths);
    }
  }

  String lastCreateBody() {
    return lastCreateBody;
  }

  @Override
  public void close() throws IOException {
    real.close();
  }
}
