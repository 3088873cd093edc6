package org.kith.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kith.deploy.testing.ApiClient;
import org.kith.deploy.testing.ApiClient.Reply;
import org.kith.deploy.testing.IntegrationEnvironment;
import org.kith.deploy.testing.Tokens;

/** The built audit WAR on Payara Micro, against MariaDB and Keycloak with security on. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditDeploymentIT {
  private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  @Deployment(testable = false)
  static WebArchive war() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/audit.war"));
  }

  @ArquillianResource URL base;

  private ApiClient api() {
    return new ApiClient(URI.create(base.toString()));
  }

  private Tokens tokens() {
    return IntegrationEnvironment.current().tokens();
  }

  /** Seeds one event directly in the schema, as the audit append path (a later feature) would. */
  private long seedEvent(String clinic) throws Exception {
    long id = IDS.incrementAndGet();
    try (Connection c = IntegrationEnvironment.current().connect("kith_audit");
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO audit_event (id, clinic_id, occurred_at, action, outcome, actor) VALUES (?,?,?,?,?,?)")) {
      insert.setLong(1, id);
      insert.setString(2, clinic);
      insert.setTimestamp(3, Timestamp.from(Instant.now()));
      insert.setString(4, "PATIENT_REGISTERED");
      insert.setString(5, "SUCCESS");
      insert.setString(6, "subject-" + id);
      insert.executeUpdate();
    }
    return id;
  }

  @Test
  void reportsReadyWithItsSchemaMigrated() {
    Reply ready = api().get("/health/ready", null);
    assertEquals(200, ready.status(), ready::toString);
    JsonObject audit =
        ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("name").equals("audit"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no audit check in " + ready.body()));
    assertEquals("UP", audit.getString("status"));
    assertEquals("1", audit.getJsonObject("data").getString("schemaVersion"));
  }

  @Test
  void requestWithoutTokenIsUnauthorized() {
    assertEquals(401, api().get("api/v1/events", null).status());
  }

  @Test
  void clinicianIsForbiddenToReadTheAuditLog() {
    Reply reply = api().get("api/v1/events", tokens().user("clinician"));
    assertEquals(403, reply.status(), reply::toString);
  }

  @Test
  void ethicsReviewerReadsTheirClinicsEvents() throws Exception {
    long id = seedEvent("demo-clinic");
    String reviewer = tokens().user("reviewer");
    Reply one = api().get("api/v1/events/" + id, reviewer);
    assertEquals(200, one.status(), one::toString);
    assertEquals("PATIENT_REGISTERED", one.json().getString("action"));
    assertTrue(
        api().get("api/v1/events", reviewer).jsonArray().stream()
            .anyMatch(e -> e.asJsonObject().getJsonNumber("id").longValue() == id));
  }

  @Test
  void eventOfAnotherClinicIsNotFoundRatherThanForbidden() throws Exception {
    long id = seedEvent("other-clinic");
    Reply fromA = api().get("api/v1/events/" + id, tokens().user("reviewer"));
    assertEquals(404, fromA.status(), fromA::toString);
    assertTrue(fromA.isProblem(), fromA::toString);
    assertTrue(
        api().get("api/v1/events", tokens().user("reviewer")).jsonArray().stream()
            .noneMatch(e -> e.asJsonObject().getJsonNumber("id").longValue() == id));
    assertEquals(200, api().get("api/v1/events/" + id, tokens().user("reviewer-b")).status());
  }
}
