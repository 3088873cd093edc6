package org.kith.recognition.landmarks;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;
import org.kith.recognition.alignment.FaceAligner;
import org.kith.recognition.alignment.SimilarityTransform;
import org.kith.recognition.detection.Detection;
import org.kith.recognition.image.RgbImage;

/**
 * MediaPipe FaceMesh on each detected face. As MediaPipe does, the 192-pixel input is a square crop
 * around the detection box, enlarged 1.5×, rotated so the eye line is horizontal; the mesh is
 * mapped back through the same transform. Faces are run as one batch.
 */
public final class FaceMeshLandmarker {
  public static final int SIZE = 192;
  private static final double ENLARGE = 1.5;

  private final OrtEnvironment environment;
  private final OrtSession session;

  public FaceMeshLandmarker(OrtEnvironment environment, OrtSession session) {
    this.environment = environment;
    this.session = session;
  }

  /** The crop → image transform for a detection's region of interest. */
  public static SimilarityTransform roi(Detection d) {
    double[] first = d.keypoints()[0];
    double[] second = d.keypoints()[1];
    double angle = Math.atan2(second[1] - first[1], second[0] - first[0]);
    double side = Math.max(d.width(), d.height()) * ENLARGE;
    SimilarityTransform rotateScale = SimilarityTransform.of(side / SIZE, angle, 0, 0);
    double cx = d.centreX() - rotateScale.x(SIZE / 2.0, SIZE / 2.0);
    double cy = d.centreY() - rotateScale.y(SIZE / 2.0, SIZE / 2.0);
    return new SimilarityTransform(rotateScale.a(), rotateScale.b(), cx, cy);
  }

  public List<FaceMesh> landmarks(RgbImage image, List<Detection> faces) throws OrtException {
    if (faces.isEmpty()) {
      return List.of();
    }
    int n = faces.size();
    int plane = SIZE * SIZE * 3;
    float[] input = new float[n * plane];
    SimilarityTransform[] rois = new SimilarityTransform[n];
    for (int f = 0; f < n; f++) {
      rois[f] = roi(faces.get(f));
      float[] crop = FaceAligner.warp(image, rois[f], SIZE);
      for (int i = 0; i < plane; i++) {
        input[f * plane + i] = crop[i] / 255f;
      }
    }
    try (OnnxTensor tensor =
            OnnxTensor.createTensor(
                environment, FloatBuffer.wrap(input), new long[] {n, SIZE, SIZE, 3});
        OrtSession.Result result = session.run(Map.of("input_1", tensor))) {
      float[][] mesh = (float[][]) result.get("output_mesh").orElseThrow().getValue();
      float[][] flag = (float[][]) result.get("output_faceflag").orElseThrow().getValue();
      FaceMesh[] out = new FaceMesh[n];
      for (int f = 0; f < n; f++) {
        SimilarityTransform t = rois[f];
        double[][] points = new double[MeshTopology.POINTS][];
        for (int p = 0; p < MeshTopology.POINTS; p++) {
          double x = mesh[f][3 * p];
          double y = mesh[f][3 * p + 1];
          points[p] = new double[] {t.x(x, y), t.y(x, y), mesh[f][3 * p + 2] * t.scale()};
        }
        out[f] = new FaceMesh(points, 1 / (1 + Math.exp(-flag[f][0])));
      }
      return List.of(out);
    }
  }
}
