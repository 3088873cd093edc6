package org.kith.gallery.application.encounter;

import java.time.Instant;

/**
 * Encounters of a patient's device: a stream of frames turned into confirmed people. Every call is
 * the device's own: an encounter of another device, or of another patient, does not exist for it.
 */
public interface Encounters {
  /** Opens one, audited; {@code ENCOUNTER_LIMIT} when the device has too many open. */
  OpenedEncounter open(DeviceCaller caller);

  /**
   * Analyses one frame, or drops it (out of order, superseded by a newer one), and answers with the
   * encounter's events since the previous answer. A frame that cannot be analysed is a {@link
   * FrameRejectedException} with its own code.
   *
   * @param captured the device's capture time, or null
   */
  FrameAnswer frame(DeviceCaller caller, String id, long sequence, Instant captured, byte[] image);

  /** Closes it, audited with its counts; answers the events not yet given, ending with closed. */
  FrameAnswer close(DeviceCaller caller, String id);

  /** {@code ENCOUNTER_NOT_FOUND} unless the caller's device has this encounter open. */
  void verify(DeviceCaller caller, String id);

  /** Ends encounters no frame has reached within the idle timeout. */
  void expireIdle(Instant now);
}
