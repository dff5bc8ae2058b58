package dev.berth.domain.request;

/** What the host found at the code dir path. */
public enum CodeDirKind {
  DIRECTORY,
  NOT_A_DIRECTORY,
  MISSING
}
