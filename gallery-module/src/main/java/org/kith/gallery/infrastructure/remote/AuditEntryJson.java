package org.kith.gallery.infrastructure.remote;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import org.kith.api.audit.AuditEntry;
import org.kith.api.audit.AuditReceipt;
import org.kith.api.audit.AuditedFace;
import org.kith.api.audit.AuditedIdentification;

/** The JSON form of {@link AuditEntry} the audit module reads (record components by name). */
final class AuditEntryJson {
  private AuditEntryJson() {}

  static JsonObject write(AuditEntry e) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    b.add("clinicId", e.clinicId());
    if (e.occurredAt() != null) {
      b.add("occurredAt", e.occurredAt().toString());
    }
    b.add("action", e.action().name());
    b.add("outcome", e.outcome().name());
    JsonObjectBuilder actor =
        Json.createObjectBuilder()
            .add("subject", e.actor().subject())
            .add("role", e.actor().role());
    if (e.actor().address() != null) {
      actor.add("address", e.actor().address());
    }
    b.add("actor", actor);
    addIfPresent(b, "requestId", e.requestId());
    addIfPresent(b, "patientRef", e.patientRef());
    addIfPresent(b, "deviceId", e.deviceId());
    if (e.target() != null) {
      b.add(
          "target",
          Json.createObjectBuilder().add("type", e.target().type()).add("id", e.target().id()));
    }
    if (e.identification() != null) {
      b.add("identification", identification(e.identification()));
    }
    if (e.correctsEventId() != null) {
      b.add("correctsEventId", e.correctsEventId());
    }
    addIfPresent(b, "reason", e.reason());
    return b.build();
  }

  static AuditReceipt receipt(JsonObject json) {
    return new AuditReceipt(
        json.getJsonNumber("eventId").longValue(),
        json.getJsonNumber("sequence").longValue(),
        json.getString("hash", null));
  }

  private static JsonObjectBuilder identification(AuditedIdentification id) {
    JsonArrayBuilder faces = Json.createArrayBuilder();
    for (AuditedFace f : id.faces()) {
      JsonObjectBuilder face = Json.createObjectBuilder().add("decision", f.decision().name());
      addIfPresent(face, "candidatePersonId", f.candidatePersonId());
      if (f.score() != null) {
        face.add("score", f.score());
      }
      if (f.runnerUpMargin() != null) {
        face.add("runnerUpMargin", f.runnerUpMargin());
      }
      if (f.thresholds() != null) {
        face.add(
            "thresholds",
            Json.createObjectBuilder()
                .add("known", f.thresholds().known())
                .add("uncertain", f.thresholds().uncertain())
                .add("context", f.thresholds().context()));
      }
      JsonObjectBuilder quality = Json.createObjectBuilder();
      for (Map.Entry<String, Double> q : f.quality().entrySet()) {
        quality.add(q.getKey(), q.getValue());
      }
      face.add("quality", quality);
      faces.add(face);
    }
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("modelId", id.modelId())
            .add("modelVersion", id.modelVersion())
            .add("faces", faces);
    if (id.latencyMillis() != null) {
      b.add("latencyMillis", id.latencyMillis());
    }
    return b;
  }

  private static void addIfPresent(JsonObjectBuilder b, String name, String value) {
    if (value != null) {
      b.add(name, value);
    }
  }
}
