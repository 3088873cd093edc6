package org.kith.gallery.interfaces.rest.encounter;

import java.time.Instant;
import org.kith.gallery.application.encounter.OpenedEncounter;

/**
 * A new encounter: its id, the paths to send frames to (REST) or stream them over (WebSocket, after
 * a ticket), how long it stays open without frames, and the patient's announcement policy.
 */
public record EncounterRepresentation(
    String id,
    Instant openedAt,
    long idleTimeoutSeconds,
    String frames,
    String socketTickets,
    String socket,
    AnnouncementPolicyRepresentation policy,
    long auditEventId) {

  static EncounterRepresentation of(OpenedEncounter e) {
    return new EncounterRepresentation(
        e.id(),
        e.openedAt(),
        e.idleTimeout().toSeconds(),
        "/gallery/api/v1/encounters/" + e.id() + "/frames",
        "/gallery/api/v1/encounters/" + e.id() + "/socket-tickets",
        "/gallery/ws/v1/encounters/" + e.id(),
        AnnouncementPolicyRepresentation.of(e.policy()),
        e.auditEventId());
  }
}
