package org.kith.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import javax.imageio.ImageIO;
import org.kith.deploy.testing.ApiClient;
import org.kith.deploy.testing.IntegrationEnvironment;

/** The gallery beside the UI, called directly where a step checks what the UI cannot show. */
final class CompanionGallery {
  private CompanionGallery() {}

  static ApiClient api() {
    return new ApiClient(
        URI.create(IntegrationEnvironment.current().companions().url() + "/gallery/"));
  }

  /** A plain grey picture with no face in it: enough for the gallery to answer a device. */
  static byte[] blankJpeg() {
    BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.GRAY);
    g.fillRect(0, 0, 160, 120);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
