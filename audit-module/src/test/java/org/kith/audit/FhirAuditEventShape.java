package org.kith.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * The structural rules of a FHIR R4 AuditEvent (hl7.org/fhir/R4/auditevent.html): its required
 * elements with their cardinality and types, and the value sets Kith's codes must come from.
 */
final class FhirAuditEventShape {
  private FhirAuditEventShape() {}

  static void assertValidR4(JsonObject event) {
    String context = event.toString();
    assertEquals("AuditEvent", event.getString("resourceType"), context);
    // type 1..1 Coding
    JsonObject type = event.getJsonObject("type");
    assertTrue(type.containsKey("system") && type.containsKey("code"), context);
    // action 0..1 code from C | R | U | D | E
    assertTrue(Set.of("C", "R", "U", "D", "E").contains(event.getString("action")), context);
    // recorded 1..1 instant
    OffsetDateTime.parse(event.getString("recorded"));
    // outcome 0..1 code from 0 | 4 | 8 | 12
    assertTrue(Set.of("0", "4", "8", "12").contains(event.getString("outcome")), context);
    // agent 1..* with requestor 1..1 boolean, exactly one requestor true here
    assertFalse(event.getJsonArray("agent").isEmpty(), context);
    long requestors =
        event.getJsonArray("agent").stream()
            .map(JsonValue::asJsonObject)
            .peek(a -> assertTrue(a.containsKey("requestor"), context))
            .filter(a -> a.getBoolean("requestor"))
            .count();
    assertEquals(1, requestors, context);
    // source 1..1 with observer 1..1 Reference
    JsonObject observer = event.getJsonObject("source").getJsonObject("observer");
    assertTrue(observer.containsKey("identifier") || observer.containsKey("reference"), context);
    // entity 0..*: each with what or type; sev-1: not both name and query
    if (event.containsKey("entity")) {
      for (JsonValue value : event.getJsonArray("entity")) {
        JsonObject entity = value.asJsonObject();
        assertTrue(entity.containsKey("what") || entity.containsKey("type"), context);
        assertFalse(entity.containsKey("name") && entity.containsKey("query"), context);
        if (entity.containsKey("detail")) {
          for (JsonValue detail : entity.getJsonArray("detail")) {
            assertTrue(detail.asJsonObject().containsKey("type"), context);
            assertTrue(
                detail.asJsonObject().containsKey("valueString")
                    || detail.asJsonObject().containsKey("valueBase64Binary"),
                context);
          }
        }
      }
    }
  }
}
