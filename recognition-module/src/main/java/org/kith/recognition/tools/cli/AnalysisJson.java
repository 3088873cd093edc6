package org.kith.recognition.tools.cli;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kith.api.recognition.AnalyzedFace;
import org.kith.api.recognition.FaceAnalysis;
import org.kith.api.recognition.FaceBox;
import org.kith.api.recognition.FaceRegion;
import org.kith.api.recognition.Point;

/** One image's analysis as the single JSON line {@code ./kith recognize analyze} prints. */
public final class AnalysisJson {
  private AnalysisJson() {}

  public static JsonObject of(String file, FaceAnalysis analysis) {
    JsonArrayBuilder faces = Json.createArrayBuilder();
    analysis.faces().forEach(f -> faces.add(face(f)));
    JsonObjectBuilder ms = Json.createObjectBuilder();
    new TreeMap<>(analysis.millis()).forEach((k, v) -> ms.add(k, round(v, 100)));
    return Json.createObjectBuilder()
        .add("file", file)
        .add("width", analysis.imageWidth())
        .add("height", analysis.imageHeight())
        .add("faces", faces)
        .add("ms", ms)
        .addNull("error")
        .build();
  }

  public static JsonObject error(String file, String code, String detail) {
    return Json.createObjectBuilder()
        .add("file", file)
        .add("faces", Json.createArrayBuilder())
        .add("ms", Json.createObjectBuilder())
        .add("error", code)
        .add("detail", detail)
        .build();
  }

  static JsonObject face(AnalyzedFace face) {
    JsonObjectBuilder regions = Json.createObjectBuilder();
    for (Map.Entry<String, FaceRegion> r : new TreeMap<>(face.regions()).entrySet()) {
      regions.add(
          r.getKey(),
          Json.createObjectBuilder()
              .add("box", box(r.getValue().box()))
              .add("visibility", round(r.getValue().visibility(), 1000)));
    }
    JsonObjectBuilder quality = Json.createObjectBuilder();
    face.quality().values().forEach((k, v) -> quality.add(k, round(v, 1000)));
    JsonObjectBuilder out =
        Json.createObjectBuilder()
            .add("box", box(face.box()))
            .add("score", round(face.score(), 10000))
            .add("landmarks5", points(face.landmarks5()))
            .add("landmarks", points(face.landmarks()))
            .add("regions", regions)
            .add(
                "pose",
                Json.createObjectBuilder()
                    .add("yaw", round(face.pose().yaw(), 10))
                    .add("pitch", round(face.pose().pitch(), 10))
                    .add("roll", round(face.pose().roll(), 10)))
            .add("quality", quality);
    if (face.embedding() != null) {
      JsonArrayBuilder vector = Json.createArrayBuilder();
      for (float v : face.embedding().vector()) {
        vector.add(v);
      }
      out.add("embedding", vector).add("model", face.embedding().model().key());
    } else {
      out.addNull("embedding").addNull("model");
    }
    return out.build();
  }

  private static JsonObject box(FaceBox b) {
    return Json.createObjectBuilder()
        .add("x", round(b.x(), 10))
        .add("y", round(b.y(), 10))
        .add("width", round(b.width(), 10))
        .add("height", round(b.height(), 10))
        .build();
  }

  private static JsonArrayBuilder points(List<Point> points) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (Point p : points) {
      out.add(Json.createArrayBuilder().add(round(p.x(), 10)).add(round(p.y(), 10)));
    }
    return out;
  }

  private static double round(double v, double per) {
    return Math.round(v * per) / per;
  }
}
