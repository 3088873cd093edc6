package org.kith.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kith.deploy.testing.ApiClient.Reply;
import org.kith.deploy.testing.ContractCheck;

/** The built gallery WAR on Payara Micro, against MariaDB and Keycloak with security on. */
class GalleryDeploymentIT extends GalleryIT {

  @Test
  void reportsReadyWithItsSchemaMigrated() {
    Reply ready = api().get("/health/ready", null);
    assertEquals(200, ready.status(), ready::toString);
    JsonObject gallery =
        ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("name").equals("gallery"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no gallery check in " + ready.body()));
    assertEquals("UP", gallery.getString("status"));
    assertEquals(newestMigration(), gallery.getJsonObject("data").getString("schemaVersion"));
    assertEquals(
        "ready",
        gallery.getJsonObject("data").getString("encryption"),
        "the test environment provisions the data encryption key");
    assertEquals(200, api().get("/health/live", null).status());
  }

  /** The highest version among the module's migration files, e.g. "2" for V2__x.sql. */
  private static String newestMigration() {
    String[] files =
        new File("src/main/resources/db/migration/gallery")
            .list((dir, name) -> name.matches("V\\d+__.*\\.sql"));
    return java.util.Arrays.stream(files)
        .map(f -> Integer.parseInt(f.substring(1, f.indexOf("__"))))
        .max(Integer::compare)
        .map(String::valueOf)
        .orElseThrow();
  }

  @Test
  void requestWithoutTokenIsUnauthorized() {
    assertEquals(401, api().get("api/v1/patients", null).status());
  }

  @Test
  void forgedTokenIsUnauthorized() {
    String token = tokens().user("clinician");
    String forged =
        token.substring(0, token.lastIndexOf('.') + 1)
            + "AAAA"
            + token.substring(token.lastIndexOf('.') + 5);
    assertEquals(401, api().get("api/v1/patients", forged).status());
  }

  @Test
  void wrongRoleIsForbidden() {
    Reply reply = api().get("api/v1/patients", tokens().demoDevice());
    assertEquals(403, reply.status(), reply::toString);
    Reply reviewer = api().get("api/v1/patients", tokens().user("reviewer"));
    assertEquals(403, reviewer.status(), reviewer::toString);
  }

  @Test
  void clinicianRegistersAndReadsAPatient() {
    String token = tokens().user("clinician");
    Reply created = api().post("api/v1/patients", token, "{\"pseudonym\":\"P-0001\"}");
    assertEquals(201, created.status(), created::toString);
    long id = created.json().getJsonNumber("id").longValue();

    Reply read = api().get("api/v1/patients/" + id, token);
    assertEquals(200, read.status(), read::toString);
    assertEquals("P-0001", read.json().getString("pseudonym"));
    assertTrue(
        api().get("api/v1/patients", token).jsonArray().stream()
            .anyMatch(p -> p.asJsonObject().getJsonNumber("id").longValue() == id));
  }

  @Test
  void patientOfAnotherClinicIsNotFoundRatherThanForbidden() {
    Reply created =
        api().post("api/v1/patients", tokens().user("clinician"), "{\"pseudonym\":\"P-0002\"}");
    long id = created.json().getJsonNumber("id").longValue();

    String otherClinic = tokens().user("clinician-b");
    Reply read = api().get("api/v1/patients/" + id, otherClinic);
    assertEquals(404, read.status(), read::toString);
    assertTrue(read.isProblem(), read::toString);
    assertEquals("NOT_FOUND", read.json().getString("code"));
    assertTrue(
        api().get("api/v1/patients", otherClinic).jsonArray().stream()
            .noneMatch(p -> p.asJsonObject().getJsonNumber("id").longValue() == id));
  }

  @Test
  void invalidPatientIsRefusedWithAProblemNamingTheField() {
    Reply reply =
        api().post("api/v1/patients", tokens().user("clinician"), "{\"pseudonym\":\"  \"}");
    assertEquals(400, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), reply::toString);
    assertEquals("VALIDATION_FAILED", reply.json().getString("code"));
    assertEquals(
        "pseudonym", reply.json().getJsonArray("violations").getJsonObject(0).getString("field"));
  }

  @Test
  void invalidPagingIsRefusedWithAProblemNamingTheParameter() {
    Reply reply = api().get("api/v1/patients?limit=0", tokens().user("clinician"));
    assertEquals(400, reply.status(), reply::toString);
    assertEquals(
        "limit", reply.json().getJsonArray("violations").getJsonObject(0).getString("field"));
  }

  @Test
  void unreadableBodyIsRefusedWithAProblem() {
    Reply reply = api().post("api/v1/patients", tokens().user("clinician"), "{not json");
    assertEquals(400, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), reply::toString);
  }

  @Test
  void publishesAnOpenApiDocumentAndMetrics() {
    Reply openapi = api().get("/openapi", null);
    assertEquals(200, openapi.status(), openapi::toString);
    assertTrue(openapi.body().contains("/api/v1/patients"), "OpenAPI lists the patients resource");
    assertEquals(200, api().get("/metrics", null).status());
  }

  @Test
  void servesItsOwnContractWithoutAToken() {
    Reply yaml = api().get("openapi", null);
    assertEquals(200, yaml.status(), yaml::toString);
    ContractCheck contract = ContractCheck.of(yaml.body());
    assertEquals(List.of(), contract.parserMessages());
    assertEquals("/gallery", contract.document().getServers().get(0).getUrl());
    assertTrue(
        contract.operations().contains("POST /api/v1/identify"),
        () -> contract.operations().toString());
    Reply json = api().get("openapi?format=json", null);
    assertEquals(200, json.status(), json::toString);
    assertTrue(json.body().startsWith("{"), json::toString);
  }
}
