package dev.berth.domain.error;

/** The image is neither present on the engine nor could it be pulled. */
public final class ImageNotFoundException extends BerthException {
  private final String image;

  public ImageNotFoundException(String image, String detail) {
    super("image not found: " + image + (detail.isBlank() ? "" : " (" + detail + ")"));
    this.image = image;
  }

  public String image() {
    return image;
  }
}
