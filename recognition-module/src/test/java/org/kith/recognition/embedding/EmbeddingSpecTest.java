package org.kith.recognition.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.kith.recognition.alignment.FaceChip;
import org.kith.recognition.alignment.FaceCrop;

class EmbeddingSpecTest {
  private static EmbeddingSpec spec(String layout, String channels) {
    return EmbeddingSpec.from(
        "test",
        Json.createObjectBuilder()
            .add("output", "out")
            .add("dimension", 4)
            .add("inputSize", 2)
            .add("layout", layout)
            .add("channels", channels)
            .add("mean", Json.createArrayBuilder().add(10).add(20).add(30))
            .add("scale", Json.createArrayBuilder().add(0.5).add(0.5).add(0.5))
            .add("template", "arcface-112")
            .build());
  }

  /** 2 × 2 crop: pixel i has R = 100 + i, G = 200 + i, B = i. */
  private static float[] crop() {
    float[] rgb = new float[12];
    for (int i = 0; i < 4; i++) {
      rgb[3 * i] = 100 + i;
      rgb[3 * i + 1] = 200 + i;
      rgb[3 * i + 2] = i;
    }
    return rgb;
  }

  @Test
  void bgrNhwcSubtractsPerChannelMeanThenScales() {
    float[] t = new float[12];
    spec("NHWC", "BGR").normalise(crop(), t, 0, false);
    assertEquals((0 - 10) * 0.5f, t[0], 1e-6); // B first
    assertEquals((200 - 20) * 0.5f, t[1], 1e-6);
    assertEquals((100 - 30) * 0.5f, t[2], 1e-6);
  }

  @Test
  void rgbNchwPutsChannelsInPlanesAndMirrorSwapsColumns() {
    float[] t = new float[12];
    spec("NCHW", "RGB").normalise(crop(), t, 0, true);
    assertEquals((101 - 10) * 0.5f, t[0], 1e-6); // R plane, (0,0) mirrored from (1,0)
    assertEquals((100 - 10) * 0.5f, t[1], 1e-6);
    assertEquals((201 - 20) * 0.5f, t[4], 1e-6); // G plane
  }

  @Test
  void modelWithoutPreprocessingIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> EmbeddingSpec.from("detector", JsonValue.EMPTY_JSON_OBJECT));
  }

  private static jakarta.json.JsonObject dlibEmbedding(int inputSize) {
    return Json.createObjectBuilder()
        .add("output", "descriptor")
        .add("dimension", 128)
        .add("inputSize", inputSize)
        .add("template", "dlib-chip")
        .build();
  }

  @Test
  void dlibChipTakesSizeAndPaddingFromTheAlignmentObject() {
    EmbeddingSpec spec =
        EmbeddingSpec.from(
            "dlib",
            dlibEmbedding(150),
            Json.createObjectBuilder().add("size", 150).add("padding", 0.25).build());
    assertEquals(new FaceChip(150, 0.25), spec.template());
    assertEquals(FaceCrop.Landmarks.EYE_CORNERS_NOSE_BASE, spec.template().landmarks());
  }

  @Test
  void dlibChipWithoutPaddingOrOfAnotherSizeIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> EmbeddingSpec.from("dlib", dlibEmbedding(150)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            EmbeddingSpec.from(
                "dlib",
                dlibEmbedding(112),
                Json.createObjectBuilder().add("size", 150).add("padding", 0.25).build()));
  }
}
