package org.kith.gallery.interfaces.rest.encounter;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.kith.api.problem.KithException;
import org.kith.gallery.application.GalleryErrors;

/** A frame's sequence number and capture time as a device sends them. */
final class FrameParameters {
  private FrameParameters() {}

  static long sequence(Long sequence) {
    if (sequence == null || sequence < 0) {
      throw new KithException(
          GalleryErrors.FRAME_SEQUENCE_INVALID,
          sequence == null ? "the frame has no sequence number" : "sequence " + sequence);
    }
    return sequence;
  }

  /** ISO-8601 instant, or epoch milliseconds; null where the device sent none. */
  static Instant time(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      if (text.chars().allMatch(Character::isDigit) && text.length() <= 15) {
        return Instant.ofEpochMilli(Long.parseLong(text));
      }
      return Instant.parse(text);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new KithException(
          GalleryErrors.FRAME_TIME_INVALID,
          "capturedAt " + text.length() + " characters, not a time");
    }
  }

  /** Capture time from a socket frame's header: -1 (or any negative) for none. */
  static Instant time(long epochMillis) {
    return epochMillis < 0 ? null : Instant.ofEpochMilli(epochMillis);
  }
}
