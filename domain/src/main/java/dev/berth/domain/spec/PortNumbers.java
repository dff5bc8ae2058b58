package dev.berth.domain.spec;

/** The one range check for port numbers, for every field that holds one. */
public final class PortNumbers {
  private static final int LOWEST = 1;
  private static final int HIGHEST = 65535;

  private PortNumbers() {}

  public static void requireValid(int port, String field) {
    Invalid.unless(port >= LOWEST && port <= HIGHEST, field, port, "port numbers are 1-65535");
  }
}
