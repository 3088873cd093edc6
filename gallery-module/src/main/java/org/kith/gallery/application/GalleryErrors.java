package org.kith.gallery.application;

import org.kith.api.problem.ErrorCode;

/** The gallery's own error codes; stable, because devices and the UI branch on them. */
public enum GalleryErrors implements ErrorCode {
  CONSENT_ALREADY_ACTIVE(409, "The person already has an active consent"),
  CONSENT_ALREADY_WITHDRAWN(409, "The consent was already withdrawn"),
  STALE_VERSION(409, "The resource was changed by someone else since it was read"),
  CONSENT_REQUIRED(409, "The person has no active consent, so no face can be enrolled"),
  DEVICE_UNKNOWN(403, "The calling device is not registered for the patient in its token"),
  DEVICE_REVOKED(403, "The calling device has been revoked"),
  RECOGNITION_UNAVAILABLE(503, "The recognition service is not available"),
  AUDIT_UNAVAILABLE(503, "The audit log is not available, so no identity can be given"),
  FEEDBACK_EVENT_NOT_FOUND(422, "The audit event the feedback refers to does not exist"),
  EVIDENCE_EMPTY(400, "The request carried no evidence file"),
  EVIDENCE_TOO_LARGE(413, "The evidence file is larger than allowed"),
  EVIDENCE_TYPE_NOT_ALLOWED(415, "Evidence must be application/pdf, image/jpeg or image/png"),
  EVIDENCE_TYPE_MISMATCH(400, "The evidence file's content is not of the type it was sent as"),
  EVIDENCE_FROZEN(409, "The consent is no longer active, so its evidence cannot be changed"),
  EVIDENCE_NOT_FOUND(404, "The consent has no evidence file"),
  THUMBNAIL_NOT_FOUND(404, "The person has no thumbnail"),
  ENCRYPTION_UNAVAILABLE(503, "Encrypted data cannot be stored or read: no valid key configured"),
  ENCOUNTER_NOT_FOUND(404, "No open encounter of this device has that id"),
  ENCOUNTER_LIMIT(429, "The device has as many open encounters as it may; close one first"),
  FRAME_SEQUENCE_INVALID(400, "A frame needs a sequence number, 0 or more"),
  FRAME_TIME_INVALID(
      400, "A frame's capture time must be an ISO-8601 instant or epoch milliseconds"),
  SOCKET_TICKET_INVALID(401, "The socket ticket is unknown, used or expired"),
  PAIRING_RATE_LIMITED(429, "Too many pairing attempts; wait a minute and try again"),
  PAIRING_PENDING(400, "The pairing code has not been confirmed on the patient's page yet"),
  PAIRING_SLOW_DOWN(429, "The pairing is asked about more often than its interval allows"),
  PAIRING_EXPIRED(400, "The pairing is unknown, already used or expired; start a new one"),
  PAIRING_CODE_INVALID(400, "No pairing waits with this code; ask the Companion to show a new one"),
  DEVICE_CREDENTIALS_INVALID(
      401, "These device credentials get no token: the device was revoked or never existed"),
  STORED_DATA_UNREADABLE(500, "A stored encrypted value failed its integrity check");

  private final int httpStatus;
  private final String title;

  GalleryErrors(int httpStatus, String title) {
    this.httpStatus = httpStatus;
    this.title = title;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public int httpStatus() {
    return httpStatus;
  }

  @Override
  public String title() {
    return title;
  }
}
