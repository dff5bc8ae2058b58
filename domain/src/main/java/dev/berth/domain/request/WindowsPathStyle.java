package dev.berth.domain.request;

/** R7: how an engine running on Windows expects a host path: it depends on the runtime. */
public enum WindowsPathStyle {
  /** Docker Desktop: {@code C:\Users\x} becomes {@code /c/Users/x}. */
  DRIVE_ROOT("/"),
  /** Podman machine (WSL): {@code C:\Users\x} becomes {@code /mnt/c/Users/x}. */
  MNT_DRIVE("/mnt/");

  private final String drivePrefix;

  WindowsPathStyle(String drivePrefix) {
    this.drivePrefix = drivePrefix;
  }

  public String drivePrefix() {
    return drivePrefix;
  }
}
