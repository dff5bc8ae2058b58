package dev.berth.domain.spec;

import dev.berth.domain.error.InvalidSpecException;
import java.util.Locale;

/** R10: the transport of a published port; tcp unless said otherwise. */
public enum Protocol {
  TCP,
  UDP,
  SCTP;

  public String lowerCase() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Protocol parse(String field, String whole, String text) {
    for (Protocol protocol : values()) {
      if (protocol.lowerCase().equals(text.toLowerCase(Locale.ROOT))) {
        return protocol;
      }
    }
    throw new InvalidSpecException(field, whole, "unknown protocol \"" + text + "\" (tcp, udp or sctp)");
  }
}
