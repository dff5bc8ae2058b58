package dev.berth.domain.container;

import java.util.Locale;

/** Where a container is in its life, in the words both engines use for it. */
public enum ContainerState {
  CREATED,
  RUNNING,
  PAUSED,
  RESTARTING,
  EXITED,
  REMOVING,
  DEAD,
  UNKNOWN;

  public static ContainerState parse(String engineStatus) {
    if (engineStatus == null) {
      return UNKNOWN;
    }
    switch (engineStatus.toLowerCase(Locale.ROOT)) {
      case "created":
      case "configured":
      case "initialized":
        return CREATED;
      case "running":
        return RUNNING;
      case "paused":
        return PAUSED;
      case "restarting":
        return RESTARTING;
      case "exited":
      case "stopped":
        return EXITED;
      case "removing":
        return REMOVING;
      case "dead":
        return DEAD;
      default:
        return UNKNOWN;
    }
  }
}
