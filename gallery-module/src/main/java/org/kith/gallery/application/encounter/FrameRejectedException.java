package org.kith.gallery.application.encounter;

import java.util.List;
import org.kith.api.problem.KithException;

/**
 * A frame the encounter could not use (a bad image, recognition unavailable), carrying the
 * encounter's events since the last answer, so a device that keeps sending bad frames still hears
 * that the encounter is degraded.
 */
public final class FrameRejectedException extends KithException {
  private final transient List<EncounterEvent> events;

  public FrameRejectedException(KithException cause, List<EncounterEvent> events) {
    super(cause.errorCode(), cause.getMessage(), cause);
    this.events = List.copyOf(events);
  }

  public List<EncounterEvent> events() {
    return events;
  }
}
