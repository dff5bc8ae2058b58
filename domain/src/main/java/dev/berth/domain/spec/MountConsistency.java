package dev.berth.domain.spec;

/**
 * R1: the consistency hint of a bind mount. {@code DELEGATED} is a Docker Desktop hint
 * that lets the container's view lag the host's; engines without it drop it.
 */
public enum MountConsistency {
  DEFAULT,
  DELEGATED
}
