package dev.berth.adapters.podman.libpod;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /libpod/containers/create}: the subset of Podman's SpecGenerator
 * ({@code pkg/specgen/specgen.go}) berth sets. Absent and empty values are left out, so Podman
 * applies the image's or its own defaults; booleans are always sent.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SpecGenerator(
    @JsonProperty("name") String name,
    @JsonProperty("image") String image,
    @JsonProperty("entrypoint") List<String> entrypoint,
    @JsonProperty("command") List<String> command,
    @JsonProperty("work_dir") String workDir,
    @JsonProperty("create_working_dir") boolean createWorkingDir,
    @JsonProperty("terminal") boolean terminal,
    @JsonProperty("httpproxy") boolean httpProxy,
    @JsonProperty("mounts") List<SpecMount> mounts,
    @JsonProperty("user") String user,
    @JsonProperty("userns") Namespace userNamespace,
    @JsonProperty("env") Map<String, String> env,
    @JsonProperty("portmappings") List<SpecPortMapping> portMappings,
    @JsonProperty("resource_limits") LinuxResources resourceLimits,
    @JsonProperty("hostadd") List<String> hostAdd,
    @JsonProperty("dns_server") List<String> dnsServers,
    @JsonProperty("labels") Map<String, String> labels,
    @JsonProperty("netns") Namespace networkNamespace) {}
