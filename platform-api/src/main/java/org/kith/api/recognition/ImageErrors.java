package org.kith.api.recognition;

import org.kith.api.problem.ErrorCode;

/**
 * Why an image is refused, each checked before the image is fully decoded where possible. Shared so
 * the gallery can pass them on to devices and clinicians unchanged.
 */
public enum ImageErrors implements ErrorCode {
  IMAGE_MISSING(400, "No image was sent"),
  IMAGE_TOO_LARGE(413, "The image is larger than the configured byte limit"),
  IMAGE_NOT_AN_IMAGE(415, "The data is not an image in a supported format"),
  IMAGE_TRUNCATED(400, "The image data is truncated or corrupt"),
  IMAGE_TOO_MANY_PIXELS(413, "The image has more pixels than the configured limit"),
  IMAGE_TOO_COMPLEX(
      413, "Decoding the image would take more memory or more scans than the configured budget"),
  IMAGE_METADATA_INVALID(400, "The image's embedded metadata (ICC profile, EXIF) is implausible"),
  IMAGE_DECODE_TIMEOUT(422, "The image did not decode within the configured time budget"),
  IMAGE_DECODER_BUSY(503, "Every image decoder is in use; retry shortly");

  private final int httpStatus;
  private final String title;

  ImageErrors(int httpStatus, String title) {
    this.httpStatus = httpStatus;
    this.title = title;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public int httpStatus() {
    return httpStatus;
  }

  @Override
  public String title() {
    return title;
  }
}
