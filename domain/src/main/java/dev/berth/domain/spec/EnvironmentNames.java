package dev.berth.domain.spec;

import dev.berth.domain.error.InvalidSpecException;
import java.util.Map;

/** The shape of environment variables: {@code KEY=VALUE} with a name free of '=' and NUL. */
public final class EnvironmentNames {
  private static final String FIELD = "env";

  private EnvironmentNames() {}

  public static void check(String name, String value) {
    Invalid.unless(!name.isEmpty(), FIELD, name + "=" + value, "the variable name is empty");
    Invalid.unless(name.indexOf('=') < 0, FIELD, name, "variable names must not contain '='");
    Invalid.unless(name.indexOf('\0') < 0, FIELD, name.replace('\0', '?'), "variable names must not contain NUL");
    Invalid.unless(value.indexOf('\0') < 0, FIELD, name, "values must not contain NUL");
  }

  /** Parses one {@code KEY=VALUE}; the value may be empty and may itself contain '='. */
  public static Map.Entry<String, String> parse(String text) {
    int equals = text.indexOf('=');
    if (equals < 0) {
      throw new InvalidSpecException(FIELD, text, "expected KEY=VALUE");
    }
    String name = text.substring(0, equals);
    String value = text.substring(equals + 1);
    check(name, value);
    return Map.entry(name, value);
  }

  /** Parses one {@code KEY=VALUE} label. */
  public static Map.Entry<String, String> parseLabel(String text) {
    int equals = text.indexOf('=');
    Invalid.unless(equals > 0, "label", text, "expected KEY=VALUE");
    return Map.entry(text.substring(0, equals), text.substring(equals + 1));
  }
}
