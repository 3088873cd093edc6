package org.kith.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.kith.api.recognition.ImageErrors;
import org.kith.deploy.testing.ApiClient;
import org.kith.deploy.testing.ApiClient.FilePart;
import org.kith.deploy.testing.ApiClient.Reply;
import org.kith.deploy.testing.HostileImages;
import org.kith.deploy.testing.HostileImages.Sample;
import org.kith.deploy.testing.IntegrationEnvironment;

/**
 * The generated hostile image set sent to every endpoint that takes an image, and malformed
 * requests sent to every module, through the real stack (gallery, recognition and audit on Payara
 * Micro, MariaDB, Keycloak): each answer is a 200 or a problem with a specific code, never a 5xx;
 * refused files store nothing; the server still answers normally afterwards. Prints both tables.
 */
class HostileInputIT extends GalleryIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private record Answer(int status, String contentType, String body) {
    boolean problem() {
      return contentType.startsWith("application/problem+json");
    }

    String code() {
      if (!problem()) {
        return status == 200 ? "-" : "(not a problem: " + contentType + ")";
      }
      try {
        JsonObject json = Json.createReader(new StringReader(body)).readObject();
        return json.getString("code", "(no code)");
      } catch (RuntimeException e) {
        return "(unreadable problem)";
      }
    }

