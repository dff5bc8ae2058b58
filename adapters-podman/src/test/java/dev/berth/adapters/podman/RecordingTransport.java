package dev.berth.adapters.podman;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The real transport, noting the path of every request it carries. */
final class RecordingTransport implements DockerHttpClient {
  private final DockerHttpClient real;
  private final List<String> paths = Collections.synchronizedList(new ArrayList<>());

  RecordingTransport(DockerHttpClient real) {
    this.real = real;
  }

  @Override
  public Response execute(Request request) {
    paths.add(request.path());
    return real.execute(request);
  }

  List<String> paths() {
    synchronized (paths) {
      return List.copyOf(paths);
    }
  }

  @Override
  public void close() throws IOException {
    real.close();
  }
}
