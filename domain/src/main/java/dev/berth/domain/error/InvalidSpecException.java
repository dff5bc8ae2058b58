package dev.berth.domain.error;

/** A request value that can never make a valid container; raised before any engine is called. */
public final class InvalidSpecException extends BerthException {
  private final String field;
  private final String value;
  private final String reason;

  public InvalidSpecException(String field, Object value, String reason) {
    super("invalid " + field + " \"" + value + "\": " + reason);
    this.field = field;
    this.value = String.valueOf(value);
    this.reason = reason;
  }

  /** The request field at fault, named as the CLI option that sets it (without dashes). */
  public String field() {
    return field;
  }

  public String value() {
    return value;
  }

  public String reason() {
    return reason;
  }

  @Override
  public boolean isUsageError() {
    return true;
  }
}
