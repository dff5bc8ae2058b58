package dev.berth.domain.spec;

import dev.berth.domain.BerthStyle;
import org.immutables.value.Value;

/** A host directory bound into the container. */
@Value.Immutable
@BerthStyle
public interface Mount {
  HostPath source();

  ContainerPath target();

  MountMode mode();

  @Value.Default
  default MountConsistency consistency() {
    return MountConsistency.DEFAULT;
  }

  static Mount of(HostPath source, ContainerPath target, MountMode mode) {
    return ImmutableMount.builder().source(source).target(target).mode(mode).build();
  }

  static Mount of(String source, String target, MountMode mode) {
    return of(HostPath.of(source), ContainerPath.of(target), mode);
  }

  /**
   * Parses {@code HOST:CONTAINER[:ro|rw]} (read-write when no mode is given, as Docker does).
   * The host part may be a Windows path with a drive letter.
   */
  static Mount parse(String text) {
    String field = "volume";
    Invalid.requireText(text, field);
    String rest = text;
    MountMode mode = MountMode.READ_WRITE;
    int last = rest.lastIndexOf(':');
    if (last > 0) {
      String tail = rest.substring(last + 1);
      if (tail.equals("ro") || tail.equals("rw")) {
        mode = tail.equals("ro") ? MountMode.READ_ONLY : MountMode.READ_WRITE;
        rest = rest.substring(0, last);
      }
    }
    int split = rest.lastIndexOf(':');
    Invalid.unless(split > 0 && split < rest.length() - 1, field, text, "expected HOST:CONTAINER[:ro|rw]");
    String host = rest.substring(0, split);
    String container = rest.substring(split + 1);
    Invalid.unless(!(host.length() == 1 && Character.isLetter(host.charAt(0))), field, text,
        "expected HOST:CONTAINER[:ro|rw]");
    Invalid.unless(container.startsWith("/"), field, text, "the container path must be absolute");
    return of(HostPath.of(host), ContainerPath.of(container), mode);
  }

  /** Docker's short form, {@code source:target:mode}. */
  default String describe() {
    return source().value() + ":" + target().value() + ":" + mode().option()
        + (consistency() == MountConsistency.DELEGATED ? ",delegated" : "");
  }
}
