package org.kith.recognition.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kith.recognition.testing.TestImages;
import org.kith.recognition.testing.TestModels;

class RecognizeCommandTest {
  @TempDir Path dir;

  @Test
  void analyzePrintsOneJsonLinePerImageWithTheFileAsGiven() throws Exception {
    Path face = dir.resolve("face.jpg");
    Files.write(face, TestImages.portraitJpeg());
    Path letter = dir.resolve("letter.jpg");
    Files.write(letter, TestImages.textNamedJpeg());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        RecognizeCommand.run(
            List.of("analyze", face.toString(), letter.toString()),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err);
    String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
    assertEquals(2, lines.length, out::toString);
    assertEquals(1, status, "one image was refused");
    JsonObject first = Json.createReader(new StringReader(lines[0])).readObject();
    assertEquals(face.toString(), first.getString("file"));
    assertTrue(first.isNull("error"));
    JsonObject found = first.getJsonArray("faces").getJsonObject(0);
    JsonObject entry = TestModels.defaultEmbeddingEntry();
    assertEquals(
        entry.getJsonObject("embedding").getInt("dimension"),
        found.getJsonArray("embedding").size());
    assertEquals(
        entry.getString("name") + "@" + entry.getString("version"), found.getString("model"));
    for (String key : List.of("box", "score", "landmarks5", "landmarks", "regions", "pose")) {
      assertTrue(found.containsKey(key), key);
    }
    assertTrue(first.getJsonObject("ms").containsKey("total"));
    JsonObject second = Json.createReader(new StringReader(lines[1])).readObject();
    assertEquals(letter.toString(), second.getString("file"));
    assertEquals("IMAGE_NOT_AN_IMAGE", second.getString("error"));
  }
}
