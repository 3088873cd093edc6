package org.kith.recognition.tools.conversion;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** One node of a TF.js graph model's GraphDef, with typed access to the attributes we map. */
record TfNode(String name, String op, List<String> inputs, JsonObject attrs) {

  static TfNode of(JsonObject json) {
    List<String> inputs =
        json.containsKey("input")
            ? json.getJsonArray("input").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .filter(i -> !i.startsWith("^")) // control dependencies carry no data
                .toList()
            : List.of();
    JsonObject attrs =
        json.containsKey("attr") ? json.getJsonObject("attr") : JsonValue.EMPTY_JSON_OBJECT;
    return new TfNode(json.getString("name"), json.getString("op"), inputs, attrs);
  }

  boolean has(String attr) {
    return attrs.containsKey(attr);
  }

  /** Strings in a GraphDef's JSON form are base64 bytes. */
  String string(String attr, String fallback) {
    if (!has(attr) || !attrs.getJsonObject(attr).containsKey("s")) {
      return fallback;
    }
    return decode(attrs.getJsonObject(attr).getString("s"));
  }

  long integer(String attr, long fallback) {
    if (!has(attr) || !attrs.getJsonObject(attr).containsKey("i")) {
      return fallback;
    }
    return Long.parseLong(attrs.getJsonObject(attr).get("i").toString().replace("\"", ""));
  }

  boolean bool(String attr) {
    return has(attr) && attrs.getJsonObject(attr).getBoolean("b", false);
  }

  float real(String attr, float fallback) {
    if (!has(attr) || !attrs.getJsonObject(attr).containsKey("f")) {
      return fallback;
    }
    return (float) attrs.getJsonObject(attr).getJsonNumber("f").doubleValue();
  }

  long[] ints(String attr) {
    JsonObject list = has(attr) ? attrs.getJsonObject(attr).getJsonObject("list") : null;
    if (list == null || !list.containsKey("i")) {
      return new long[0];
    }
    JsonArray values = list.getJsonArray("i");
    long[] result = new long[values.size()];
    for (int k = 0; k < result.length; k++) {
      result[k] = Long.parseLong(values.get(k).toString().replace("\"", ""));
    }
    return result;
  }

  List<String> strings(String attr) {
    JsonObject list = has(attr) ? attrs.getJsonObject(attr).getJsonObject("list") : null;
    if (list == null || !list.containsKey("s")) {
      return List.of();
    }
    return list.getJsonArray("s").getValuesAs(JsonString.class).stream()
        .map(s -> decode(s.getString()))
        .toList();
  }

  private static String decode(String base64) {
    return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
  }
}
