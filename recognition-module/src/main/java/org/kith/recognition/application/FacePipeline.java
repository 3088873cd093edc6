package org.kith.recognition.application;

import ai.onnxruntime.OrtException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kith.api.recognition.AnalysisOptions;
import org.kith.api.recognition.AnalyzedFace;
import org.kith.api.recognition.EmbeddingModel;
import org.kith.api.recognition.FaceAnalysis;
import org.kith.api.recognition.FaceBox;
import org.kith.api.recognition.FaceEmbedding;
import org.kith.api.recognition.FaceHint;
import org.kith.api.recognition.FaceHints;
import org.kith.api.recognition.FaceQuality;
import org.kith.api.recognition.FaceRecognition;
import org.kith.api.recognition.FaceRegion;
import org.kith.api.recognition.HeadPose;
import org.kith.api.recognition.Point;
import org.kith.recognition.alignment.AlignmentTemplate;
import org.kith.recognition.alignment.Clahe;
import org.kith.recognition.alignment.FaceAligner;
import org.kith.recognition.detection.BlazeFaceDetector;
import org.kith.recognition.detection.Detection;
import org.kith.recognition.embedding.OnnxFaceEmbedder;
import org.kith.recognition.image.ImageDecoder;
import org.kith.recognition.image.RgbImage;
import org.kith.recognition.infrastructure.onnx.OnnxModels;
import org.kith.recognition.landmarks.FaceMesh;
import org.kith.recognition.landmarks.FaceMeshLandmarker;
import org.kith.recognition.landmarks.FaceRegions;
import org.kith.recognition.landmarks.HeadPoseEstimator;
import org.kith.recognition.quality.AntiSpoofScorer;
import org.kith.recognition.quality.CropStatistics;
import org.kith.recognition.quality.QualityScore;

/**
 * decode → detect → landmarks → align → quality → embed, timing each stage. Plain Java over the
 * long-lived sessions, stateless and thread-safe; the server wraps it in {@link
 * DefaultFaceRecognition}, the command-line tools in {@link StandaloneFaceRecognition}.
 */
public final class FacePipeline implements FaceRecognition {
  /** Quality is measured on the 112-pixel ArcFace crop, whatever the embedding model's size. */
  private static final int QUALITY_CROP = 112;

  /**
   * BlazeFace's box side over the larger of a frontal face's eye distance and eye-to-mouth
   * distance, so that a followed face's box is about the size the detector would give it.
   */
  private static final double BOX_PER_FACE_SCALE = 2.2;

  /** Liveness when the anti-spoof model is switched off or absent (JSON has no NaN). */
  public static final double NOT_MEASURED = -1;

  private final RecognitionSettings settings;
  private final ImageDecoder decoder;
  private final BlazeFaceDetector detector;
  private final FaceMeshLandmarker landmarker;
  private final OnnxFaceEmbedder embedder;
  private final Optional<AntiSpoofScorer> antiSpoof;
  private final Clahe clahe = Clahe.standard();

  public FacePipeline(OnnxModels models, RecognitionSettings settings) {
    this.settings = settings;
    this.decoder = new ImageDecoder(settings.limits());
    this.detector =
        new BlazeFaceDetector(
            models.environment(),
            models.getModel("blazeface-back").session(),
            settings.minDetectionScore());
    this.landmarker =
        new FaceMeshLandmarker(models.environment(), models.getModel("facemesh").session());
    this.embedder =
        new OnnxFaceEmbedder(
            models.environment(),
            models.getModel(settings.embeddingModel()),
            settings.flipAveraging());
    this.antiSpoof =
        settings.liveness()
            ? models
                .findModel("antispoof")
                .map(m -> new AntiSpoofScorer(models.environment(), m.session()))
            : Optional.empty();
  }

  @Override
  public EmbeddingModel embeddingModel() {
    return embedder.model();
  }

  public RecognitionSettings settings() {
    return settings;
  }

  /**
   * The whole analysis runs inside the decoder's claim on heap, so the raster and everything
   * derived from it count against the decode capacity until the answer is built.
   */
  @Override
  public FaceAnalysis analyze(byte[] image, AnalysisOptions options) {
    Stopwatch clock = new Stopwatch();
    return decoder.decode(
        image,
        decoded -> {
          try {
            return run(decoded, options, clock);
          } catch (OrtException e) {
            throw new IllegalStateException("REC-030 inference failed: " + e.getMessage(), e);
          }
        });
  }

