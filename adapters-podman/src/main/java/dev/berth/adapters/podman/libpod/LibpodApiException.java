package dev.berth.adapters.podman.libpod;

/**
 * Podman answered with an error status. libpod's error body carries a short {@code cause}
 * (stable words such as "no such container") and a longer {@code message} for people.
 */
public final class LibpodApiException extends LibpodException {
  private final int status;
  private final String cause;
  private final String detail;

  public LibpodApiException(LibpodPath path, int status, String cause, String detail) {
    super("libpod " + path + " answered " + status + ": " + detail, null);
    this.status = status;
    this.cause = cause;
    this.detail = detail;
  }

  public int status() {
    return status;
  }

  /** libpod's short reason, empty when the body had none. */
  public String engineCause() {
    return cause;
  }

  /** libpod's explanation (or the raw body when it was not libpod's error JSON). */
  public String detail() {
    return detail;
  }

  public boolean isNotFound() {
    return status == 404;
  }

  /** Whether the cause or the explanation mentions {@code words}: libpod reports most refusals as 500. */
  public boolean mentions(String words) {
    return cause.contains(words) || detail.contains(words);
  }
}
