package org.kith.recognition.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.kith.api.recognition.AnalyzedFace;
import org.kith.api.recognition.FaceBox;

class FaceChoiceTest {

  private static AnalyzedFace face(double x, double y, double w, double h) {
    return new AnalyzedFace(
        new FaceBox(x, y, w, h), 0.9, List.of(), null, Map.of(), null, null, null);
  }

  @Test
  void largestFaceCoveringTheCentreWinsOverALargerBystander() {
    AnalyzedFace bystander = face(0, 0, 90, 90);
    AnalyzedFace subject = face(80, 80, 60, 60);
    AnalyzedFace small = face(95, 95, 20, 20);
    assertEquals(
        subject, FaceChoice.subject(List.of(bystander, small, subject), 250, 250).orElseThrow());
  }

  @Test
  void withoutACoveringFaceTheNearestCentreWins() {
    AnalyzedFace far = face(0, 0, 40, 40);
    AnalyzedFace near = face(150, 110, 40, 40);
    assertEquals(near, FaceChoice.subject(List.of(far, near), 250, 250).orElseThrow());
    assertTrue(FaceChoice.subject(List.of(), 250, 250).isEmpty());
  }

  @Test
  void relightingDarkensAndBrightensAsDocumented() throws IOException {
    BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 16; y++) {
      for (int x = 0; x < 16; x++) {
        img.setRGB(x, y, (100 << 16) | (100 << 8) | 100);
      }
    }
    byte[] jpeg = Relighting.jpeg(img);
    int dark = grey(Relighting.apply(jpeg, Lighting.DARKENED));
    int bright = grey(Relighting.apply(jpeg, Lighting.BRIGHTENED));
    assertEquals(40, dark, 2); // 100 × 0.4
    assertEquals(Math.round(255 * Math.pow(100 / 255.0, 0.4)), bright, 2); // ≈ 175
    assertEquals(jpeg, Relighting.apply(jpeg, Lighting.ORIGINAL));
  }

  private static int grey(byte[] jpeg) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(jpeg)).getRGB(8, 8) & 0xff;
  }
}
