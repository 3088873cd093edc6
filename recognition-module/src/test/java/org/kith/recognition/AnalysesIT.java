package org.kith.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kith.deploy.testing.IntegrationEnvironment;
import org.kith.deploy.testing.Tokens;
import org.kith.recognition.testing.TestImages;
import org.kith.recognition.testing.TestModels;

/**
 * {@code POST /api/v1/analyses} on the built WAR: a real portrait gives one face with a unit
 * embedding for the platform service, people are refused, and every hostile image gets its own
 * problem code, never a 5xx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnalysesIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Deployment(testable = false)
  static WebArchive war() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/recognition.war"));
  }

  @ArquillianResource URL base;

  private Tokens tokens() {
    return IntegrationEnvironment.current().tokens();
  }

  /** Status, content type and body of one POST of raw bytes. */
  record Answer(int status, String contentType, String body) {
    JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }
  }

  private Answer post(byte[] image, String contentType, String query, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "api/v1/analyses" + query))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(image));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body());
  }

  @Test
  void portraitGivesOneFaceWithAUnitEmbeddingForThePlatformService() throws Exception {
    Answer answer =
        post(
            TestImages.portraitJpeg(), "image/jpeg", "?landmarks=true", tokens().platformService());
    assertEquals(200, answer.status(), answer::toString);
    JsonArray faces = answer.json().getJsonArray("faces");
    assertEquals(1, faces.size(), answer::toString);
    JsonObject face = faces.getJsonObject(0);
    JsonArray vector = face.getJsonObject("embedding").getJsonArray("vector");
    assertEquals(TestModels.defaultDimension(), vector.size());
    double norm = 0;
    for (int i = 0; i < vector.size(); i++) {
      norm += Math.pow(vector.getJsonNumber(i).doubleValue(), 2);
    }
    assertEquals(1, Math.sqrt(norm), 1e-3);
    assertEquals(
        TestModels.defaultEmbeddingModel(),
        face.getJsonObject("embedding").getJsonObject("model").getString("id"));
    assertEquals(468, face.getJsonArray("landmarks").size());
    assertEquals(5, face.getJsonArray("landmarks5").size());
    assertTrue(answer.json().getJsonObject("millis").containsKey("embed"), answer::toString);
  }

  @Test
  void clinicianAndDeviceAreForbiddenAndNoTokenIsUnauthorized() throws Exception {
    byte[] image = TestImages.jpeg(TestImages.noFace(64, 64));
    assertEquals(403, post(image, "image/jpeg", "", tokens().user("clinician")).status());
    assertEquals(403, post(image, "image/jpeg", "", tokens().demoDevice()).status());
    assertEquals(401, post(image, "image/jpeg", "", null).status());
  }

  @Test
  void hostileImagesGetTheirProblemCodes() throws Exception {
    String token = tokens().platformService();
    assertProblem(post(new byte[0], "image/jpeg", "", token), 400, "IMAGE_MISSING");
    assertProblem(
        post(TestImages.truncatedJpeg(), "image/jpeg", "", token), 400, "IMAGE_TRUNCATED");
    assertProblem(
        post(TestImages.textNamedJpeg(), "image/jpeg", "", token), 415, "IMAGE_NOT_AN_IMAGE");
    assertProblem(
        post(TestImages.hugePngHeader(), "image/png", "", token), 413, "IMAGE_TOO_MANY_PIXELS");
    assertProblem(
        post(new byte[20_000_001], "application/octet-stream", "", token), 413, "IMAGE_TOO_LARGE");
    assertProblem(
        post(TestImages.portraitJpeg(), "image/jpeg", "?maxFaces=0", token),
        400,
        "VALIDATION_FAILED");
  }

  @Test
  void noFaceCmykAndTwentyFacesAreAnalysed() throws Exception {
    String token = tokens().platformService();
    Answer none = post(TestImages.jpeg(TestImages.noFace(640, 480)), "image/jpeg", "", token);
    assertEquals(200, none.status(), none::toString);
    assertEquals(0, none.json().getJsonArray("faces").size());
    Answer cmyk =
        post(
            TestImages.cmykJpeg(TestImages.read(TestImages.portraits(1).get(0))),
            "image/jpeg",
            "",
            token);
    assertEquals(200, cmyk.status(), cmyk::toString);
    assertEquals(1, cmyk.json().getJsonArray("faces").size(), cmyk::toString);
    Answer twenty =
        post(TestImages.twentyFaces(), "image/jpeg", "?maxFaces=20&embeddings=false", token);
    assertEquals(200, twenty.status(), twenty::toString);
    assertTrue(twenty.json().getJsonArray("faces").size() >= 18, twenty::toString);
  }

  private static void assertProblem(Answer answer, int status, String code) {
    assertEquals(status, answer.status(), answer::toString);
    assertTrue(answer.contentType().startsWith("application/problem+json"), answer::toString);
    assertEquals(code, answer.json().getString("code"), answer::toString);
  }
}
