package org.kith.recognition.tools.eval;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A 1:N protocol: {@code gallery} images enrol known identities; each probe shows an enrolled
 * {@code identity}, or a stranger when its identity is null (a non-mated search). Read from JSON
 * {@code {"gallery":[{"file","identity"}…], "probes":[{"file","identity"|null}…]}}.
 */
public record IdentificationSet(List<Entry> gallery, List<Entry> probes) {

  /** An image path relative to the data set root and who it shows (null: a stranger). */
  public record Entry(String file, String identity) {
    public boolean stranger() {
      return identity == null;
    }
  }

  public static IdentificationSet read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonReader reader = Json.createReader(in)) {
      JsonObject root = reader.readObject();
      List<Entry> gallery = entries(root, "gallery", file, false);
      List<Entry> probes = entries(root, "probes", file, true);
      if (gallery.isEmpty() || probes.isEmpty()) {
        throw new EvalInputException(file + ": needs a non-empty gallery and probes");
      }
      return new IdentificationSet(gallery, probes);
    } catch (IOException e) {
      throw new EvalInputException(
          "cannot read the identification file " + file + ": " + e.getMessage());
    } catch (JsonException | ClassCastException e) {
      throw new EvalInputException(file + " is not the expected JSON: " + e.getMessage());
    }
  }

  private static List<Entry> entries(JsonObject root, String key, Path file, boolean strangers) {
    if (!root.containsKey(key) || root.get(key).getValueType() != JsonValue.ValueType.ARRAY) {
      throw new EvalInputException(file + ": missing array '" + key + "'");
    }
    JsonArray array = root.getJsonArray(key);
    List<Entry> entries = new ArrayList<>();
    for (int k = 0; k < array.size(); k++) {
      JsonObject o = array.getJsonObject(k);
      if (!o.containsKey("file") || o.isNull("file")) {
        throw new EvalInputException(file + ": " + key + "[" + k + "] has no 'file'");
      }
      boolean noIdentity = !o.containsKey("identity") || o.isNull("identity");
      if (noIdentity && !strangers) {
        throw new EvalInputException(file + ": " + key + "[" + k + "] has no 'identity'");
      }
      entries.add(new Entry(o.getString("file"), noIdentity ? null : o.getString("identity")));
    }
    return List.copyOf(entries);
  }

  /** The enrolled identities, in gallery order. */
  public Set<String> galleryIdentities() {
    Set<String> ids = new LinkedHashSet<>();
    gallery.forEach(e -> ids.add(e.identity()));
    return ids;
  }

  public long matedProbes() {
    return probes.stream().filter(p -> !p.stranger()).count();
  }

  public long strangerProbes() {
    return probes.stream().filter(Entry::stranger).count();
  }
}
