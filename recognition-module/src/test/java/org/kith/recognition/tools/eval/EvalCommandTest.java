package org.kith.recognition.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  /** Identity colours, far apart in direction; each image varies them slightly. */
  private static final Map<String, int[]> COLOURS =
      Map.of(
          "Anna", new int[] {200, 40, 40},
          "Bert", new int[] {40, 200, 40},
          "Cleo", new int[] {40, 40, 200},
          "Dirk", new int[] {200, 200, 40},
          "Finn", new int[] {40, 200, 200});

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return EvalCommand.run(
        new FakeRecognition(),
        List.of(args),
        new PrintStream(out, true),
        new PrintStream(err, true));
  }

  private Path dataSet() throws IOException {
    Path root = dir.resolve("faces");
    for (String id : List.of("Anna", "Bert", "Cleo", "Dirk", "Finn")) {
      for (int k = 1; k <= 3; k++) {
        int[] c = COLOURS.get(id);
        // Yaw (the fake reads it from the width) 5, 20, 50 degrees across an identity's images.
        writeImage(
            root.resolve(id + "/" + id + "_000" + k + ".jpg"),
            c[0] + k * 3,
            c[1] - k * 2,
            c[2] + k,
            new int[] {5, 20, 50}[k - 1]);
      }
    }
    writeImage(root.resolve("Dark/Dark_0001.jpg"), 0, 0, 0, 0);
    List<String> pairs = new ArrayList<>();
    List<String> ids = List.of("Anna", "Bert", "Cleo", "Dirk");
    for (String id : ids) {
      pairs.add(id + "/" + id + "_0001.jpg " + id + "/" + id + "_0002.jpg 1");
      pairs.add(id + "/" + id + "_0001.jpg " + id + "/" + id + "_0003.jpg 1");
      pairs.add(id + "/" + id + "_0002.jpg " + id + "/" + id + "_0003.jpg 1");
    }
    for (int a = 0; a < ids.size(); a++) {
      for (int b = a + 1; b < ids.size(); b++) {
        pairs.add(
            ids.get(a)
                + "/"
                + ids.get(a)
                + "_0001.jpg "
                + ids.get(b)
                + "/"
                + ids.get(b)
                + "_0002.jpg 0");
        pairs.add(
            ids.get(a)
                + "/"
                + ids.get(a)
                + "_0003.jpg "
                + ids.get(b)
                + "/"
                + ids.get(b)
                + "_0003.jpg 0");
      }
    }
    pairs.add("Anna/Anna_0001.jpg Dark/Dark_0001.jpg 0");
    Files.write(root.resolve("pairs.txt"), pairs);
    StringBuilder ident = new StringBuilder("{\"gallery\":[");
    for (String id : ids) {
      ident
          .append("{\"file\":\"")
          .append(id)
          .append('/')
          .append(id)
          .append("_0001.jpg\",\"identity\":\"")
          .append(id)
          .append("\"},");
      ident
          .append("{\"file\":\"")
          .append(id)
          .append('/')
          .append(id)
          .append("_0002.jpg\",\"identity\":\"")
          .append(id)
          .append("\"},");
    }
    ident.setLength(ident.length() - 1);
    ident.append("],\"probes\":[");
    for (String id : ids) {
      ident
          .append("{\"file\":\"")
          .append(id)
          .append('/')
          .append(id)
          .append("_0003.jpg\",\"identity\":\"")
          .append(id)
          .append("\"},");
    }
    ident.append("{\"file\":\"Finn/Finn_0001.jpg\",\"identity\":null},");
    ident.append("{\"file\":\"Finn/Finn_0002.jpg\",\"identity\":null},");
    ident.append("{\"file\":\"Dark/Dark_0001.jpg\",\"identity\":null}]}");
    Files.writeString(root.resolve("ident.json"), ident);
    return root;
  }

  private static void writeImage(Path file, int r, int g, int b, int yaw) throws IOException {
    Files.createDirectories(file.getParent());
    BufferedImage img = new BufferedImage(48 + yaw, 48, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        img.setRGB(x, y, (r << 16) | (g << 8) | b);
      }
    }
    Files.write(file, Relighting.jpeg(img));
  }

  @Test
  void wholeEvaluationWritesReportAndJsonWithTheNumbers() throws IOException {
    Path root = dataSet();
    Path report = dir.resolve("report");
    int status =
        run(
            "--pairs",
            root.resolve("pairs.txt").toString(),
            "--ident",
            root.resolve("ident.json").toString(),
            "--root",
            root.toString(),
            "--out",
            report.toString(),
            "--threads",
            "2",
            "--model",
            "fake-colour",
            "--threshold",
            "0.9");
    assertEquals(0, status, err.toString());

    JsonObject json =
        Json.createReader(new StringReader(Files.readString(report.resolve("report.json"))))
            .readObject();
    JsonObject dataset = json.getJsonObject("dataset");
    assertEquals(12, dataset.getInt("genuinePairs"));
    assertEquals(13, dataset.getInt("impostorPairs"));
    assertEquals(4, dataset.getInt("galleryIdentities"));
    assertEquals(4, dataset.getInt("matedProbes"));
    assertEquals(3, dataset.getInt("strangerProbes"));
    // 5 identities × 3 images + the dark one; identity folders Anna..Finn + Dark.
    assertEquals(6, dataset.getInt("identities"));

    JsonObject images = json.getJsonObject("images").getJsonObject("original");
    assertEquals(1, images.getInt("failureToDetect"));
    assertEquals(0, images.getInt("missing"));

    JsonObject v = json.getJsonObject("verification");
    assertEquals(1, v.getInt("failedImpostorPairs"));
    assertEquals(
        1.0, v.getJsonObject("tenFoldAccuracy").getJsonNumber("mean").doubleValue(), 1e-12);
    assertEquals(1.0, v.getJsonNumber("auc").doubleValue(), 1e-12);
    assertEquals(0.0, v.getJsonObject("eer").getJsonNumber("rate").doubleValue(), 1e-12);
    JsonObject far1e1 = v.getJsonArray("tarAtFar").getJsonObject(0);
    assertEquals(0.1, far1e1.getJsonNumber("far").doubleValue(), 1e-12);
    assertTrue(far1e1.getBoolean("supported"));
    assertEquals(1.0, far1e1.getJsonNumber("tar").doubleValue(), 1e-12);
    JsonObject far1e2 = v.getJsonArray("tarAtFar").getJsonObject(1);
    assertFalse(far1e2.getBoolean("supported")); // 13 impostors × 1e-2 < 1
    assertTrue(far1e2.isNull("tar"));
    assertEquals(12, v.getJsonObject("genuineScores").getInt("count"));
    assertEquals(
        12, v.getJsonObject("impostorScores").getInt("count")); // the failed pair is left out
    assertTrue(v.getJsonNumber("dPrime").doubleValue() > 3);
    assertEquals(
        0.9,
        v.getJsonObject("atDeployedThreshold").getJsonNumber("threshold").doubleValue(),
        1e-12);

    JsonObject id = json.getJsonObject("identification");
    assertEquals(1.0, id.getJsonNumber("rank1").doubleValue(), 1e-12);
    assertEquals(10, id.getJsonArray("cmc").size());
    assertEquals(1, id.getInt("failedSearches"));
    // 3 strangers × FPIR 0.1 < 1: not one false alarm may be allowed, so no DIR is claimed.
    JsonObject fpir1e1 = id.getJsonArray("dirAtFpir").getJsonObject(0);
    assertFalse(fpir1e1.getBoolean("supported"));
    assertTrue(fpir1e1.getString("note").startsWith("not enough non-mated searches"));

    JsonObject run = json.getJsonObject("run");
    assertEquals("fake-colour@1", run.getJsonObject("embeddingModel").getString("key"));
    assertEquals("fake-colour", run.getJsonArray("requestedModels").getString(0));
    assertTrue(run.getString("command").startsWith("./kith recognize eval --pairs "));
    assertTrue(run.getJsonObject("machine").getInt("cores") >= 1);

    // Yaw buckets: 0–15 holds no pair (each pair has an image at 20° or 50°), >45 the most.
    JsonObject robustness = json.getJsonObject("robustness");
    JsonObject yaw0 = robustness.getJsonArray("yaw").getJsonObject(0);
    assertEquals(0, yaw0.getInt("genuinePairs"));
    JsonObject yaw15 = robustness.getJsonArray("yaw").getJsonObject(1);
    assertEquals(4, yaw15.getInt("genuinePairs")); // the _0001/_0002 pairs: max(5°, 20°)
    // Darkening scales all channels alike: the colour direction, so every number, survives.
    JsonObject dark = robustness.getJsonArray("illumination").getJsonObject(1);
    assertEquals("darkened ×0.4", dark.getString("condition"));
    assertEquals(
        1.0, dark.getJsonObject("identification").getJsonNumber("rank1").doubleValue(), 1e-12);
    // Relit: second images of pairs (_0002, _0003 of four people, the dark one) ∪ probes (+ Finn
    // ×2).
    assertEquals(11, dark.getJsonObject("images").getInt("images"));

    String html = Files.readString(report.resolve("report.html"), StandardCharsets.UTF_8);
    for (String expected :
        List.of(
            "<svg",
            ">ROC<",
            ">DET<",
            ">CMC<",
            "Score distributions",
            "fake-colour@1",
            "100.00 %",
            "not enough impostors",
            root.toString(),
            "cores")) {
      assertTrue(html.contains(expected), "report lacks " + expected);
    }
    String summary = out.toString();
    assertTrue(summary.contains("10-fold accuracy 100.00 %"), summary);
    assertTrue(summary.contains("Rank-1 100.00 %"), summary);
  }

  @Test
  void missingImagesAreCountedNotFatal() throws IOException {
    Path root = dataSet();
    Files.delete(root.resolve("Bert/Bert_0003.jpg"));
    int status =
        run(
            "--pairs",
            root.resolve("pairs.txt").toString(),
            "--root",
            root.toString(),
            "--out",
            dir.resolve("r").toString(),
            "--no-illumination");
    assertEquals(0, status, err.toString());
    JsonObject json =
        Json.createReader(new StringReader(Files.readString(dir.resolve("r/report.json"))))
            .readObject();
    assertEquals(1, json.getJsonObject("images").getJsonObject("original").getInt("missing"));
    assertFalse(json.containsKey("identification"));
    assertEquals(0, json.getJsonObject("robustness").getJsonArray("illumination").size());
  }

  @Test
  void wrongArgumentsExitWithTwoAndSayWhy() throws IOException {
    Path root = dataSet();
    assertEquals(2, run("--pairs", root.resolve("pairs.txt").toString()));
    assertTrue(err.toString().contains("--root is required"));
    assertTrue(err.toString().contains("usage:"));
    assertEquals(2, run("--root", root.toString()));
    assertEquals(2, run("--root", root.toString(), "--pairs", root.resolve("nope.txt").toString()));
    assertTrue(err.toString().contains("nope.txt is not a readable file"));
    assertEquals(
        2,
        run(
            "--root",
            root.resolve("nowhere").toString(),
            "--pairs",
            root.resolve("pairs.txt").toString()));
    assertEquals(
        2,
        run(
            "--root",
            root.toString(),
            "--pairs",
            root.resolve("pairs.txt").toString(),
            "--threads",
            "0"));
    assertEquals(
        2,
        run(
            "--root",
            root.toString(),
            "--pairs",
            root.resolve("pairs.txt").toString(),
            "--threshold",
            "3"));
    assertEquals(2, run("--root", root.toString(), "--frobnicate"));
    assertTrue(err.toString().contains("unknown argument '--frobnicate'"));
    assertEquals(2, run("--root", root.toString(), "--pairs"));
    assertTrue(err.toString().contains("--pairs needs a value"));
  }

  @Test
  void thePipelinesOwnOptionsAreLeftToTheRecognizeCommand() throws IOException {
    Path root = dataSet();
    EvalArguments parsed =
        EvalArguments.parse(
            List.of(
                "--root",
                root.toString(),
                "--pairs",
                root.resolve("pairs.txt").toString(),
                "--clahe",
                "--flip",
                "--models-dir",
                "clinic-models",
                "--threads",
                "3"));
    assertEquals(root.resolve("pairs.txt"), parsed.pairs());
    assertEquals(
        3, parsed.threads(), "the value after --models-dir is not taken for anything else");
  }

  @Test
  void badInputFilesExitWithTwo() throws IOException {
    Path root = dataSet();
    Path badPairs = dir.resolve("bad-pairs.txt");
    Files.writeString(badPairs, "a.jpg b.jpg 1\na.jpg b.jpg maybe\n");
    assertEquals(2, run("--root", root.toString(), "--pairs", badPairs.toString()));
    assertTrue(err.toString().contains("line 2"), err.toString());

    Path onlyGenuine = dir.resolve("genuine.txt");
    Files.writeString(onlyGenuine, "Anna/Anna_0001.jpg Anna/Anna_0002.jpg 1\n");
    assertEquals(2, run("--root", root.toString(), "--pairs", onlyGenuine.toString()));

    Path badJson = dir.resolve("ident.json");
    Files.writeString(badJson, "{\"gallery\": [");
    assertEquals(2, run("--root", root.toString(), "--ident", badJson.toString()));
    assertTrue(err.toString().contains("is not the expected JSON"), err.toString());

    Path elsewhere = Files.createDirectories(dir.resolve("empty"));
    assertEquals(
        2,
        run(
            "--root",
            elsewhere.toString(),
            "--pairs",
            root.resolve("pairs.txt").toString(),
            "--out",
            dir.resolve("x").toString()));
    assertTrue(err.toString().contains("is --root the folder"), err.toString());
  }

  @Test
  void helpPrintsUsageAndSucceeds() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("usage: kith recognize eval"));
  }
}
