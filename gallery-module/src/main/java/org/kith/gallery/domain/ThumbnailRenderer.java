package org.kith.gallery.domain;

import java.util.Optional;
import org.kith.api.recognition.FaceBox;

/** Cuts a face out of an enrolment photo as a small JPEG. */
public interface ThumbnailRenderer {
  /**
   * @param image the photo as uploaded
   * @param box the face, in pixels of the photo turned upright by its EXIF orientation (as the
   *     recognition service reports it)
   * @return the JPEG, or empty when the photo cannot be decoded here
   */
  Optional<byte[]> render(byte[] image, FaceBox box);
}
