package org.kith.audit.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.kith.audit.domain.AuditRecord;
import org.kith.audit.domain.AuditedFaceRecord;
import org.kith.audit.domain.CanonicalForm;
import org.kith.audit.domain.Decimals;

/**
 * Audit events as FHIR R4 {@code AuditEvent} resources in a {@code collection} Bundle. Kith's own
 * ids are identifiers in {@code urn:kith:*} systems; nothing but opaque ids leaves.
 */
final class FhirAuditEvents {
  static final String MEDIA_TYPE = "application/fhir+json";
  private static final String EVENT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-event-type";
  private static final String DCM = "http://dicom.nema.org/resources/ontology/DCM";
  private static final String ENTITY_TYPE =
      "http://terminology.hl7.org/CodeSystem/audit-entity-type";
  private static final String OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";
  private static final String SOURCE_TYPE =
      "http://terminology.hl7.org/CodeSystem/security-source-type";

  private FhirAuditEvents() {}

  static JsonObject bundle(List<AuditRecord> records, String eventsUrl) {
    JsonArrayBuilder entries = Json.createArrayBuilder();
    for (AuditRecord r : records) {
      entries.add(
          Json.createObjectBuilder()
              .add("fullUrl", eventsUrl + "/" + r.id())
              .add("resource", auditEvent(r)));
    }
    return Json.createObjectBuilder()
        .add("resourceType", "Bundle")
        .add("type", "collection")
        .add("total", records.size())
        .add("entry", entries)
        .build();
  }

  static JsonObject auditEvent(AuditRecord r) {
    JsonObjectBuilder event =
        Json.createObjectBuilder()
            .add("resourceType", "AuditEvent")
            .add("id", Long.toString(r.id()))
            .add("type", type(r))
            .add(
                "subtype",
                Json.createArrayBuilder().add(coding("urn:kith:audit-action", r.action(), null)))
            .add("action", crude(r.action()))
            .add(
                "period",
                Json.createObjectBuilder()
                    .add("start", CanonicalForm.instant(r.occurredAt()))
                    .add("end", CanonicalForm.instant(r.occurredAt())))
            .add("recorded", CanonicalForm.instant(r.recordedAt()))
            .add("outcome", outcome(r.outcome()))
            .add("agent", agents(r))
            .add(
                "source",
                Json.createObjectBuilder()
                    .add("site", r.clinicId())
                    .add(
                        "observer",
                        Json.createObjectBuilder()
                            .add("identifier", identifier("urn:kith:module", "audit"))
                            .add("display", "Kith audit module"))
                    .add(
                        "type",
                        Json.createArrayBuilder()
                            .add(coding(SOURCE_TYPE, "4", "Application Server"))));
    if (r.reason() != null) {
      event.add("outcomeDesc", r.reason());
    }
    JsonArray entities = entities(r).build();
    if (!entities.isEmpty()) {
      event.add("entity", entities);
    }
    return event.build();
  }

  private static JsonObject type(AuditRecord r) {
    return r.action().equals("IDENTIFICATION")
        ? coding(DCM, "110112", "Query")
        : coding(EVENT_TYPE, "rest", "RESTful Operation");
  }

  /** FHIR's create/read/update/delete/execute of the action. */
  static String crude(String action) {
    if (action.equals("IDENTIFICATION") || action.equals("FEEDBACK")) {
      return "E";
    }
    if (action.endsWith("_CREATED") || action.equals("CONSENT_GIVEN")) {
      return "C";
    }
    if (action.endsWith("_ERASED")) {
      return "D";
    }
    if (action.startsWith("AUDIT_")) {
      return "R";
    }
    return "U";
  }

  private static String outcome(String outcome) {
    return switch (outcome) {
      case "SUCCESS" -> "0";
      case "DENIED" -> "4";
      default -> "8";
    };
  }

