package org.kith.recognition.embedding;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;
import org.kith.api.recognition.EmbeddingModel;
import org.kith.recognition.alignment.FaceCrop;
import org.kith.recognition.image.RgbImage;
import org.kith.recognition.infrastructure.onnx.InferenceRuntime.LoadedModel;
import org.kith.recognition.landmarks.FaceMesh;

/**
 * Embeds aligned face crops with any ONNX model its manifest describes ({@link EmbeddingSpec}), all
 * faces of an image in one batch. With flip-averaging each crop's mirror image is embedded too and
 * the two vectors summed before L2 normalisation (the common test-time augmentation; it costs a
 * second pass).
 */
public final class OnnxFaceEmbedder {
  private final OrtEnvironment environment;
  private final OrtSession session;
  private final String inputName;
  private final EmbeddingSpec spec;
  private final EmbeddingModel model;
  private final boolean flip;

  public OnnxFaceEmbedder(OrtEnvironment environment, LoadedModel loaded, boolean flip) {
    this.environment = environment;
    this.session = loaded.session();
    this.inputName = session.getInputNames().iterator().next();
    this.spec =
        EmbeddingSpec.from(
            loaded.descriptor().name(),
            loaded.descriptor().embedding(),
            loaded.descriptor().alignment());
    this.model =
        new EmbeddingModel(
            loaded.descriptor().name(), loaded.descriptor().version(), spec.dimension());
    this.flip = flip;
  }

  public EmbeddingSpec spec() {
    return spec;
  }

  public EmbeddingModel model() {
    return model;
  }

  /**
   * The crop this model was trained on (its manifest's template), placed by that template's own
   * choice of mesh points.
   */
  public float[] crop(RgbImage image, FaceMesh mesh) {
    FaceCrop template = spec.template();
    return template.extract(image, mesh.alignmentPoints(template.landmarks()), spec.inputSize());
  }

  /** One unit vector per crop (each RGB 0..255 HWC of the spec's input size). */
  public float[][] embed(List<float[]> crops) throws OrtException {
    if (crops.isEmpty()) {
      return new float[0][];
    }
    int copies = flip ? 2 : 1;
    int n = crops.size() * copies;
    int size = spec.inputSize();
    int per = size * size * 3;
    float[] input = new float[n * per];
    for (int i = 0; i < crops.size(); i++) {
      for (int k = 0; k < copies; k++) {
        spec.normalise(crops.get(i), input, (i * copies + k) * per, k == 1);
      }
    }
    long[] shape = spec.nchw() ? new long[] {n, 3, size, size} : new long[] {n, size, size, 3};
    try (OnnxTensor tensor = OnnxTensor.createTensor(environment, FloatBuffer.wrap(input), shape);
        OrtSession.Result result = session.run(Map.of(inputName, tensor))) {
      float[][] raw = flatten(result.get(spec.output()).orElseThrow().getValue(), n);
      float[][] out = new float[crops.size()][];
      for (int i = 0; i < crops.size(); i++) {
        float[] sum = new float[spec.dimension()];
        for (int k = 0; k < copies; k++) {
          float[] v = unit(raw[i * copies + k]);
          for (int d = 0; d < sum.length; d++) {
            sum[d] += v[d];
          }
        }
        out[i] = unit(sum);
      }
      return out;
    }
  }

  /** Outputs come as N × D, or N × D × 1 × 1 from some exports. */
  private float[][] flatten(Object value, int n) {
    if (value instanceof float[][] matrix) {
      return matrix;
    }
    float[][] out = new float[n][spec.dimension()];
    if (value instanceof float[][][][] nd) {
      for (int i = 0; i < n; i++) {
        for (int d = 0; d < spec.dimension(); d++) {
          out[i][d] = nd[i][d][0][0];
        }
      }
      return out;
    }
    throw new IllegalStateException(
        "REC-016 embedding output " + spec.output() + " has an unexpected shape");
  }

  static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    double inverse = 1 / Math.sqrt(Math.max(norm, 1e-12));
    float[] u = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      u[i] = (float) (v[i] * inverse);
    }
    return u;
  }
}