    String cell() {
      return status + " " + code();
    }
  }

  private static Answer of(Reply reply) {
    return new Answer(reply.status(), reply.contentType(), reply.body());
  }

  private static Answer send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body());
  }

  private URI gallery(String path) {
    return URI.create(base + path);
  }

  private URI companion(String path) {
    return URI.create(IntegrationEnvironment.current().companions().url() + "/" + path);
  }

  private long count(String sql, long id) throws Exception {
    try (Connection db = IntegrationEnvironment.current().connect("kith_gallery");
        PreparedStatement q = db.prepareStatement(sql)) {
      q.setLong(1, id);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private String deviceToken(String clinician, long patient) {
    Reply device =
        api().post("api/v1/patients/" + patient + "/devices", clinician, "{\"label\":\"Glasses\"}");
    assertEquals(201, device.status(), device::toString);
    return tokens()
        .client(device.json().getString("clientId"), device.json().getString("clientSecret"));
  }

  @Test
  void everyHostileImageOnEveryImageEndpointIsAnsweredWithA200OrItsProblem() throws Exception {
    String clinician = tokens().user("clinician");
    long patient = patient(clinician);
    long person = addPerson(clinician, patient, "Hostile Images");
    long consent = consent(clinician, patient, person);
    String device = deviceToken(clinician, patient);
    String service = tokens().platformService();
    ApiClient gallery = api();
    ApiClient companions = companionApi();
    String evidence =
        "api/v1/patients/" + patient + "/persons/" + person + "/consents/" + consent + "/evidence";

    List<String> endpoints =
        List.of("analyses", "identify", "identify multipart", "trial", "enrolment", "evidence");
    Map<String, Map<String, String>> table = new LinkedHashMap<>();
    List<String> wrong = new ArrayList<>();
    for (Sample sample : HostileImages.all()) {
      Map<String, Answer> answers = new LinkedHashMap<>();
      answers.put(
          "analyses",
          of(
              companions.postBytes(
                  "recognition/api/v1/analyses", service, sample.contentType(), sample.bytes())));
      answers.put(
          "identify",
          of(
              gallery.postBytes(
                  "api/v1/identify?frameId=1", device, sample.contentType(), sample.bytes())));
      answers.put(
          "identify multipart",
          of(
              gallery.postMultipart(
                  "api/v1/identify?frameId=2",
                  device,
                  List.of(new FilePart("image", "frame", sample.contentType(), sample.bytes())))));
      answers.put(
          "trial",
          of(
              gallery.postBytes(
                  "api/v1/patients/" + patient + "/identification-trials",
                  clinician,
                  sample.contentType(),
                  sample.bytes())));
      answers.put(
          "enrolment",
          of(
              gallery.postMultipart(
                  "api/v1/patients/" + patient + "/persons/" + person + "/templates",
                  clinician,
                  List.of(new FilePart("image", "photo", sample.contentType(), sample.bytes())))));
      answers.put(
          "evidence",
          of(gallery.putBytes(evidence, clinician, sample.contentType(), sample.bytes())));

      Map<String, String> row = new LinkedHashMap<>();
      for (Map.Entry<String, Answer> e : answers.entrySet()) {
        Answer a = e.getValue();
        String cell = a.cell();
        if (e.getKey().equals("enrolment") && a.status() == 200) {
          // one result per photo: accepted, or refused with a reason and the image error's title
          JsonObject result =
              Json.createReader(new StringReader(a.body()))
                  .readObject()
                  .getJsonArray("results")
                  .getJsonObject(0);
          cell = "200 " + result.getString("reason", "accepted");
          String expected = sample.expectedCode();
          if (expected != null
              && !expected.equals("IMAGE_MISSING")
              && !Objects.equals(
                  ImageErrors.valueOf(expected).title(), result.getString("guidance", null))) {
            wrong.add(sample.kind() + " on enrolment: " + a.body());
          }
        }
        row.put(e.getKey(), cell);
        if (a.status() >= 500) {
          wrong.add(sample.kind() + " on " + e.getKey() + ": " + a);
        }
        if (a.status() != 200 && !a.problem()) {
          wrong.add(sample.kind() + " on " + e.getKey() + " is not a problem: " + a);
        }
        boolean decodes =
            List.of("analyses", "identify", "identify multipart", "trial").contains(e.getKey());
        if (decodes
            && sample.expectedCode() != null
            && sample.contentType().startsWith("image/")
            && !sample.contentType().equals("image/gif")
            && !Objects.equals(sample.expectedCode(), a.code())) {
          wrong.add(
              sample.kind()
                  + " on "
                  + e.getKey()
                  + ": expected "
                  + sample.expectedCode()
                  + ", "
                  + a);
        }
        if (decodes && sample.expectedCode() == null && a.status() != 200) {
          wrong.add(sample.kind() + " on " + e.getKey() + ": expected 200, " + a);
        }
      }
      table.put(sample.kind(), row);
    }

    StringBuilder printed = new StringBuilder("\nHostile images × endpoint (status code)\n");
    printed.append(String.format("%-38s", "kind"));
    endpoints.forEach(e -> printed.append(String.format(" | %-28s", e)));
    printed.append('\n');
    table.forEach(
        (kind, row) -> {
          printed.append(String.format("%-38s", kind));
          endpoints.forEach(e -> printed.append(String.format(" | %-28s", row.get(e))));
          printed.append('\n');
        });
    System.out.println(printed);

    // None of the set shows a face, so no photo may have become a template.
    assertEquals(
        0, count("SELECT COUNT(*) FROM face_template WHERE person_id = ?", person), "templates");
    assertEquals(200, api().get("/health/live", null).status(), "still alive");
    Reply ready = api().get("/health/ready", null);
    assertEquals(200, ready.status(), ready::toString);
    Reply normal =
        gallery.postBytes(
            "api/v1/identify?frameId=3",
            device,
            "image/jpeg",
            HostileImages.jpeg(HostileImages.gradient(640, 480)));
    assertEquals(200, normal.status(), normal::toString);
    assertEquals(List.of(), wrong);
  }

  /**
   * One malformed request: where it goes and the status and code it must get (status 0: a 200 or
   * any 4xx problem; -1: only recorded, as the container may close the connection instead).
   */
  private record Probe(String what, HttpRequest.Builder request, int status, String code) {}

  private static HttpRequest.Builder post(URI uri, String token, String type, byte[] body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (type != null) {
      b.header("Content-Type", type);
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void everyErrorAnswerOnEveryModuleIsAProblemWithItsCode() throws Exception {
    String clinician = tokens().user("clinician");
    long patient = patient(clinician);
    String device = deviceToken(clinician, patient);
    String reviewer = tokens().user("reviewer");
    String service = tokens().platformService();
    URI identify = gallery("api/v1/identify");
    URI patients = gallery("api/v1/patients");
    URI analyses = companion("recognition/api/v1/analyses");
    URI events = companion("audit/api/v1/events");
    byte[] jpeg = HostileImages.jpeg(HostileImages.gradient(64, 64));
    String part =
        "--b\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.jpg\"\r\n"
            + "Content-Type: image/jpeg\r\n\r\n";

    List<Probe> probes = new ArrayList<>();
    probes.add(
        new Probe(
            "multipart unterminated",
            post(identify, device, "multipart/form-data; boundary=b", bytes(part + "abc")),
            400,
            "MULTIPART_MALFORMED"));
    probes.add(
        new Probe(
            "multipart with no parts",
            post(identify, device, "multipart/form-data; boundary=b", bytes("--b--\r\n")),
            400,
            "MULTIPART_MALFORMED"));
    probes.add(
        new Probe(
            "multipart without boundary",
            post(identify, device, "multipart/form-data", bytes(part + "abc\r\n--b--\r\n")),
            400,
            "MULTIPART_MALFORMED"));
    probes.add(
        new Probe(
            "raw JPEG labelled multipart",
            post(identify, device, "multipart/form-data; boundary=b", jpeg),
            400,
            "MULTIPART_MALFORMED"));
    probes.add(
        new Probe(
            "CRLF in a part's filename",
            post(
                identify,
                device,
                "multipart/form-data; boundary=b",
                bytes(
                    "--b\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a\r\n"
                        + "X-Injected: 1.jpg\"\r\nContent-Type: image/jpeg\r\n\r\nabc\r\n--b--\r\n")),
            0,
            null));
    probes.add(
        new Probe(
            "unsupported Content-Type (gallery)",
            post(identify, device, "text/plain", bytes("hello")),
            415,
            "UNSUPPORTED_MEDIA_TYPE"));
    probes.add(
        new Probe(
            "unsupported Content-Type (recognition)",
            post(analyses, service, "text/plain", bytes("hello")),
            415,
            "UNSUPPORTED_MEDIA_TYPE"));
    probes.add(
        new Probe(
            "a list of two Content-Types",
            post(identify, device, "image/jpeg, image/png", jpeg),
            400,
            "CONTENT_TYPE_INVALID"));
    // A wildcard matches every reader an endpoint has; it is refused the same way every time.
    for (int i = 0; i < 3; i++) {
      probes.add(
          new Probe(
              "Content-Type */* (" + (i + 1) + ")",
              post(identify, device, "*/*", jpeg),
              400,
              "CONTENT_TYPE_INVALID"));
    }
    probes.add(
        new Probe(
            "Content-Type image/* (recognition)",
            post(analyses, service, "image/*", jpeg),
            400,
            "CONTENT_TYPE_INVALID"));
    probes.add(
        new Probe(
            "bad JSON",
            post(patients, clinician, "application/json", bytes("{\"pseudonym\":")),
            400,
            "MALFORMED_REQUEST"));
    probes.add(
        new Probe(
            "JSON of the wrong shape",
            post(patients, clinician, "application/json", bytes("[1,2,3]")),
            400,
            "MALFORMED_REQUEST"));
    probes.add(
        new Probe(
            "wrong method (gallery)",
            HttpRequest.newBuilder(identify)
                .header("Authorization", "Bearer " + device)
                .method("PATCH", HttpRequest.BodyPublishers.noBody()),
            405,
            "METHOD_NOT_ALLOWED"));
    probes.add(
        new Probe(
            "wrong method (audit)",
            HttpRequest.newBuilder(events).header("Authorization", "Bearer " + reviewer).DELETE(),
            405,
            "METHOD_NOT_ALLOWED"));
    probes.add(
        new Probe(
            "wrong method (recognition)",
            HttpRequest.newBuilder(analyses).header("Authorization", "Bearer " + service).GET(),
            405,
            "METHOD_NOT_ALLOWED"));
    probes.add(
        new Probe(
            "unknown path in the API (gallery)",
            HttpRequest.newBuilder(gallery("api/v1/no-such-thing"))
                .header("Authorization", "Bearer " + clinician)
                .GET(),
            404,
            "UNKNOWN_PATH"));
    probes.add(
        new Probe(
            "unknown path in the API (audit)",
            HttpRequest.newBuilder(companion("audit/api/v1/no-such-thing"))
                .header("Authorization", "Bearer " + reviewer)
                .GET(),
            404,
            "UNKNOWN_PATH"));
    probes.add(
        new Probe(
            "unknown path outside the API (gallery)",
            HttpRequest.newBuilder(gallery("no-such-page.html")).GET(),
            404,
            "UNKNOWN_PATH"));
    probes.add(
        new Probe(
            "unknown path outside the API (audit)",
            HttpRequest.newBuilder(companion("audit/no-such-page")).GET(),
            404,
            "UNKNOWN_PATH"));
    probes.add(
        new Probe(
            "unknown path outside the API (recognition)",
            HttpRequest.newBuilder(companion("recognition/no-such-page")).GET(),
            404,
            "UNKNOWN_PATH"));
    probes.add(
        new Probe(
            "not acceptable",
            HttpRequest.newBuilder(patients)
                .header("Authorization", "Bearer " + clinician)
                .header("Accept", "text/csv")
                .GET(),
            406,
            "NOT_ACCEPTABLE"));
    probes.add(
        new Probe("no token", HttpRequest.newBuilder(patients).GET(), 401, "UNAUTHENTICATED"));
    probes.add(
        new Probe(
            "a garbage token",
            HttpRequest.newBuilder(patients).header("Authorization", "Bearer abc.def.ghi").GET(),
            401,
            "UNAUTHENTICATED"));
    probes.add(
        new Probe(
            "wrong role",
            HttpRequest.newBuilder(events).header("Authorization", "Bearer " + device).GET(),
            403,
            "FORBIDDEN"));
    probes.add(
        new Probe(
            "a 64 KB header",
            HttpRequest.newBuilder(patients)
                .header("Authorization", "Bearer " + clinician)
                .header("X-Padding", "x".repeat(64 * 1024))
                .GET(),
            -1,
            null));

    List<String> wrong = new ArrayList<>();
    StringBuilder printed = new StringBuilder("\nMalformed requests (status code)\n");
    for (Probe probe : probes) {
      Answer a;
      try {
        a = send(probe.request());
      } catch (java.io.IOException e) {
        a = new Answer(-1, "", "connection closed: " + e.getMessage());
      }
      printed.append(String.format("%-44s | %s%n", probe.what(), a.cell()));
      if (a.status() >= 500) {
        wrong.add(probe.what() + ": " + a);
      }
      if (probe.status() == 0 && a.status() != 200 && !(a.status() < 500 && a.problem())) {
        wrong.add(probe.what() + ": expected a 200 or a problem, " + a);
      }
      if (probe.status() > 0) {
        if (a.status() != probe.status() || !a.problem()) {
          wrong.add(probe.what() + ": expected " + probe.status() + " problem, " + a);
        } else if (probe.code() != null && !probe.code().equals(a.code())) {
          wrong.add(probe.what() + ": expected " + probe.code() + ", " + a);
        }
      }
      if (a.status() >= 400 && !a.problem() && probe.status() > 0) {
        wrong.add(probe.what() + " is not a problem: " + a);
      }
      if (a.body().contains("at org.") || a.body().contains("Exception")) {
        wrong.add(probe.what() + " shows internals: " + a);
      }
    }
    System.out.println(printed);
    assertEquals(200, api().get("/health/live", null).status(), "still alive");
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }
}
