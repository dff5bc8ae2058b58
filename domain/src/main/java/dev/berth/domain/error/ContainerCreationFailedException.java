package dev.berth.domain.error;

/** R13: the engine refused the create request; the message is SAM's, word for word. */
public final class ContainerCreationFailedException extends BerthException {
  private final String explanation;

  public ContainerCreationFailedException(String explanation) {
    super("Container creation failed: " + explanation + ", check template for potential issue");
    this.explanation = explanation;
  }

  public String explanation() {
    return explanation;
  }
}
