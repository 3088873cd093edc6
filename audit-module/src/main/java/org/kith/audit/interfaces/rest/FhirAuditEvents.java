package org.kith.audit.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kith.audit.domain.AuditRecord;
import org.kith.audit.domain.AuditedFaceRecord;
import org.kith.audit.domain.CanonicalForm;
import org.kith.audit.domain.Decimals;

/**
 * Audit events as FHIR R4 {@code AuditEvent} resources in a {@code collection} Bundle. Kith's own
 * ids are identifiers in {@code urn:kith:*} systems; nothing but opaque ids leaves. Where a
 * standard value set has a fitting code (DICOM and FHIR's audit event types, participation role
 * types), it comes first and Kith's own code is a second coding, so an EHR that knows only the
 * standard reads the event, and nothing Kith records is lost. A collection Bundle carries no {@code
 * total} (bdl-1).
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

  /**
   * Kith's own action: an extension rather than a second subtype, because each subtype coding is
   * bound to FHIR's interactions on its own.
   */
  static final String ACTION_EXTENSION =
      "https://kith.invalid/fhir/StructureDefinition/audit-action";

  private static final String INTERACTION = "http://hl7.org/fhir/restful-interaction";
  private static final String SECURITY_ROLE =
      "http://terminology.hl7.org/CodeSystem/extra-security-role-type";

  private FhirAuditEvents() {}

  static JsonObject bundle(List<AuditRecord> records, String eventsUrl) {
    Set<Long> inBundle = records.stream().map(AuditRecord::id).collect(Collectors.toSet());
    JsonArrayBuilder entries = Json.createArrayBuilder();
    for (AuditRecord r : records) {
      entries.add(
          Json.createObjectBuilder()
              .add("fullUrl", fullUrl(eventsUrl, r.id()))
              .add("resource", auditEvent(r, eventsUrl, inBundle)));
    }
    return Json.createObjectBuilder()
        .add("resourceType", "Bundle")
        .add("type", "collection")
        .add("entry", entries)
        .build();
  }

  /**
   * A RESTful-looking URL ending in {@code AuditEvent/<id>}, so a reference to an event in the same
   * Bundle resolves to its entry's fullUrl.
   */
  private static String fullUrl(String eventsUrl, long id) {
    return eventsUrl + "/fhir/AuditEvent/" + id;
  }

  static JsonObject auditEvent(AuditRecord r) {
    return auditEvent(r, null, Set.of());
  }

  private static JsonObject auditEvent(AuditRecord r, String eventsUrl, Set<Long> inBundle) {
    JsonObjectBuilder event =
        Json.createObjectBuilder()
            .add("resourceType", "AuditEvent")
            .add("id", Long.toString(r.id()))
            .add("text", FhirNarrative.of(r))
            .add(
                "extension",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("url", ACTION_EXTENSION)
                            .add(
                                "valueCoding",
                                coding(FhirCodeSystems.AUDIT_ACTION, r.action(), null))))
            .add("type", type(r))
            .add(
                "subtype",
                Json.createArrayBuilder().add(interaction(crude(r.action()), r.action())))
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
    JsonArray entities = entities(r, eventsUrl, inBundle).build();
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

  /** The FHIR interaction closest to what the action did (audit-event-sub-type). */
  private static JsonObject interaction(String crude, String action) {
    String code =
        switch (crude) {
          case "C" -> "create";
          case "R" -> "read";
          case "D" -> "delete";
          case "U" -> "update";
          default -> "operation";
        };
    return coding(INTERACTION, code, null);
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
                            .add(standardRole(r.actorRole()))
                            .add(coding(FhirCodeSystems.ROLE, r.actorRole(), null))))
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

  /**
   * participation-role-type: a device is an application (DICOM 110150), every other actor a human
   * user or, for Kith's own services, a data processor.
   */
  private static JsonObject standardRole(String role) {
    if ("device".equals(role)) {
      return coding(DCM, "110150", "Application");
    }
    if ("platform-service".equals(role)) {
      return coding(SECURITY_ROLE, "dataprocessor", "data processor");
    }
    return coding(SECURITY_ROLE, "humanuser", "human user");
  }

  private static JsonArrayBuilder entities(AuditRecord r, String eventsUrl, Set<Long> inBundle) {
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
      // A reference only where it resolves inside this Bundle; otherwise Kith's id of the event.
      JsonObject corrected =
          inBundle.contains(r.correctsEventId())
              ? Json.createObjectBuilder()
                  .add("reference", fullUrl(eventsUrl, r.correctsEventId()))
                  .build()
              : Json.createObjectBuilder()
                  .add(
                      "identifier",
                      identifier("urn:kith:audit-event", Long.toString(r.correctsEventId())))
                  .build();
      entities.add(
          Json.createObjectBuilder()
              .add("what", corrected)
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
