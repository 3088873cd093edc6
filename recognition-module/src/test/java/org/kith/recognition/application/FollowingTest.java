package org.kith.recognition.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kith.api.recognition.AnalysisOptions;
import org.kith.api.recognition.AnalyzedFace;
import org.kith.api.recognition.FaceAnalysis;
import org.kith.api.recognition.FaceHint;
import org.kith.api.recognition.FaceHints;
import org.kith.recognition.testing.TestImages;

/**
 * Following a face from one frame to the next without the detector, on a faces-dev portrait placed
 * on a 640×480 canvas and moved as a hand-held camera would move it.
 */
class FollowingTest {
  private static final AnalysisOptions EMBED = new AnalysisOptions(10, false, true);
  private static StandaloneFaceRecognition recognition;

  @BeforeAll
  static void open() {
    recognition = StandaloneFaceRecognition.open(RecognitionSettings.defaults());
  }

  @AfterAll
  static void close() {
    recognition.close();
  }

  private static byte[] frame(BufferedImage portrait, int dx, int dy, double scale) {
    BufferedImage canvas = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = canvas.createGraphics();
    int w = (int) Math.round(portrait.getWidth() * 2 * scale);
    int h = (int) Math.round(portrait.getHeight() * 2 * scale);
    g.drawImage(portrait, 320 - w / 2 + dx, 240 - h / 2 + dy, w, h, null);
    g.dispose();
    return TestImages.jpeg(canvas);
  }

  @Test
  void aMovedFaceIsFoundFromTheLastFramesHintWithTheSameIdentity() {
    BufferedImage portrait = TestImages.read(TestImages.portraits(1).get(0));
    FaceAnalysis first = recognition.analyze(frame(portrait, 0, 0, 1), EMBED);
    assertEquals(1, first.faces().size(), first::toString);
    AnalyzedFace detected = first.faces().get(0);
    FaceHint hint = FaceHint.of(detected);
    byte[] moved = frame(portrait, 18, -12, 1.06);

    FaceAnalysis followed = recognition.follow(moved, List.of(hint), EMBED);
    FaceAnalysis redetected = recognition.analyze(moved, EMBED);

    assertEquals(1, followed.faces().size());
    AnalyzedFace face = followed.faces().get(0);
    assertTrue(FaceHints.found(face), face::toString);
    assertEquals(0.0, followed.millis().get("detect"));
    AnalyzedFace truth = redetected.faces().get(0);
    assertTrue(
        FaceHints.iou(face.box(), truth.box()) > 0.6,
        () -> "followed " + face.box() + " detected " + truth.box());
    double cosine = 0;
    for (int i = 0; i < truth.embedding().vector().length; i++) {
      cosine += truth.embedding().vector()[i] * face.embedding().vector()[i];
    }
    assertTrue(cosine > 0.97, "same face, same crop: cosine " + cosine);
  }

  @Test
  void aFaceThatLeftIsReportedLostInItsHintsPlace() {
    BufferedImage portrait = TestImages.read(TestImages.portraits(1).get(0));
    AnalyzedFace detected = recognition.analyze(frame(portrait, 0, 0, 1), EMBED).faces().get(0);
    byte[] empty = TestImages.jpeg(TestImages.noFace(640, 480));

    FaceAnalysis followed = recognition.follow(empty, List.of(FaceHint.of(detected)), EMBED);

    assertEquals(1, followed.faces().size());
    assertFalse(FaceHints.found(followed.faces().get(0)), followed::toString);
    assertNull(followed.faces().get(0).embedding());
  }

  @Test
  void aHintSurvivesItsQueryForm() {
    FaceHint hint = FaceHint.parse("10.5,20,30,40,35,30,15,31");
    assertEquals(hint, FaceHint.parse(hint.toQuery()));
  }
}
