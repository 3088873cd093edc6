package org.kith.recognition.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kith.api.recognition.AnalysisOptions;
import org.kith.api.recognition.AnalyzedFace;
import org.kith.api.recognition.FaceAnalysis;
import org.kith.api.recognition.FaceRegion;
import org.kith.api.recognition.ImageErrors;
import org.kith.api.recognition.ImageRejectedException;
import org.kith.recognition.testing.TestImages;
import org.kith.recognition.testing.TestModels;

/**
 * The whole pipeline on the models the build converted, with real portraits from faces-dev and the
 * hostile set the tests generate. Skipped where faces-dev is absent.
 */
class FacePipelineTest {
  private static final AnalysisOptions ALL = new AnalysisOptions(20, true, true);
  private static StandaloneFaceRecognition recognition;

  @BeforeAll
  static void open() {
    recognition = StandaloneFaceRecognition.open(RecognitionSettings.defaults());
  }

  @AfterAll
  static void close() {
    recognition.close();
  }

  private static BufferedImage portrait() {
    return TestImages.read(TestImages.portraits(1).get(0));
  }

  @Test
  void portraitGivesOneFaceWithUnitEmbeddingMeshRegionsAndTimings() {
    FaceAnalysis analysis = recognition.analyze(TestImages.portraitJpeg(), ALL);
    assertEquals(1, analysis.faces().size(), analysis::toString);
    AnalyzedFace face = analysis.faces().get(0);
    assertEquals(TestModels.defaultDimension(), face.embedding().vector().length);
    double norm = 0;
    for (float v : face.embedding().vector()) {
      norm += v * v;
    }
    assertEquals(1, Math.sqrt(norm), 1e-4);
    assertEquals(TestModels.defaultEmbeddingModel(), face.embedding().model().id());
    assertEquals(468, face.landmarks().size());
    assertEquals(5, face.landmarks5().size());
    // Subject's left eye is on the image's right.
    assertTrue(face.landmarks5().get(0).x() > face.landmarks5().get(1).x());
    assertEquals(FaceRegion.NAMES.size(), face.regions().size());
    assertTrue(face.quality().score() > 0 && face.quality().score() <= 1, face::toString);
    assertTrue(face.quality().liveness() >= 0 && face.quality().liveness() <= 1);
    for (String stage : new String[] {"decode", "detect", "landmarks", "align", "embed", "total"}) {
      assertNotNull(analysis.millis().get(stage), stage);
    }
  }

  @Test
  void mirroringFlipsYawAndRollButKeepsTheSubjectsSides() {
    BufferedImage image = portrait();
    BufferedImage mirror =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        mirror.setRGB(image.getWidth() - 1 - x, y, image.getRGB(x, y));
      }
    }
    AnalyzedFace a = recognition.analyze(TestImages.png(image), ALL).faces().get(0);
    AnalyzedFace b = recognition.analyze(TestImages.png(mirror), ALL).faces().get(0);
    assertTrue(Math.abs(a.pose().yaw()) > 2, "the portrait should not be exactly frontal");
    assertEquals(-a.pose().yaw(), b.pose().yaw(), Math.max(3, Math.abs(a.pose().yaw()) * 0.4));
    assertEquals(a.pose().pitch(), b.pose().pitch(), 4);
    assertTrue(b.landmarks5().get(0).x() > b.landmarks5().get(1).x());
  }

  @Test
  void exifRotatedPortraitIsFoundUprightInOrientedCoordinates() {
    BufferedImage image = portrait();
    AnalyzedFace upright = recognition.analyze(TestImages.jpeg(image), ALL).faces().get(0);
    FaceAnalysis rotated = recognition.analyze(TestImages.exifRotatedJpeg(image), ALL);
    assertEquals(image.getWidth(), rotated.imageWidth());
    assertEquals(image.getHeight(), rotated.imageHeight());
    assertEquals(1, rotated.faces().size());
    AnalyzedFace face = rotated.faces().get(0);
    assertEquals(upright.box().x(), face.box().x(), 6);
    assertEquals(upright.box().y(), face.box().y(), 6);
    assertEquals(upright.pose().roll(), face.pose().roll(), 8);
  }

  @Test
  void cmykJpegIsDecodedAndItsFaceFound() {
    FaceAnalysis analysis = recognition.analyze(TestImages.cmykJpeg(portrait()), ALL);
    assertEquals(1, analysis.faces().size());
  }

  @Test
  void noFaceIsAnEmptyAnalysisNotAnError() {
    FaceAnalysis analysis = recognition.analyze(TestImages.jpeg(TestImages.noFace(640, 480)), ALL);
    assertEquals(0, analysis.faces().size());
    assertEquals(640, analysis.imageWidth());
  }

  @Test
  void twentyFacesAreFoundUpToTheCap() {
    byte[] grid = TestImages.twentyFaces();
    FaceAnalysis all = recognition.analyze(grid, new AnalysisOptions(20, false, true));
    assertTrue(all.faces().size() >= 18, () -> all.faces().size() + " faces");
    int dimension = TestModels.defaultDimension();
    all.faces().forEach(f -> assertEquals(dimension, f.embedding().vector().length));
    FaceAnalysis five = recognition.analyze(grid, new AnalysisOptions(5, false, false));
    assertEquals(5, five.faces().size());
    assertTrue(
        five.faces().get(0).box().width() >= five.faces().get(4).box().width(), "largest first");
  }

  @Test
  void hostileInputsGiveTheirCodes() {
    assertCode(ImageErrors.IMAGE_MISSING, new byte[0]);
    assertCode(ImageErrors.IMAGE_TRUNCATED, TestImages.truncatedJpeg());
    assertCode(ImageErrors.IMAGE_NOT_AN_IMAGE, TestImages.textNamedJpeg());
    assertCode(ImageErrors.IMAGE_TOO_MANY_PIXELS, TestImages.hugePngHeader());
  }

  private static void assertCode(ImageErrors code, byte[] data) {
    ImageRejectedException e =
        assertThrows(ImageRejectedException.class, () -> recognition.analyze(data, ALL));
    assertEquals(code, e.errorCode());
  }
}
