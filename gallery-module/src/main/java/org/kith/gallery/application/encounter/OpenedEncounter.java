package org.kith.gallery.application.encounter;

import java.time.Duration;
import java.time.Instant;
import org.kith.gallery.domain.encounter.AnnouncementPolicy;

/** A new encounter: its id, when it expires if no frame comes, and the patient's policy. */
public record OpenedEncounter(
    String id,
    Instant openedAt,
    Duration idleTimeout,
    AnnouncementPolicy policy,
    long auditEventId) {}
