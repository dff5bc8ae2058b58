package dev.berth.adapters.podman.libpod;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A namespace choice, e.g. {@code {"nsmode":"host"}} for the network or {@code keep-id} for users. */
public record Namespace(@JsonProperty("nsmode") String mode) {
  public static final Namespace HOST = new Namespace("host");
  public static final Namespace KEEP_ID = new Namespace("keep-id");
}
