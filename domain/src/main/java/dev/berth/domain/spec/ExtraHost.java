package dev.berth.domain.spec;

import dev.berth.domain.BerthStyle;
import org.immutables.value.Value;

/** R11: a {@code name:ip} line added to the container's /etc/hosts. */
@Value.Immutable
@BerthStyle
public interface ExtraHost {
  String FIELD = "add-host";

  String hostname();

  IpAddress address();

  static ExtraHost of(String hostname, IpAddress address) {
    return ImmutableExtraHost.builder().hostname(hostname).address(address).build();
  }

  /** Parses {@code name:ip}; the address may be IPv6, so the name ends at the first colon. */
  static ExtraHost parse(String text) {
    Invalid.requireText(text, FIELD);
    int colon = text.indexOf(':');
    Invalid.unless(colon > 0 && colon < text.length() - 1, FIELD, text, "expected NAME:IP");
    String address = text.substring(colon + 1);
    Invalid.unless(IpAddress.isLiteral(address), FIELD, text, "\"" + address + "\" is not an IP address");
    return of(text.substring(0, colon), IpAddress.of(address));
  }

  /** {@code name:ip}, as both engines take it. */
  default String asHostsEntry() {
    return hostname() + ":" + address().value();
  }

  @Value.Check
  default void check() {
    Invalid.unless(hostname().matches("[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?"), FIELD, hostname(),
        "not a valid host name");
  }
}
