package org.kith.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kith.audit.AuditEntriesJson.unique;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kith.deploy.environment.PlatformConfiguration;
import org.kith.deploy.environment.Secrets;
import org.kith.deploy.testing.ApiClient;
import org.kith.deploy.testing.ApiClient.Reply;
import org.kith.deploy.testing.ContractCheck;
import org.kith.deploy.testing.IntegrationEnvironment;
import org.kith.deploy.testing.Tokens;

/** The built audit WAR on Payara Micro, against MariaDB and Keycloak with security on. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditDeploymentIT {
  private static final String CLINIC_A = "demo-clinic";
  private static final String CLINIC_B = "other-clinic";

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

  private JsonObject append(String json) {
    Reply reply = api().post("api/v1/events", tokens().platformService(), json);
    assertEquals(201, reply.status(), reply::toString);
    return reply.json();
  }

  private JsonArray events(String token, String query) {
    Reply reply = api().get("api/v1/events" + query, token);
    assertEquals(200, reply.status(), reply::toString);
    return reply.jsonArray();
  }

  private JsonObject verify(String token) {
    return verify(token, "");
  }

  private JsonObject verify(String token, String query) {
    Reply reply = api().get("api/v1/verify" + query, token);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
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
    assertEquals("2", audit.getJsonObject("data").getString("schemaVersion"));
  }

  @Test
  void requestWithoutTokenIsUnauthorized() {
    assertEquals(401, api().get("api/v1/events", null).status());
    assertEquals(401, api().post("api/v1/events", null, "{}").status());
  }

  @Test
  void clinicianIsForbiddenToReadTheAuditLogAndTheRefusalIsAudited() {
    Reply reply = api().get("api/v1/events", tokens().user("clinician"));
    assertEquals(403, reply.status(), reply::toString);
    JsonArray denied = events(tokens().user("reviewer"), "?action=AUDIT_ACCESS_DENIED&limit=5");
    assertFalse(denied.isEmpty(), "the refusal is in the clinic's chain");
    JsonObject event = denied.getJsonObject(0);
    assertEquals("DENIED", event.getString("outcome"));
    assertEquals("clinician", event.getString("actorRole"));
    assertEquals("GET /audit/api/v1/events", event.getString("reason"));
  }

  @Test
  void onlyKithsModulesMayAppend() {
    String entry = AuditEntriesJson.consentWithdrawn(CLINIC_A, unique("pt"), unique("consent"));
    assertEquals(403, api().post("api/v1/events", tokens().user("reviewer"), entry).status());
    assertEquals(403, api().post("api/v1/events", tokens().demoDevice(), entry).status());
  }

  @Test
  void identificationCreatesExactlyOneEventWithEveryDecisionField() {
    String patient = unique("pt");
    String requestId = unique("req");
    JsonObject receipt =
        append(AuditEntriesJson.identification(CLINIC_A, patient, "device-7", requestId));
    assertEquals(64, receipt.getString("hash").length());

    JsonArray found = events(tokens().user("reviewer"), "?patient=" + patient);
    assertEquals(1, found.size(), found::toString);
    JsonObject event = found.getJsonObject(0);
    assertEquals(
        receipt.getJsonNumber("eventId").longValue(), event.getJsonNumber("id").longValue());
    assertEquals(
        receipt.getJsonNumber("sequence").longValue(), event.getJsonNumber("sequence").longValue());
    assertEquals(receipt.getString("hash"), event.getString("hash"));
    assertEquals(CLINIC_A, event.getString("clinicId"));
    assertTrue(
        event.getString("occurredAt").startsWith("2026-11-20T09:15:30.123456"), event::toString);
    assertNotNull(event.getString("recordedAt"));
    assertEquals("IDENTIFICATION", event.getString("action"));
    assertEquals("SUCCESS", event.getString("outcome"));
    assertEquals("device-subject-1", event.getString("actorSubject"));
    assertEquals("device", event.getString("actorRole"));
    assertEquals("10.0.0.7", event.getString("actorAddress"));
    assertEquals(requestId, event.getString("requestId"));
    assertEquals(patient, event.getString("patientRef"));
    assertEquals("device-7", event.getString("deviceId"));
    assertEquals("arcface-r100", event.getString("modelId"));
    assertEquals("1.2.0", event.getString("modelVersion"));
    assertEquals(87, event.getInt("latencyMillis"));

    JsonArray faces = event.getJsonArray("faces");
    assertEquals(2, faces.size());
    JsonObject known = faces.getJsonObject(0);
    assertEquals("KNOWN", known.getString("decision"));
    assertEquals("person-17", known.getString("candidatePersonId"));
    assertEquals(0.8123, known.getJsonNumber("score").doubleValue(), 1e-9);
    assertEquals(0.21, known.getJsonNumber("runnerUpMargin").doubleValue(), 1e-9);
    assertEquals(0.62, known.getJsonNumber("thresholdKnown").doubleValue(), 1e-9);
    assertEquals(0.45, known.getJsonNumber("thresholdUncertain").doubleValue(), 1e-9);
    assertEquals("low-light", known.getString("thresholdContext"));
    assertEquals(
        0.91, known.getJsonObject("quality").getJsonNumber("sharpness").doubleValue(), 1e-9);
    assertEquals(-12.5, known.getJsonObject("quality").getJsonNumber("yaw").doubleValue(), 1e-9);
    assertEquals("UNKNOWN", faces.getJsonObject(1).getString("decision"));

    Set<String> stored = event.keySet();
    assertFalse(
        stored.stream().anyMatch(k -> k.toLowerCase().matches(".*(image|embedding|vector).*")));
  }

  @Test
  void consentWithdrawalCreatesItsEvent() {
    String patient = unique("pt");
    String consent = unique("consent");
    append(AuditEntriesJson.consentWithdrawn(CLINIC_A, patient, consent));
    JsonArray found =
        events(tokens().user("reviewer"), "?patient=" + patient + "&action=CONSENT_WITHDRAWN");
    assertEquals(1, found.size(), found::toString);
    JsonObject event = found.getJsonObject(0);
    assertEquals("CONSENT", event.getString("targetType"));
    assertEquals(consent, event.getString("targetId"));
    assertEquals("clinician-subject", event.getString("actorSubject"));
    assertEquals("clinician", event.getString("actorRole"));
    assertEquals("192.0.2.10", event.getString("actorAddress"));
  }

  @Test
  void feedbackIsLinkedToTheEventItCorrectsWithinTheClinic() {
    String patient = unique("pt");
    long identified =
        append(AuditEntriesJson.identification(CLINIC_A, patient, "device-7", unique("req")))
            .getJsonNumber("eventId")
            .longValue();
    long feedback =
        append(AuditEntriesJson.feedback(CLINIC_A, patient, identified))
            .getJsonNumber("eventId")
            .longValue();
    JsonObject event = api().get("api/v1/events/" + feedback, tokens().user("reviewer")).json();
    assertEquals(identified, event.getJsonNumber("correctsEventId").longValue());
    assertEquals("WRONG_PERSON", event.getString("reason"));

    Reply acrossClinics =
        api()
            .post(
                "api/v1/events",
                tokens().platformService(),
                AuditEntriesJson.feedback(CLINIC_B, patient, identified));
    assertEquals(422, acrossClinics.status(), acrossClinics::toString);
    assertTrue(acrossClinics.isProblem());
  }

  @Test
  void invalidEntryIsRefusedWithTheFieldsNamed() {
    Reply reply =
        api()
            .post(
                "api/v1/events",
                tokens().platformService(),
                "{\"clinicId\":\"Not A Clinic\",\"action\":\"IDENTIFICATION\",\"outcome\":\"SUCCESS\"}");
    assertEquals(400, reply.status(), reply::toString);
    assertTrue(reply.isProblem());
    String body = reply.body();
    assertTrue(body.contains("clinicId") && body.contains("actor"), body);
  }

  @Test
  void reviewerOfOneClinicCannotReadAnotherClinicsEvents() {
    String patient = unique("pt");
    long id =
        append(AuditEntriesJson.identification(CLINIC_B, patient, "device-b", unique("req")))
            .getJsonNumber("eventId")
            .longValue();
    String reviewerA = tokens().user("reviewer");
    Reply one = api().get("api/v1/events/" + id, reviewerA);
    assertEquals(404, one.status(), one::toString);
    assertTrue(one.isProblem(), one::toString);
    assertTrue(events(reviewerA, "?patient=" + patient).isEmpty());
    String csv = api().get("api/v1/export/csv?patient=" + patient, reviewerA).body();
    assertEquals(1, csv.lines().count(), csv);
    assertTrue(
        api()
            .get("api/v1/export/fhir?patient=" + patient, reviewerA)
            .json()
            .getJsonArray("entry")
            .isEmpty());
    assertEquals(CLINIC_A, verify(reviewerA).getString("clinicId"));

    assertEquals(200, api().get("api/v1/events/" + id, tokens().user("reviewer-b")).status());
  }

  @Test
  void reviewFiltersByDecisionPersonScoreAndDevice() {
    String patient = unique("pt");
    String device = unique("dev");
    append(AuditEntriesJson.identification(CLINIC_A, patient, device, unique("req")));
    String reviewer = tokens().user("reviewer");
    String p = "?patient=" + patient;
    assertEquals(1, events(reviewer, p + "&decision=KNOWN&person=person-17").size());
    assertEquals(1, events(reviewer, p + "&decision=UNKNOWN&maxScore=0.4").size());
    assertEquals(0, events(reviewer, p + "&decision=KNOWN&minScore=0.9").size());
    assertEquals(0, events(reviewer, p + "&decision=UNCERTAIN").size());
    assertEquals(1, events(reviewer, "?device=" + device).size());
    assertEquals(0, events(reviewer, p + "&from=2026-11-21T00:00:00Z").size());
    assertEquals(
        1, events(reviewer, p + "&from=2026-11-20T00:00:00Z&to=2026-11-21T00:00:00Z").size());
    assertEquals(400, api().get("api/v1/events?decision=MAYBE", reviewer).status());
    assertEquals(400, api().get("api/v1/events?from=yesterday", reviewer).status());
  }

  @Test
  void csvExportHasAHeaderAndOneLinePerEvent() {
    String patient = unique("pt");
    append(AuditEntriesJson.identification(CLINIC_A, patient, "device-7", unique("req")));
    append(AuditEntriesJson.consentWithdrawn(CLINIC_A, patient, unique("consent")));
    Reply reply = api().get("api/v1/export/csv?patient=" + patient, tokens().user("reviewer"));
    assertEquals(200, reply.status(), reply::toString);
    assertTrue(reply.contentType().startsWith("text/csv"), reply.contentType());
    List<String> lines = reply.body().lines().toList();
    assertEquals(3, lines.size(), reply.body());
    assertTrue(lines.get(0).startsWith("id,clinic,sequence,occurred_at,"), lines.get(0));
    int columns = lines.get(0).split(",", -1).length;
    for (String line : lines.subList(1, lines.size())) {
      assertEquals(columns, line.split(",", -1).length, line);
    }
    assertTrue(lines.stream().anyMatch(l -> l.contains(",KNOWN|UNKNOWN,")), reply.body());
  }

  @Test
  void fhirExportIsABundleOfValidR4AuditEvents() {
    String patient = unique("pt");
    append(AuditEntriesJson.identification(CLINIC_A, patient, "device-7", unique("req")));
    append(AuditEntriesJson.consentWithdrawn(CLINIC_A, patient, unique("consent")));
    Reply reply = api().get("api/v1/export/fhir?patient=" + patient, tokens().user("reviewer"));
    assertEquals(200, reply.status(), reply::toString);
    assertTrue(reply.contentType().startsWith("application/fhir+json"), reply.contentType());
    JsonObject bundle = reply.json();
    assertEquals("Bundle", bundle.getString("resourceType"));
    assertEquals("collection", bundle.getString("type"));
    assertFalse(bundle.containsKey("total"), "a collection Bundle carries no total (bdl-1)");
    JsonArray entries = bundle.getJsonArray("entry");
    assertEquals(2, entries.size());
    for (JsonValue value : entries) {
      assertTrue(value.asJsonObject().getString("fullUrl").startsWith("http"));
      FhirAuditEventShape.assertValidR4(value.asJsonObject().getJsonObject("resource"));
    }
  }

  @Test
  void statisticsCountDecisionsAndFeedback() {
    String reviewer = tokens().user("reviewer-b");
    String range = "?from=2026-11-20T00:00:00Z&to=2026-11-21T00:00:00Z&bins=10";
    JsonObject before = api().get("api/v1/statistics" + range, reviewer).json();
    String patient = unique("pt");
    long id =
        append(AuditEntriesJson.identification(CLINIC_B, patient, "device-b", unique("req")))
            .getJsonNumber("eventId")
            .longValue();
    append(
        AuditEntriesJson.feedback(CLINIC_B, patient, id)
            .replace("{\"clinicId\"", "{\"occurredAt\":\"2026-11-20T10:00:00Z\",\"clinicId\""));
    Reply reply = api().get("api/v1/statistics" + range, reviewer);
    assertEquals(200, reply.status(), reply::toString);
    JsonObject after = reply.json();
    assertEquals(count(before, "KNOWN") + 1, count(after, "KNOWN"));
    assertEquals(count(before, "UNKNOWN") + 1, count(after, "UNKNOWN"));
    assertEquals(
        before.getJsonNumber("feedbackReportedErrors").longValue() + 1,
        after.getJsonNumber("feedbackReportedErrors").longValue());
    JsonArray knownHistogram = after.getJsonObject("scoreHistograms").getJsonArray("KNOWN");
    assertEquals(10, knownHistogram.size());
    assertTrue(knownHistogram.getJsonObject(8).getJsonNumber("faces").longValue() >= 1);
    assertTrue(
        after
            .getJsonArray("identificationsPerDay")
            .getJsonObject(0)
            .getString("day")
            .startsWith("2026-11-20"));
    assertTrue(after.getJsonObject("decisionRates").getJsonNumber("KNOWN").doubleValue() > 0);
  }

  private static long count(JsonObject statistics, String decision) {
    JsonObject decisions = statistics.getJsonObject("decisions");
    return decisions.containsKey(decision) ? decisions.getJsonNumber(decision).longValue() : 0;
  }

  @Test
  void verifyNamesAChangedRecord() throws Exception {
    String reviewer = tokens().user("reviewer");
    String patient = unique("pt");
    long id =
        append(AuditEntriesJson.consentWithdrawn(CLINIC_A, patient, unique("consent")))
            .getJsonNumber("eventId")
            .longValue();
    append(AuditEntriesJson.consentWithdrawn(CLINIC_A, patient, unique("consent")));
    assertTrue(verify(reviewer).getBoolean("intact"), () -> verify(reviewer).toString());
    try (Connection admin = IntegrationEnvironment.current().connect("kith_audit")) {
      execute(admin, "UPDATE audit_event SET outcome = 'FAILURE' WHERE id = ?", id);
      try {
        // Changed after it was verified: only a full walk re-checks it.
        JsonObject report = verify(reviewer, "?full=true");
        assertTrue(report.getBoolean("full"), report::toString);
        assertFalse(report.getBoolean("intact"), report::toString);
        JsonObject broken = report.getJsonObject("firstBrokenLink");
        assertEquals(id, broken.getJsonNumber("eventId").longValue(), report::toString);
        assertEquals("HASH_MISMATCH", broken.getString("problem"));
      } finally {
        execute(admin, "UPDATE audit_event SET outcome = 'SUCCESS' WHERE id = ?", id);
      }
    }
    assertTrue(verify(reviewer, "?full=true").getBoolean("intact"));
  }

  @Test
  void incrementalVerifyNamesARecordChangedSinceTheLastVerification() throws Exception {
    String reviewer = tokens().user("reviewer-b");
    verify(reviewer);
    String patient = unique("pt");
    long id =
        append(AuditEntriesJson.consentWithdrawn(CLINIC_B, patient, unique("consent")))
            .getJsonNumber("eventId")
            .longValue();
    append(AuditEntriesJson.consentWithdrawn(CLINIC_B, patient, unique("consent")));
    try (Connection admin = IntegrationEnvironment.current().connect("kith_audit")) {
      execute(admin, "UPDATE audit_event SET reason = 'rewritten' WHERE id = ?", id);
      try {
        JsonObject report = verify(reviewer);
        assertFalse(report.getBoolean("full"), report::toString);
        assertFalse(report.getBoolean("intact"), report::toString);
        JsonObject broken = report.getJsonObject("firstBrokenLink");
        assertEquals(id, broken.getJsonNumber("eventId").longValue(), report::toString);
        assertEquals("HASH_MISMATCH", broken.getString("problem"));
      } finally {
        execute(admin, "UPDATE audit_event SET reason = NULL WHERE id = ?", id);
      }
    }
    assertTrue(verify(reviewer).getBoolean("intact"));
  }

  @Test
  void incrementalVerifyResumesWhereTheLastIntactWalkEnded() {
    String reviewer = tokens().user("reviewer-b");
    append(AuditEntriesJson.consentWithdrawn(CLINIC_B, unique("pt"), unique("consent")));
    JsonObject first = verify(reviewer);
    assertTrue(first.getBoolean("intact"), first::toString);
    long verifiedThrough = first.getJsonObject("head").getJsonNumber("sequence").longValue();
    // The first walk's own record (AUDIT_VERIFIED) and two more events follow it.
    append(AuditEntriesJson.consentWithdrawn(CLINIC_B, unique("pt"), unique("consent")));
    append(AuditEntriesJson.consentWithdrawn(CLINIC_B, unique("pt"), unique("consent")));
    JsonObject next = verify(reviewer);
    assertTrue(next.getBoolean("intact"), next::toString);
    assertFalse(next.getBoolean("full"));
    assertEquals(verifiedThrough, next.getJsonNumber("fromSequence").longValue(), next::toString);
    assertTrue(next.getJsonNumber("checked").longValue() >= 4, next::toString);
    JsonObject full = verify(reviewer, "?full=true");
    assertTrue(full.getBoolean("intact"), full::toString);
    assertTrue(full.getBoolean("full"));
    assertEquals(1, full.getJsonNumber("fromSequence").longValue());
    assertTrue(
        full.getJsonNumber("checked").longValue() > next.getJsonNumber("checked").longValue(),
        full::toString);
  }

  @Test
  void readsExportsAndVerificationsAreAuditedWithWhatWasAsked() {
    String reviewer = tokens().user("reviewer");
    String patient = unique("pt");
    append(AuditEntriesJson.consentWithdrawn(CLINIC_A, patient, unique("consent")));

    events(reviewer, "?patient=" + patient + "&decision=KNOWN&limit=7");
    JsonObject read = events(reviewer, "?action=AUDIT_READ&limit=1").getJsonObject(0);
    assertEquals("SUCCESS", read.getString("outcome"));
    assertTrue(read.getString("actorRole").contains("ethics-reviewer"), read::toString);
    assertEquals(
        "search patient=" + patient + "&decision=KNOWN offset=0 limit=7: 0 events",
        read.getString("reason"));

    assertEquals(200, api().get("api/v1/export/csv?patient=" + patient, reviewer).status());
    JsonObject export = events(reviewer, "?action=AUDIT_EXPORTED&limit=1").getJsonObject(0);
    assertEquals(
        "csv export patient=" + patient + " offset=0 limit=1000: 1 events",
        export.getString("reason"));

    JsonObject report = verify(reviewer);
    JsonObject verified = events(reviewer, "?action=AUDIT_VERIFIED&limit=1").getJsonObject(0);
    assertEquals(
        report.getBoolean("intact") ? "SUCCESS" : "FAILURE", verified.getString("outcome"));
    assertTrue(
        verified
            .getString("reason")
            .endsWith(
                "intact through sequence "
                    + report.getJsonObject("head").getJsonNumber("sequence")),
        verified::toString);
    // The reads are in the reader's clinic only.
    assertTrue(
        events(tokens().user("reviewer-b"), "?action=AUDIT_EXPORTED&limit=50").stream()
            .noneMatch(e -> e.asJsonObject().getString("reason").contains(patient)));
  }

  @Test
  void batchIsCommittedWholeInOrderOrRefusedWhole() {
    String patient = unique("pt");
    String valid = AuditEntriesJson.consentWithdrawn(CLINIC_A, patient, unique("consent"));
    String invalid = AuditEntriesJson.consentWithdrawn("", patient, unique("consent"));
    Reply refused =
        api()
            .post(
                "api/v1/events/batch",
                tokens().platformService(),
                "[" + valid + "," + invalid + "]");
    assertEquals(400, refused.status(), refused::toString);
    assertTrue(refused.isProblem(), refused::toString);
    assertTrue(refused.body().contains("[1].clinicId"), refused::toString);
    assertTrue(events(tokens().user("reviewer"), "?patient=" + patient).isEmpty());

    Reply stored =
        api()
            .post(
                "api/v1/events/batch",
                tokens().platformService(),
                "[" + valid + "," + valid + "," + valid + "]");
    assertEquals(201, stored.status(), stored::toString);
    JsonArray receipts = stored.jsonArray();
    assertEquals(3, receipts.size());
    long first = receipts.getJsonObject(0).getJsonNumber("sequence").longValue();
    for (int i = 0; i < 3; i++) {
      assertEquals(first + i, receipts.getJsonObject(i).getJsonNumber("sequence").longValue());
    }
    assertEquals(3, events(tokens().user("reviewer"), "?patient=" + patient).size());
    assertEquals(
        403,
        api().post("api/v1/events/batch", tokens().user("reviewer"), "[" + valid + "]").status());
  }

  @Test
  void verifyNamesTheGapOfADeletedRecord() throws Exception {
    String reviewer = tokens().user("reviewer");
    String patient = unique("pt");
    JsonObject deleted =
        append(AuditEntriesJson.consentWithdrawn(CLINIC_A, patient, unique("consent")));
    JsonObject next =
        append(AuditEntriesJson.consentWithdrawn(CLINIC_A, patient, unique("consent")));
    long id = deleted.getJsonNumber("eventId").longValue();
    try (Connection admin = IntegrationEnvironment.current().connect("kith_audit")) {
      execute(
          admin,
          "CREATE TEMPORARY TABLE audit_deleted AS SELECT * FROM audit_event WHERE id = ?",
          id);
      execute(admin, "DELETE FROM audit_event WHERE id = ?", id);
      try {
        JsonObject report = verify(reviewer);
        assertFalse(report.getBoolean("intact"), report::toString);
        JsonObject broken = report.getJsonObject("firstBrokenLink");
        assertEquals("SEQUENCE_GAP", broken.getString("problem"));
        assertEquals(
            deleted.getJsonNumber("sequence").longValue(),
            broken.getJsonNumber("expectedSequence").longValue(),
            report::toString);
        assertEquals(
            next.getJsonNumber("eventId").longValue(), broken.getJsonNumber("eventId").longValue());
      } finally {
        try (Statement s = admin.createStatement()) {
          s.executeUpdate("INSERT INTO audit_event SELECT * FROM audit_deleted");
        }
      }
    }
    assertTrue(verify(reviewer).getBoolean("intact"));
  }

  @Test
  void verifyDetectsAChainCutShortBeforeItsLatestCheckpoint() throws Exception {
    String reviewer = tokens().user("reviewer-b");
    JsonObject last =
        append(AuditEntriesJson.consentWithdrawn(CLINIC_B, unique("pt"), unique("consent")));
    Reply taken = api().post("api/v1/checkpoints", reviewer, "");
    assertEquals(200, taken.status(), taken::toString);
    assertEquals(last.getString("hash"), taken.json().getString("hash"));
    JsonObject listed = api().get("api/v1/checkpoints", reviewer).jsonArray().getJsonObject(0);
    assertEquals(
        last.getJsonNumber("sequence").longValue(), listed.getJsonNumber("sequence").longValue());
    assertTrue(verify(reviewer).getBoolean("checkpointConfirmed"));

    long id = last.getJsonNumber("eventId").longValue();
    try (Connection admin = IntegrationEnvironment.current().connect("kith_audit")) {
      execute(
          admin, "CREATE TEMPORARY TABLE audit_cut AS SELECT * FROM audit_event WHERE id = ?", id);
      execute(admin, "DELETE FROM audit_event WHERE id = ?", id);
      try {
        JsonObject report = verify(reviewer);
        assertFalse(report.getBoolean("intact"), report::toString);
        assertFalse(report.getBoolean("checkpointConfirmed"));
      } finally {
        try (Statement s = admin.createStatement()) {
          s.executeUpdate("INSERT INTO audit_event SELECT * FROM audit_cut");
        }
      }
    }
    assertTrue(verify(reviewer).getBoolean("intact"));
  }

  @Test
  void theModulesOwnDatabaseAccountCanNeitherUpdateNorDelete() throws Exception {
    IntegrationEnvironment.Running env = IntegrationEnvironment.current();
    long id =
        append(AuditEntriesJson.consentWithdrawn(CLINIC_A, unique("pt"), unique("consent")))
            .getJsonNumber("eventId")
            .longValue();
    try (Connection runtime =
        DriverManager.getConnection(
            env.jdbcUrl(PlatformConfiguration.AUDIT_SCHEMA),
            PlatformConfiguration.AUDIT_USER,
            env.secrets().get(Secrets.AUDIT_DB_PASSWORD))) {
      try (PreparedStatement read =
          runtime.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE id = ?")) {
        read.setLong(1, id);
        var rs = read.executeQuery();
        rs.next();
        assertEquals(1, rs.getInt(1), "the runtime account reads");
      }
      assertThrows(
          SQLException.class,
          () -> execute(runtime, "UPDATE audit_event SET reason = 'rewritten' WHERE id = ?", id));
      assertThrows(
          SQLException.class, () -> execute(runtime, "DELETE FROM audit_event WHERE id = ?", id));
      assertThrows(
          SQLException.class,
          () -> execute(runtime, "DELETE FROM audit_face WHERE event_id = ?", id));
      assertThrows(
          SQLException.class,
          () -> execute(runtime, "UPDATE audit_checkpoint SET hash = 'x' WHERE seq = ?", id));
      assertThrows(
          SQLException.class,
          () -> {
            try (Statement s = runtime.createStatement()) {
              s.execute("TRUNCATE TABLE audit_event");
            }
          });
    }
  }

  private static void execute(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      s.executeUpdate();
    }
  }

  @Test
  void servesItsOwnContractWithoutAToken() {
    Reply yaml = api().get("openapi", null);
    assertEquals(200, yaml.status(), yaml::toString);
    ContractCheck contract = ContractCheck.of(yaml.body());
    assertEquals(List.of(), contract.parserMessages());
    assertEquals(List.of(), contract.contractGaps());
    assertEquals("/audit", contract.document().getServers().get(0).getUrl());
  }
}
