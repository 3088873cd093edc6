package org.kith.gallery.interfaces.rest;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.kith.api.problem.CommonErrors;
import org.kith.api.problem.KithException;
import org.kith.api.recognition.ImageErrors;
import org.kith.api.recognition.ImageRejectedException;
import org.kith.gallery.application.UploadedImage;

/**
 * Reads the {@code image} parts of a multipart request, refusing oversized ones while reading (a
 * part is never buffered beyond the limit).
 */
public final class ImageParts {
  static final String NAME = "image";

  private ImageParts() {}

  static List<UploadedImage> read(List<EntityPart> parts, int maxBytes) {
    List<UploadedImage> images = new ArrayList<>();
    if (parts == null) {
      return images;
    }
    int index = 0;
    for (EntityPart part : parts) {
      if (!NAME.equals(part.getName())) {
        continue;
      }
      index++;
      String file = part.getFileName().orElse("image-" + index);
      try (InputStream in = part.getContent()) {
        images.add(new UploadedImage(file, limited(in, maxBytes)));
      } catch (IOException | IllegalStateException | UncheckedIOException e) {
        // the body ended inside the part, or its boundary never came
        throw new KithException(
            CommonErrors.MULTIPART_MALFORMED, "the image part could not be read to its end");
      }
    }
    return images;
  }

  /** Reads at most {@code maxBytes}; more is {@code IMAGE_TOO_LARGE}. */
  public static byte[] limited(InputStream in, int maxBytes) throws IOException {
    byte[] bytes = in.readNBytes(maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw new ImageRejectedException(
          ImageErrors.IMAGE_TOO_LARGE, "the image is larger than " + maxBytes + " bytes");
    }
    return bytes;
  }
}
