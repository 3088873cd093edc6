package org.kith.gallery.infrastructure.remote;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kith.api.recognition.AnalyzedFace;
import org.kith.api.recognition.EmbeddingModel;
import org.kith.api.recognition.FaceAnalysis;
import org.kith.api.recognition.FaceBox;
import org.kith.api.recognition.FaceEmbedding;
import org.kith.api.recognition.FaceQuality;
import org.kith.api.recognition.FaceRegion;
import org.kith.api.recognition.HeadPose;
import org.kith.api.recognition.Point;

/**
 * Reads the recognition module's JSON form of {@link FaceAnalysis} (the record components by name).
 * Mapped explicitly with JSON-P: the records validate in their constructors, and a missing member
 * fails here with its name rather than as a null deep in matching.
 */
final class FaceAnalysisJson {
  private FaceAnalysisJson() {}

  static FaceAnalysis read(JsonObject json) {
    List<AnalyzedFace> faces = new ArrayList<>();
    for (JsonValue face : json.getJsonArray("faces")) {
      faces.add(face(face.asJsonObject()));
    }
    Map<String, Double> millis = new LinkedHashMap<>();
    JsonObject times = json.getJsonObject("millis");
    if (times != null) {
      times.forEach((k, v) -> millis.put(k, ((JsonNumber) v).doubleValue()));
    }
    return new FaceAnalysis(json.getInt("imageWidth"), json.getInt("imageHeight"), faces, millis);
  }

  private static AnalyzedFace face(JsonObject f) {
    Map<String, FaceRegion> regions = new LinkedHashMap<>();
    JsonObject r = f.getJsonObject("regions");
    if (r != null) {
      r.forEach(
          (name, v) ->
              regions.put(
                  name,
                  new FaceRegion(
                      box(v.asJsonObject().getJsonObject("box")),
                      num(v.asJsonObject(), "visibility"))));
    }
    JsonObject pose = f.getJsonObject("pose");
    JsonObject q = f.getJsonObject("quality");
    JsonValue embedding = f.get("embedding");
    return new AnalyzedFace(
        box(f.getJsonObject("box")),
        num(f, "score"),
        points(f.getJsonArray("landmarks5")),
        f.containsKey("landmarks") && !f.isNull("landmarks")
            ? points(f.getJsonArray("landmarks"))
            : List.of(),
        regions,
        new HeadPose(num(pose, "yaw"), num(pose, "pitch"), num(pose, "roll")),
        new FaceQuality(
            num(q, "score"),
            num(q, "brightness"),
            num(q, "contrast"),
            num(q, "sharpness"),
            num(q, "faceSize"),
            num(q, "occlusion"),
            num(q, "detectionScore"),
            num(q, "liveness")),
        embedding == null || embedding.getValueType() == JsonValue.ValueType.NULL
            ? null
            : embedding(embedding.asJsonObject()));
  }

  private static FaceEmbedding embedding(JsonObject e) {
    JsonObject m = e.getJsonObject("model");
    JsonArray values = e.getJsonArray("vector");
    float[] vector = new float[values.size()];
    for (int i = 0; i < vector.length; i++) {
      vector[i] = (float) values.getJsonNumber(i).doubleValue();
    }
    return new FaceEmbedding(
        new EmbeddingModel(m.getString("id"), m.getString("version"), m.getInt("dimension")),
        vector);
  }

  private static List<Point> points(JsonArray array) {
    List<Point> points = new ArrayList<>(array == null ? 0 : array.size());
    if (array != null) {
      for (JsonValue v : array) {
        JsonObject p = v.asJsonObject();
        points.add(new Point(num(p, "x"), num(p, "y"), p.containsKey("z") ? num(p, "z") : 0));
      }
    }
    return points;
  }

  private static FaceBox box(JsonObject b) {
    return new FaceBox(num(b, "x"), num(b, "y"), num(b, "width"), num(b, "height"));
  }

  private static double num(JsonObject o, String name) {
    JsonNumber n = o.getJsonNumber(name);
    if (n == null) {
      throw new IllegalArgumentException("the analysis has no number " + name);
    }
    return n.doubleValue();
  }
}
