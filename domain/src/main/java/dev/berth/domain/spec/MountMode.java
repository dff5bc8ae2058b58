package dev.berth.domain.spec;

/** R1: whether the container may write to a bind mount. */
public enum MountMode {
  READ_ONLY("ro"),
  READ_WRITE("rw");

  private final String option;

  MountMode(String option) {
    this.option = option;
  }

  /** The short option engines use: {@code ro} or {@code rw}. */
  public String option() {
    return option;
  }

  public static MountMode writable(boolean write) {
    return write ? READ_WRITE : READ_ONLY;
  }
}
