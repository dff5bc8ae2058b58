package dev.berth.adapters.podman.libpod;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A published port. A {@code null} host port is left out, and Podman picks a free one at create.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SpecPortMapping(
    @JsonProperty("host_ip") String hostIp,
    @JsonProperty("container_port") int containerPort,
    @JsonProperty("host_port") Integer hostPort,
    @JsonProperty("protocol") String protocol) {}