  /**
   * The pipeline without the detector: each hint's crop goes straight to the landmark model, which
   * also says whether a face is still there. Costs the detector's time less, and the anti-spoof
   * model's too when no embeddings are asked for.
   */
  @Override
  public FaceAnalysis follow(byte[] bytes, List<FaceHint> hints, AnalysisOptions options) {
    Stopwatch clock = new Stopwatch();
    return decoder.decode(
        bytes,
        decoded -> {
          try {
            return followIn(decoded, hints, options, clock);
          } catch (OrtException e) {
            throw new IllegalStateException("REC-030 inference failed: " + e.getMessage(), e);
          }
        });
  }

  private FaceAnalysis followIn(
      RgbImage image, List<FaceHint> hints, AnalysisOptions options, Stopwatch clock)
      throws OrtException {
    Map<String, Double> millis = new HashMap<>();
    millis.put("decode", clock.lap());
    millis.put("detect", 0.0);
    List<Detection> predicted = new ArrayList<>();
    for (FaceHint hint : hints) {
      predicted.add(predicted(hint));
    }
    List<FaceMesh> meshes = landmarker.landmarks(image, predicted);
    List<Detection> found = new ArrayList<>();
    List<FaceMesh> foundMeshes = new ArrayList<>();
    double[] presence = new double[meshes.size()];
    for (int i = 0; i < meshes.size(); i++) {
      presence[i] = presence(meshes.get(i));
      if (presence[i] >= FOLLOW_MIN_PRESENCE) {
        found.add(located(meshes.get(i), presence[i]));
        foundMeshes.add(meshes.get(i));
      }
    }
    List<AnalyzedFace> analysed =
        analyse(image, found, foundMeshes, options, options.embeddings(), millis, clock);
    List<AnalyzedFace> faces = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < meshes.size(); i++) {
      faces.add(
          presence[i] >= FOLLOW_MIN_PRESENCE ? analysed.get(next++) : FaceHints.lost(hints.get(i)));
    }
    millis.put("total", clock.total());
    return new FaceAnalysis(image.width(), image.height(), faces, millis);
  }

  /** The detection a hint stands for: its box, and its eyes in image left-to-right order. */
  private static Detection predicted(FaceHint hint) {
    FaceBox b = hint.box();
    return new Detection(
        b.x(),
        b.y(),
        b.width(),
        b.height(),
        1,
        new double[][] {
          {hint.rightEye().x(), hint.rightEye().y()}, {hint.leftEye().x(), hint.leftEye().y()}
        });
  }

  /**
   * Where a followed face is now, as a detection: the square around the mesh's eyes-to-mouth core
   * scaled to the size BlazeFace gives a frontal face, so that the next frame's crop is cut as a
   * detection's would be and boxes of followed and detected frames overlap.
   */
  private static Detection located(FaceMesh mesh, double presence) {
    double[][] five = mesh.fivePoints();
    double cx = 0;
    double cy = 0;
    for (double[] p : five) {
      cx += p[0] / five.length;
      cy += p[1] / five.length;
    }
    double eyes = Math.hypot(five[0][0] - five[1][0], five[0][1] - five[1][1]);
    double eyeMidX = (five[0][0] + five[1][0]) / 2;
    double eyeMidY = (five[0][1] + five[1][1]) / 2;
    double mouthMidX = (five[3][0] + five[4][0]) / 2;
    double mouthMidY = (five[3][1] + five[4][1]) / 2;
    double eyeToMouth = Math.hypot(mouthMidX - eyeMidX, mouthMidY - eyeMidY);
    double side = BOX_PER_FACE_SCALE * Math.max(eyes, eyeToMouth);
    return new Detection(
        cx - side / 2,
        cy - side / 2,
        side,
        side,
        presence,
        new double[][] {{five[1][0], five[1][1]}, {five[0][0], five[0][1]}});
  }

  /**
   * The face-presence probability of a followed crop. The converted model's face flag is already a
   * probability, which {@link FaceMesh#confidence()} passes through a logistic once more (kept as
   * it is, since the quality score and the calibrated thresholds were measured with it): a crop
   * with no face gives a flag near 0 there, a confidence of 0.5, so the flag is recovered here.
   */
  static double presence(FaceMesh mesh) {
    double c = Math.min(1 - 1e-9, Math.max(1e-9, mesh.confidence()));
    return Math.max(0, Math.min(1, Math.log(c / (1 - c))));
  }

  private FaceAnalysis run(RgbImage image, AnalysisOptions options, Stopwatch clock)
      throws OrtException {
    Map<String, Double> millis = new HashMap<>();
    millis.put("decode", clock.lap());

    List<Detection> detections =
        detector.detect(image, Math.min(options.maxFaces(), settings.maxFaces()));
    millis.put("detect", clock.lap());

    List<FaceMesh> meshes = landmarker.landmarks(image, detections);
    List<AnalyzedFace> faces = analyse(image, detections, meshes, options, true, millis, clock);
    millis.put("total", clock.total());
    return new FaceAnalysis(image.width(), image.height(), faces, millis);
  }

  /** Landmarks onwards, for faces whose meshes are known. */
  private List<AnalyzedFace> analyse(
      RgbImage image,
      List<Detection> detections,
      List<FaceMesh> meshes,
      AnalysisOptions options,
      boolean liveness,
      Map<String, Double> millis,
      Stopwatch clock)
      throws OrtException {
    List<HeadPose> poses = new ArrayList<>();
    List<Map<String, FaceRegion>> regions = new ArrayList<>();
    for (FaceMesh mesh : meshes) {
      poses.add(HeadPoseEstimator.estimate(mesh));
      regions.add(FaceRegions.of(mesh, image));
    }
    millis.put("landmarks", clock.lap());

    int size = embedder.spec().inputSize();
    List<float[]> qualityCrops = new ArrayList<>();
    List<float[]> embeddingCrops = new ArrayList<>();
    for (FaceMesh mesh : meshes) {
      double[][] points = mesh.templateOrder();
      qualityCrops.add(
          FaceAligner.warp(
              image,
              FaceAligner.cropToImage(AlignmentTemplate.ARCFACE_112, points, QUALITY_CROP),
              QUALITY_CROP));
      if (options.embeddings()) {
        // each model gets the crop it was trained on, placed by its own choice of mesh points
        float[] crop = embedder.crop(image, mesh);
        if (settings.clahe()) {
          clahe.apply(crop, size, size);
        }
        embeddingCrops.add(crop);
      }
    }
    millis.put("align", clock.lap());

    List<FaceQuality> qualities =
        quality(image, detections, meshes, poses, regions, qualityCrops, liveness);
    millis.put("quality", clock.lap());

    float[][] vectors = embedder.embed(embeddingCrops);
    millis.put("embed", clock.lap());

    List<AnalyzedFace> faces = new ArrayList<>();
    for (int f = 0; f < detections.size(); f++) {
      Detection d = detections.get(f);
      FaceMesh mesh = meshes.get(f);
      List<Point> five = new ArrayList<>();
      for (double[] p : mesh.fivePoints()) {
        five.add(new Point(p[0], p[1]));
      }
      List<Point> dense = new ArrayList<>();
      if (options.landmarks()) {
        for (double[] p : mesh.points()) {
          dense.add(FaceMesh.toPoint(p));
        }
      }
      faces.add(
          new AnalyzedFace(
              new FaceBox(d.x(), d.y(), d.width(), d.height()),
              d.score(),
              five,
              dense,
              regions.get(f),
              poses.get(f),
              qualities.get(f),
              options.embeddings() ? new FaceEmbedding(embedder.model(), vectors[f]) : null));
    }
    return faces;
  }

  private List<FaceQuality> quality(
      RgbImage image,
      List<Detection> detections,
      List<FaceMesh> meshes,
      List<HeadPose> poses,
      List<Map<String, FaceRegion>> regions,
      List<float[]> crops,
      boolean liveness)
      throws OrtException {
    List<FaceBox> outlines = regions.stream().map(r -> r.get("face").box()).toList();
    boolean measured = liveness && antiSpoof.isPresent() && !detections.isEmpty();
    double[] live =
        measured ? antiSpoof.get().liveness(image, outlines) : new double[detections.size()];
    List<FaceQuality> out = new ArrayList<>();
    for (int f = 0; f < detections.size(); f++) {
      CropStatistics stats = CropStatistics.of(crops.get(f), QUALITY_CROP, QUALITY_CROP);
      double[][] five = meshes.get(f).fivePoints();
      double interOcular = Math.hypot(five[0][0] - five[1][0], five[0][1] - five[1][1]);
      double visibility =
          regions.get(f).entrySet().stream()
              .filter(e -> !e.getKey().equals("face"))
              .mapToDouble(e -> e.getValue().visibility())
              .average()
              .orElse(1);
      double occlusion = 1 - visibility;
      double detection = detections.get(f).score() * meshes.get(f).confidence();
      double score =
          QualityScore.of(
              poses.get(f),
              interOcular,
              stats.sharpness(),
              stats.brightness(),
              stats.contrast(),
              occlusion,
              detection);
      out.add(
          new FaceQuality(
              score,
              stats.brightness(),
              stats.contrast(),
              stats.sharpness(),
              interOcular,
              occlusion,
              detections.get(f).score(),
              measured ? live[f] : NOT_MEASURED));
    }
    return out;
  }

  /** Milliseconds per stage. */
  private static final class Stopwatch {
    private final long start = System.nanoTime();
    private long last = start;

    double lap() {
      long now = System.nanoTime();
      double ms = (now - last) / 1e6;
      last = now;
      return ms;
    }

    double total() {
      return (System.nanoTime() - start) / 1e6;
    }
  }
}
