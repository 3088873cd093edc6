package org.kith.api.recognition;

import org.kith.api.problem.KithException;

/** An image Kith will not analyse, and why. */
public class ImageRejectedException extends KithException {
  public ImageRejectedException(ImageErrors error, String detail) {
    super(error, detail);
  }

  public ImageRejectedException(ImageErrors error, String detail, Throwable cause) {
    super(error, detail, cause);
  }
}
