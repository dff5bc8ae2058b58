package dev.berth.domain.spec;

import dev.berth.domain.error.InvalidSpecException;

/** Small guards shared by the value types' checks. */
final class Invalid {
  private Invalid() {}

  static void unless(boolean valid, String field, Object value, String reason) {
    if (!valid) {
      throw new InvalidSpecException(field, value, reason);
    }
  }

  static void requireText(String text, String field) {
    unless(text != null && !text.isBlank(), field, text == null ? "" : text, "must not be empty");
    unless(text.indexOf('\0') < 0, field, text.replace('\0', '?'), "must not contain NUL");
  }
}
