package org.kith.audit.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Stream;
import org.kith.api.audit.AuditAction;
import org.kith.api.security.Roles;

/**
 * Kith's own code systems, which the AuditEvent export uses beside the standard codes: the audit
 * actions and the platform's roles, as FHIR R4 CodeSystem resources, so a validator or an EHR can
 * be told every code they hold.
 */
final class FhirCodeSystems {
  static final String AUDIT_ACTION = "urn:kith:audit-action";
  static final String ROLE = "urn:kith:role";

  private FhirCodeSystems() {}

  static List<JsonObject> all() {
    return List.of(
        codeSystem(
            AUDIT_ACTION,
            "KithAuditAction",
            "What a Kith audit event records",
            Stream.of(AuditAction.values()).map(Enum::name).toList()),
        codeSystem(
            ROLE,
            "KithRole",
            "The role of whoever acted",
            List.of(
                Roles.CLINICIAN,
                Roles.CLINIC_ADMIN,
                Roles.ETHICS_REVIEWER,
                Roles.DEVICE,
                Roles.PLATFORM_ADMIN,
                Roles.PLATFORM_SERVICE)));
  }

  private static JsonObject codeSystem(
      String url, String name, String description, List<String> codes) {
    JsonArrayBuilder concepts = Json.createArrayBuilder();
    codes.forEach(
        code -> concepts.add(Json.createObjectBuilder().add("code", code).add("display", code)));
    return Json.createObjectBuilder()
        .add("resourceType", "CodeSystem")
        .add(
            "text",
            Json.createObjectBuilder()
                .add("status", "generated")
                .add(
                    "div",
                    "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>"
                        + FhirNarrative.escape(description)
                        + "</p></div>"))
        .add("url", url)
        .add("name", name)
        .add("status", "active")
        .add("description", description)
        .add("caseSensitive", true)
        .add("content", "complete")
        .add("concept", concepts)
        .build();
  }
}
