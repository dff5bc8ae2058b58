package dev.berth.cli.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the small JSON files of Docker's client config into maps, lists, strings, numbers (as text),
 * booleans and null. The cli keeps wire libraries out (they belong to the adapters), and these files
 * need nothing more.
 */
final class JsonReader {
  private final String text;
  private int at;

  private JsonReader(String text) {
    this.text = text;
  }

  /** The document's value; empty when it is not well-formed JSON. */
  static Optional<Object> parse(String text) {
    try {
      JsonReader reader = new JsonReader(text);
      Object value = reader.value();
      reader.skipWhitespace();
      return reader.at == text.length() ? Optional.ofNullable(value) : Optional.empty();
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  /** The string at {@code path} (object keys, one a level) or empty when any step is missing. */
  static Optional<String> string(Object document, String... path) {
    Object node = document;
    for (String key : path) {
      if (!(node instanceof Map<?, ?> object)) {
        return Optional.empty();
      }
      node = object.get(key);
    }
    return node instanceof String value ? Optional.of(value) : Optional.empty();
  }

  private Object value() {
    skipWhitespace();
    char c = text.charAt(at);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        return number();
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> object = new LinkedHashMap<>();
    expect('{');
    if (peek() == '}') {
      at++;
      return object;
    }
    do {
      skipWhitespace();
      String key = string();
      expect(':');
      object.put(key, value());
    } while (next(',', '}'));
    return object;
  }

  private List<Object> array() {
    List<Object> array = new ArrayList<>();
    expect('[');
    if (peek() == ']') {
      at++;
      return array;
    }
    do {
      array.add(value());
    } while (next(',', ']'));
    return array;
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    for (char c = text.charAt(at++); c != '"'; c = text.charAt(at++)) {
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char escaped = text.charAt(at++);
      switch (escaped) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
        }
        default -> out.append(escaped);
      }
    }
    return out.toString();
  }

  private String number() {
    int start = at;
    while (at < text.length() && "+-.eE0123456789".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    if (start == at) {
      throw new IllegalArgumentException("unexpected '" + text.charAt(at) + "' at " + at);
    }
    return text.substring(start, at);
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw new IllegalArgumentException("expected " + word + " at " + at);
    }
    at += word.length();
    return value;
  }

  /** After a member: true when a separator follows, false at the closing bracket. */
  private boolean next(char separator, char close) {
    char c = peek();
    at++;
    if (c == separator) {
      return true;
    }
    if (c == close) {
      return false;
    }
    throw new IllegalArgumentException("expected '" + separator + "' or '" + close + "' at " + (at - 1));
  }

  private void expect(char c) {
    if (peek() != c) {
      throw new IllegalArgumentException("expected '" + c + "' at " + at);
    }
    at++;
  }

  private char peek() {
    skipWhitespace();
    return text.charAt(at);
  }

  private void skipWhitespace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }
}
