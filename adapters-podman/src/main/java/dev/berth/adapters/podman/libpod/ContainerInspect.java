package dev.berth.adapters.podman.libpod;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** {@code GET /libpod/containers/{id}/json}, reduced to the settings berth reads back. */
public record ContainerInspect(
    @JsonProperty("Id") String id,
    @JsonProperty("Name") String name,
    @JsonProperty("ImageName") String imageName,
    @JsonProperty("Path") String path,
    @JsonProperty("Args") List<String> args,
    @JsonProperty("State") State state,
    @JsonProperty("Mounts") List<MountPoint> mounts,
    @JsonProperty("Config") Config config,
    @JsonProperty("HostConfig") HostConfig hostConfig,
    @JsonProperty("NetworkSettings") NetworkSettings networkSettings) {

  public record State(@JsonProperty("Status") String status, @JsonProperty("ExitCode") int exitCode) {}

  /** A mount as Podman reports it: {@code RW}, plus options such as {@code rbind} and a propagation. */
  public record MountPoint(
      @JsonProperty("Type") String type,
      @JsonProperty("Source") String source,
      @JsonProperty("Destination") String destination,
      @JsonProperty("Options") List<String> options,
      @JsonProperty("RW") boolean readWrite,
      @JsonProperty("Propagation") String propagation) {}

  /**
   * The process settings. Podman 4 reports the entrypoint as one space-joined string (Podman 5
   * as an array), so it is kept as JSON here and rebuilt from {@code Path}/{@code Args} by readers.
   */
  public record Config(
      @JsonProperty("User") String user,
      @JsonProperty("Env") List<String> env,
      @JsonProperty("Cmd") List<String> cmd,
      @JsonProperty("Entrypoint") JsonNode entrypoint,
      @JsonProperty("WorkingDir") String workingDir,
      @JsonProperty("Labels") Map<String, String> labels,
      @JsonProperty("Tty") boolean tty) {}

  public record HostConfig(
      @JsonProperty("Memory") long memory,
      @JsonProperty("ExtraHosts") List<String> extraHosts,
      @JsonProperty("Dns") List<String> dns,
      @JsonProperty("PortBindings") Map<String, List<PortBinding>> portBindings,
      @JsonProperty("NetworkMode") String networkMode) {}

  public record PortBinding(@JsonProperty("HostIp") String hostIp, @JsonProperty("HostPort") String hostPort) {}

  public record NetworkSettings(@JsonProperty("Networks") Map<String, JsonNode> networks) {}
}
