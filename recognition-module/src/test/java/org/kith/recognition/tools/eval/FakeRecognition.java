package org.kith.recognition.tools.eval;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.kith.api.recognition.AnalysisOptions;
import org.kith.api.recognition.AnalyzedFace;
import org.kith.api.recognition.EmbeddingModel;
import org.kith.api.recognition.FaceAnalysis;
import org.kith.api.recognition.FaceBox;
import org.kith.api.recognition.FaceEmbedding;
import org.kith.api.recognition.FaceQuality;
import org.kith.api.recognition.FaceRecognition;
import org.kith.api.recognition.HeadPose;
import org.kith.api.recognition.Point;

/**
 * A stand-in pipeline for tests: one centred face whose embedding is the image's mean colour (so an
 * identity is a colour), no face in a black image, yaw = the image's width − 48 (JPEG keeps sizes,
 * not single pixels).
 */
final class FakeRecognition implements FaceRecognition {
  static final EmbeddingModel MODEL = new EmbeddingModel("fake-colour", "1", 3);

  @Override
  public FaceAnalysis analyze(byte[] image, AnalysisOptions options) {
    BufferedImage img;
    try {
      img = ImageIO.read(new ByteArrayInputStream(image));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    double[] sum = new double[3];
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        sum[0] += (rgb >> 16) & 0xff;
        sum[1] += (rgb >> 8) & 0xff;
        sum[2] += rgb & 0xff;
      }
    }
    if (sum[0] + sum[1] + sum[2] < 10.0 * img.getWidth() * img.getHeight()) {
      return new FaceAnalysis(img.getWidth(), img.getHeight(), List.of(), Map.of("total", 1.0));
    }
    double norm = Math.sqrt(sum[0] * sum[0] + sum[1] * sum[1] + sum[2] * sum[2]);
    float[] v = {(float) (sum[0] / norm), (float) (sum[1] / norm), (float) (sum[2] / norm)};
    double yaw = img.getWidth() - 48.0;
    AnalyzedFace face =
        new AnalyzedFace(
            new FaceBox(
                img.getWidth() / 4.0,
                img.getHeight() / 4.0,
                img.getWidth() / 2.0,
                img.getHeight() / 2.0),
            0.9,
            List.of(
                new Point(1, 1),
                new Point(2, 1),
                new Point(1.5, 2),
                new Point(1, 3),
                new Point(2, 3)),
            null,
            Map.of(),
            new HeadPose(yaw, 0, 0),
            new FaceQuality(1, 0.5, 0.2, 0.5, 40, 0, 0.9, 1),
            new FaceEmbedding(MODEL, v));
    return new FaceAnalysis(img.getWidth(), img.getHeight(), List.of(face), Map.of("total", 1.0));
  }

  @Override
  public EmbeddingModel embeddingModel() {
    return MODEL;
  }
}
