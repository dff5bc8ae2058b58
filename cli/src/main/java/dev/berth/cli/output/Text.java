package dev.berth.cli.output;

import java.util.Collection;
import java.util.Map;

/** Writes a view for people: one {@code key: value} a line, nested values indented below their key. */
public final class Text {
  private Text() {}

  public static String write(Map<String, ?> view) {
    StringBuilder out = new StringBuilder();
    writeMap(view, out, "");
    return out.toString();
  }

  private static void writeMap(Map<?, ?> map, StringBuilder out, String indent) {
    writeMap(map, out, indent, indent);
  }

  /** {@code firstIndent} lets a list item's first key share the line of its dash. */
  private static void writeMap(Map<?, ?> map, StringBuilder out, String indent, String firstIndent) {
    String keyIndent = firstIndent;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.append(keyIndent).append(entry.getKey()).append(':');
      writeValue(entry.getValue(), out, indent);
      keyIndent = indent;
    }
  }

  private static void writeValue(Object value, StringBuilder out, String indent) {
    if (value == null) {
      out.append(" -\n");
    } else if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      out.append('\n');
      writeMap(map, out, indent + "  ");
    } else if (value instanceof Collection<?> list && list.stream().anyMatch(Text::isNested)) {
      out.append('\n');
      for (Object item : list) {
        out.append(indent).append("  -");
        if (item instanceof Map<?, ?> entry && !entry.isEmpty()) {
          writeMap(entry, out, indent + "    ", " ");
        } else {
          writeValue(item, out, indent + "  ");
        }
      }
    } else if (value instanceof Map<?, ?> || value instanceof Collection<?> collection && collection.isEmpty()) {
      out.append(" -\n");
    } else if (value instanceof Collection<?> list) {
      out.append(' ').append(String.join(" ", list.stream().map(Text::word).toList())).append('\n');
    } else {
      out.append(' ').append(value).append('\n');
    }
  }

  /** A list item as a shell would need it, so {@code sh -c 'echo hi'} reads back unambiguously. */
  private static String word(Object item) {
    String text = String.valueOf(item);
    return text.isEmpty() || text.chars().anyMatch(c -> Character.isWhitespace(c) || c == '\'')
        ? "'" + text.replace("'", "'\\''") + "'"
        : text;
  }

  private static boolean isNested(Object value) {
    return value instanceof Map<?, ?> || value instanceof Collection<?>;
  }
}
