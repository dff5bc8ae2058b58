package dev.berth.adapters.podman.libpod;

import com.fasterxml.jackson.databind.MappingIterator;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient.Request.Method;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.io.Closeable;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A small typed client of Podman's native libpod API, for the endpoints berth uses. Every path it
 * requests is a {@link LibpodPath}; every failure is a {@link LibpodException}.
 */
public final class LibpodClient implements Closeable {
  /** The {@link LibpodApiException#engineCause()} of an endpoint that answers, but not as libpod. */
  public static final String NOT_LIBPOD = "not a libpod service";

  private static final String LIBPOD_API_VERSION_HEADER = "Libpod-Api-Version";

  private final DockerHttpClient transport;
  private final LibpodHttp http;

  private LibpodClient(DockerHttpClient transport, String endpoint) {
    this.transport = transport;
    this.http = new LibpodHttp(transport, LibpodJson.mapper(), endpoint);
  }

  /** A client over any docker-java transport; {@code endpoint} names it in errors. */
  public static LibpodClient over(DockerHttpClient transport, String endpoint) {
    return new LibpodClient(transport, endpoint);
  }

  /** A client for the endpoint; no connection is made until the first request. */
  public static LibpodClient open(LibpodConnectionSettings settings) {
    ZerodepDockerHttpClient.Builder transport = new ZerodepDockerHttpClient.Builder()
        .dockerHost(settings.host())
        .connectionTimeout(settings.connectTimeout());
    settings.tls().ifPresent(transport::sslConfig);
    settings.responseTimeout().ifPresent(transport::responseTimeout);
    return over(transport.build(), settings.host().toString());
  }

  /** The libpod API version the engine speaks; fails when the endpoint is not a libpod service. */
  public String ping() {
    LibpodPath path = LibpodPath.of("_ping");
    ResponseHead head = http.head(path);
    if (head.status() != 200) {
      throw new LibpodApiException(path, head.status(), NOT_LIBPOD, "libpod's _ping answered " + head.status());
    }
    return head.header(LIBPOD_API_VERSION_HEADER).orElseThrow(() -> new LibpodApiException(
        path, head.status(), NOT_LIBPOD, "_ping carries no " + LIBPOD_API_VERSION_HEADER + " header"));
  }

  public VersionResponse version() {
    return http.call(Method.GET, LibpodPath.of("version"), null, VersionResponse.class);
  }

  public InfoResponse info() {
    return http.call(Method.GET, LibpodPath.of("info"), null, InfoResponse.class);
  }

  public boolean imageExists(String image) {
    LibpodPath path = LibpodPath.of("images", image, "exists");
    ResponseHead head = http.head(path);
    if (head.status() == 404) {
      return false;
    }
    if (head.status() >= 400) {
      throw new LibpodApiException(path, head.status(), "", "image existence check failed");
    }
    return true;
  }

  /** Pulls an image, handing on each progress line as it arrives; pull errors come as reports too. */
  public void pullImage(String reference, Consumer<PullReport> progress) {
    LibpodPath path = LibpodPath.of("images", "pull").query("reference", reference);
    http.exchange(Method.POST, path, null, body -> {
      try (MappingIterator<PullReport> reports = LibpodJson.mapper().readerFor(PullReport.class).readValues(body)) {
        reports.forEachRemaining(progress);
      }
      return null;
    });
  }

  public String createContainer(SpecGenerator spec) {
    return http.call(Method.POST, LibpodPath.of("containers", "create"), spec, ContainerCreateResponse.class).id();
  }

  public void connectNetwork(String network, String container) {
    http.call(Method.POST, LibpodPath.of("networks", network, "connect"), new NetworkConnectRequest(container));
  }

  public void startContainer(String container) {
    http.call(Method.POST, LibpodPath.of("containers", container, "start"), null);
  }

  /** Copies the container's output to {@code handler}; with {@code follow}, until the container stops. */
  public void containerLogs(String container, boolean follow, OutputChunkHandler handler) {
    LibpodPath path = LibpodPath.of("containers", container, "logs")
        .query("follow", follow).query("stdout", true).query("stderr", true);
    http.exchange(Method.GET, path, null, body -> {
      MultiplexedStreamReader.copy(body, handler);
      return null;
    });
  }

  /** Blocks until the container reaches {@code condition} ({@code stopped}, {@code exited}...); its exit code. */
  public int waitContainer(String container, String condition) {
    LibpodPath path = LibpodPath.of("containers", container, "wait").query("condition", condition);
    return http.call(Method.POST, path, null, Integer.class);
  }

  public void stopContainer(String container, long timeoutSeconds) {
    http.call(Method.POST, LibpodPath.of("containers", container, "stop").query("timeout", timeoutSeconds), null);
  }

  /**
   * Removes the container, running or not, with its anonymous volumes. {@code timeout=0} because
   * libpod's forced delete otherwise waits the full stop timeout for a process that ignores SIGTERM.
   */
  public void removeContainer(String container) {
    LibpodPath path = LibpodPath.of("containers", container)
        .query("force", true).query("v", true).query("timeout", 0);
    http.call(Method.DELETE, path, null);
  }

  public ContainerInspect inspectContainer(String container) {
    return http.call(Method.GET, LibpodPath.of("containers", container, "json"), null, ContainerInspect.class);
  }

  /** All containers, running or not, matching libpod's filters (e.g. {@code label -> [k=v]}). */
  public List<ContainerListEntry> listContainers(Map<String, List<String>> filters) {
    LibpodPath path = LibpodPath.of("containers", "json")
        .query("all", true).query("filters", LibpodJson.write(filters));
    return Arrays.asList(http.call(Method.GET, path, null, ContainerListEntry[].class));
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }
}
