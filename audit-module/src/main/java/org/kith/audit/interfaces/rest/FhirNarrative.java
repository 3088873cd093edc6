package org.kith.audit.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.kith.audit.domain.AuditRecord;
import org.kith.audit.domain.CanonicalForm;

/**
 * The human-readable summary FHIR asks of every resource (dom-6): what happened, when, with what
 * outcome, in the same opaque terms as the coded data, XHTML-escaped.
 */
final class FhirNarrative {
  private FhirNarrative() {}

  static JsonObject of(AuditRecord r) {
    StringBuilder text =
        new StringBuilder()
            .append(r.action())
            .append(" by ")
            .append(r.actorRole())
            .append(" at ")
            .append(CanonicalForm.instant(r.occurredAt()))
            .append(": ")
            .append(r.outcome());
    if (r.reason() != null) {
      text.append(" (").append(r.reason()).append(')');
    }
    if (!r.faces().isEmpty()) {
      text.append(", ").append(r.faces().size()).append(" face(s)");
    }
    return Json.createObjectBuilder()
        .add("status", "generated")
        .add(
            "div",
            "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>"
                + escape(text.toString())
                + "</p></div>")
        .build();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
