package dev.berth.domain.spec;

import dev.berth.domain.BerthStyle;
import org.immutables.value.Value;

/** An IPv4 or IPv6 address literal, checked as text (the domain resolves nothing). */
@Value.Immutable
@BerthStyle
public interface IpAddress {
  @Value.Parameter
  String value();

  static IpAddress of(String value) {
    return ImmutableIpAddress.of(value);
  }

  static IpAddress of(String field, String value) {
    Invalid.requireText(value, field);
    Invalid.unless(isLiteral(value), field, value, "not an IPv4 or IPv6 address");
    return of(value);
  }

  static boolean isLiteral(String text) {
    return isIpv4(text) || isIpv6(text);
  }

  private static boolean isIpv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
        return false;
      }
      if (Integer.parseInt(part) > 255 || (part.length() > 1 && part.charAt(0) == '0')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIpv6(String text) {
    if (text.indexOf(':') < 0) {
      return false;
    }
    String body = text;
    int lastColon = text.lastIndexOf(':');
    String embeddedIpv4 = text.substring(lastColon + 1);
    if (embeddedIpv4.contains(".")) {
      if (!isIpv4(embeddedIpv4)) {
        return false;
      }
      body = text.substring(0, lastColon + 1) + "0:0";
    }
    int doubleColon = body.indexOf("::");
    if (doubleColon < 0) {
      return countGroups(body) == 8;
    }
    if (body.indexOf("::", doubleColon + 1) >= 0) {
      return false;
    }
    int left = countGroups(body.substring(0, doubleColon));
    int right = countGroups(body.substring(doubleColon + 2));
    return left >= 0 && right >= 0 && left + right <= 7;
  }

  /** The number of hex groups in a colon-separated run, or -1 when one is malformed. */
  private static int countGroups(String run) {
    if (run.isEmpty()) {
      return 0;
    }
    String[] groups = run.split(":", -1);
    for (String group : groups) {
      if (group.isEmpty() || group.length() > 4 || !group.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
        return -1;
      }
    }
    return groups.length;
  }

  @Value.Check
  default void check() {
    Invalid.unless(isLiteral(value()), "IP address", value(), "not an IPv4 or IPv6 address");
  }
}