  private static JsonArrayBuilder agents(AuditRecord r) {
    JsonObjectBuilder actor =
        Json.createObjectBuilder()
            .add(
                "type",
                Json.createObjectBuilder()
                    .add(
                        "coding",
                        Json.createArrayBuilder()
                            .add(coding("urn:kith:role", r.actorRole(), null))))
            .add(
                "who",
                Json.createObjectBuilder()
                    .add("identifier", identifier("urn:kith:subject", r.actorSubject())))
            .add("requestor", true);
    if (r.actorAddress() != null) {
      actor.add(
          "network", Json.createObjectBuilder().add("address", r.actorAddress()).add("type", "2"));
    }
    JsonArrayBuilder agents = Json.createArrayBuilder().add(actor);
    if (r.deviceId() != null) {
      agents.add(
          Json.createObjectBuilder()
              .add(
                  "who",
                  Json.createObjectBuilder()
                      .add("identifier", identifier("urn:kith:device", r.deviceId())))
              .add("requestor", false));
    }
    return agents;
  }

  private static JsonArrayBuilder entities(AuditRecord r) {
    JsonArrayBuilder entities = Json.createArrayBuilder();
    if (r.patientRef() != null) {
      entities.add(
          Json.createObjectBuilder()
              .add(
                  "what",
                  Json.createObjectBuilder()
                      .add("identifier", identifier("urn:kith:patient", r.patientRef())))
              .add("type", coding(ENTITY_TYPE, "1", "Person"))
              .add("role", coding(OBJECT_ROLE, "1", "Patient")));
    }
    if (r.targetType() != null) {
      entities.add(
          Json.createObjectBuilder()
              .add(
                  "what",
                  Json.createObjectBuilder()
                      .add(
                          "identifier",
                          identifier("urn:kith:" + r.targetType().toLowerCase(), r.targetId())))
              .add("type", coding(ENTITY_TYPE, "2", "System Object")));
    }
    if (r.correctsEventId() != null) {
      entities.add(
          Json.createObjectBuilder()
              .add(
                  "what",
                  Json.createObjectBuilder().add("reference", "AuditEvent/" + r.correctsEventId()))
              .add("type", coding(ENTITY_TYPE, "2", "System Object"))
              .add("description", "The event this feedback reports as wrong"));
    }
    for (AuditedFaceRecord f : r.faces()) {
      JsonArrayBuilder detail = Json.createArrayBuilder();
      detail(detail, "decision", f.decision());
      detail(detail, "score", Decimals.canonical(f.score()));
      detail(detail, "runnerUpMargin", Decimals.canonical(f.runnerUpMargin()));
      detail(detail, "thresholdKnown", Decimals.canonical(f.thresholdKnown()));
      detail(detail, "thresholdUncertain", Decimals.canonical(f.thresholdUncertain()));
      detail(detail, "thresholdContext", f.thresholdContext());
      detail(detail, "quality", f.quality());
      detail(detail, "modelId", r.modelId());
      detail(detail, "modelVersion", r.modelVersion());
      JsonObjectBuilder face =
          Json.createObjectBuilder()
              .add("type", coding(ENTITY_TYPE, "2", "System Object"))
              .add("name", "face " + f.index())
              .add("detail", detail);
      if (f.candidatePersonId() != null) {
        face.add(
            "what",
            Json.createObjectBuilder()
                .add("identifier", identifier("urn:kith:person", f.candidatePersonId())));
      }
      entities.add(face);
    }
    return entities;
  }

  private static void detail(JsonArrayBuilder detail, String type, String value) {
    if (value != null) {
      detail.add(Json.createObjectBuilder().add("type", type).add("valueString", value));
    }
  }

  private static JsonObject identifier(String system, String value) {
    return Json.createObjectBuilder().add("system", system).add("value", value).build();
  }

  private static JsonObject coding(String system, String code, String display) {
    JsonObjectBuilder coding = Json.createObjectBuilder().add("system", system).add("code", code);
    if (display != null) {
      coding.add("display", display);
    }
    return coding.build();
  }
}
