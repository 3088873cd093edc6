package org.kith.gallery.infrastructure.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.kith.api.audit.AppliedThresholds;
import org.kith.api.audit.AuditAction;
import org.kith.api.audit.AuditActor;
import org.kith.api.audit.AuditEntry;
import org.kith.api.audit.AuditLog;
import org.kith.api.audit.AuditOutcome;
import org.kith.api.audit.AuditReceipt;
import org.kith.api.audit.AuditedFace;
import org.kith.api.audit.AuditedIdentification;
import org.kith.api.audit.FaceDecision;
import org.kith.api.problem.KithException;
import org.kith.gallery.application.GalleryErrors;

class RemoteAuditLogTest {
  private static final AuditEntry IDENTIFICATION =
      new AuditEntry(
          "demo-clinic",
          null,
          AuditAction.IDENTIFICATION,
          AuditOutcome.SUCCESS,
          new AuditActor("sub-1", "device", "127.0.0.1"),
          "req-1",
          "42",
          "kith-device-1",
          null,
          new AuditedIdentification(
              "net",
              "7",
              31L,
              List.of(
                  new AuditedFace(
                      FaceDecision.KNOWN,
                      "7",
                      0.71,
                      0.2,
                      new AppliedThresholds(0.55, 0.4, "default"),
                      Map.of("score", 0.8, "yaw", -3.0)))),
          null,
          null);

  private static RemoteAuditLog client(FakeServer server) {
    HttpClient http = HttpClient.newHttpClient();
    ServiceToken token =
        new ServiceToken(
            http,
            server.issuer(),
            "kith-platform",
            "s3cret",
            Duration.ofSeconds(5),
            Clock.systemUTC());
    return new RemoteAuditLog(http, server.base(), token, Duration.ofSeconds(5));
  }

  @Test
  void sendsTheEntryAsTheAuditModuleReadsItAndReturnsTheReceipt() {
    AtomicReference<JsonObject> sent = new AtomicReference<>();
    try (FakeServer server =
        new FakeServer(
            AuditLog.APPEND_PATH,
            (ex, body) -> {
              sent.set(
                  Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))
                      .readObject());
              return new FakeServer.Answer(
                  201, "application/json", "{\"eventId\":99,\"sequence\":5,\"hash\":\"ab\"}");
            })) {
      AuditReceipt receipt = client(server).append(IDENTIFICATION);
      assertEquals(new AuditReceipt(99, 5, "ab"), receipt);
      JsonObject json = sent.get();
      assertEquals("IDENTIFICATION", json.getString("action"));
      assertEquals("device", json.getJsonObject("actor").getString("role"));
      JsonObject face = json.getJsonObject("identification").getJsonArray("faces").getJsonObject(0);
      assertEquals("KNOWN", face.getString("decision"));
      assertEquals(0.55, face.getJsonObject("thresholds").getJsonNumber("known").doubleValue());
      assertEquals(-3.0, face.getJsonObject("quality").getJsonNumber("yaw").doubleValue());
      assertEquals(false, json.containsKey("correctsEventId"));
    }
  }

  @Test
  void anythingButCreatedIsAuditUnavailable() {
    try (FakeServer server =
        new FakeServer(
            AuditLog.APPEND_PATH,
            (ex, body) ->
                new FakeServer.Answer(
                    503, "application/problem+json", "{\"code\":\"SERVICE_UNAVAILABLE\"}"))) {
      KithException e =
          assertThrows(KithException.class, () -> client(server).append(IDENTIFICATION));
      assertEquals(GalleryErrors.AUDIT_UNAVAILABLE, e.errorCode());
    }
  }

  @Test
  void anUnreachableAuditLogIsAuditUnavailable() {
    FakeServer server =
        new FakeServer(AuditLog.APPEND_PATH, (ex, body) -> new FakeServer.Answer(201, "a", "{}"));
    RemoteAuditLog log = client(server);
    server.close();
    KithException e = assertThrows(KithException.class, () -> log.append(IDENTIFICATION));
    assertEquals(GalleryErrors.AUDIT_UNAVAILABLE, e.errorCode());
  }

  @Test
  void feedbackOnAnUnknownEventIsReportedAsSuch() {
    try (FakeServer server =
        new FakeServer(
            AuditLog.APPEND_PATH,
            (ex, body) ->
                new FakeServer.Answer(
                    422, "application/problem+json", "{\"code\":\"CORRECTED_EVENT_NOT_FOUND\"}"))) {
      KithException e =
          assertThrows(KithException.class, () -> client(server).append(IDENTIFICATION));
      assertEquals(GalleryErrors.FEEDBACK_EVENT_NOT_FOUND, e.errorCode());
    }
  }
}
