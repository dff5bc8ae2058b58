package dev.berth.cli.output;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a view (maps, lists, strings, numbers, booleans) as indented JSON. Hand-written because the
 * views are simple and a JSON library would cost every command its start-up time.
 */
public final class Json {
  private Json() {}

  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "");
    return out.append('\n').toString();
  }

  private static void write(Object value, StringBuilder out, String indent) {
    if (value instanceof Map<?, ?> map) {
      writeEntries(map.entrySet().iterator(), '{', '}', out, indent, true);
    } else if (value instanceof Collection<?> list) {
      writeEntries(list.iterator(), '[', ']', out, indent, false);
    } else if (value instanceof Number || value instanceof Boolean || value == null) {
      out.append(value);
    } else {
      quote(value.toString(), out);
    }
  }

  private static void writeEntries(Iterator<?> entries, char open, char close, StringBuilder out, String indent,
      boolean keyed) {
    if (!entries.hasNext()) {
      out.append(open).append(close);
      return;
    }
    String inner = indent + "  ";
    out.append(open);
    while (entries.hasNext()) {
      out.append('\n').append(inner);
      Object entry = entries.next();
      if (keyed) {
        Map.Entry<?, ?> keyValue = (Map.Entry<?, ?>) entry;
        quote(keyValue.getKey().toString(), out);
        out.append(": ");
        write(keyValue.getValue(), out, inner);
      } else {
        write(entry, out, inner);
      }
      if (entries.hasNext()) {
        out.append(',');
      }
    }
    out.append('\n').append(indent).append(close);
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
