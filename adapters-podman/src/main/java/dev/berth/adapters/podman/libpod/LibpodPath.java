package dev.berth.adapters.podman.libpod;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A request path on Podman's native API. It is the only way the client names an endpoint, and
 * it always starts with {@link #PREFIX}: no request can reach Podman's Docker-compatible API.
 */
public final class LibpodPath {
  /** The libpod API version the client speaks; Podman 4.0 and later serve it. */
  public static final String PREFIX = "/v4.0.0/libpod";

  private final List<String> segments;
  private final List<String> query;

  private LibpodPath(List<String> segments, List<String> query) {
    this.segments = List.copyOf(segments);
    this.query = List.copyOf(query);
  }

  /** {@code /v4.0.0/libpod/<segment>/<segment>...}, each segment escaped (an image name keeps its slash inside one). */
  public static LibpodPath of(String... segments) {
    return new LibpodPath(List.of(segments), List.of());
  }

  public LibpodPath query(String name, Object value) {
    List<String> more = new ArrayList<>(query);
    more.add(escape(name) + "=" + escape(String.valueOf(value)));
    return new LibpodPath(segments, more);
  }

  /** The path and query as sent on the wire. */
  public String value() {
    StringBuilder path = new StringBuilder(PREFIX);
    segments.forEach(segment -> path.append('/').append(escapeSegment(segment)));
    if (!query.isEmpty()) {
      path.append('?').append(String.join("&", query));
    }
    return path.toString();
  }

  @Override
  public String toString() {
    return value();
  }

  /** A segment of dots alone would be resolved as "this" or "parent" and could leave the prefix. */
  private static String escapeSegment(String segment) {
    return segment.matches("\\.+") ? segment.replace(".", "%2E") : escape(segment);
  }

  /** RFC 3986 percent-encoding of everything but the unreserved characters and ':'. */
  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (isUnreserved(c)) {
        escaped.append(c);
      } else {
        escaped.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return escaped.toString();
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~' || c == ':';
  }
}
