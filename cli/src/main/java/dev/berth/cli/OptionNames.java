package dev.berth.cli;

import java.util.Map;

/**
 * The option (or argument, or variable) a domain field is set by, so a validation error names what the
 * user typed: field {@code port} is {@code --port}, {@code image} is the IMAGE argument.
 */
final class OptionNames {
  private static final Map<String, String> ARGUMENTS = Map.of("image", "IMAGE", "container", "CONTAINER");

  private OptionNames() {}

  static String forField(String field) {
    if (ARGUMENTS.containsKey(field)) {
      return ARGUMENTS.get(field);
    }
    if (field.chars().allMatch(c -> Character.isUpperCase(c) || c == '_')) {
      return field;
    }
    return "--" + field.replace(' ', '-');
  }
}
