package org.kith.api.audit;

/** What happened. Identifications, administrative changes, consent, feedback and audit access. */
public enum AuditAction {
  IDENTIFICATION,
  PATIENT_CREATED,
  PATIENT_CHANGED,
  PATIENT_ERASED,
  PERSON_CREATED,
  PERSON_CHANGED,
  PERSON_ERASED,
  CONSENT_CREATED,
  CONSENT_CHANGED,
  CONSENT_ERASED,
  CONSENT_GIVEN,
  CONSENT_WITHDRAWN,
  CONSENT_EXPIRED,
  TEMPLATE_CREATED,
  TEMPLATE_CHANGED,
  TEMPLATE_ERASED,
  DEVICE_CREATED,
  DEVICE_CHANGED,
  DEVICE_ERASED,
  /**
   * A clinician entered a Companion's pairing code for a patient: SUCCESS when the phone was paired
   * (the device it became is the target), FAILURE when the code was unknown, used or expired.
   */
  DEVICE_PAIRING,
  /** A clinic-wide setting changed; the reason names the setting and its consequences. */
  CLINIC_CHANGED,
  /** Someone reported that an earlier answer was wrong; {@code correctsEventId} names it. */
  FEEDBACK,
  /** A reviewer searched or read the audit log; the reason names what was asked for. */
  AUDIT_READ,
  /** A reviewer exported the audit log; the reason names the format and the filter. */
  AUDIT_EXPORTED,
  /** A reviewer verified the chain; the outcome says whether it was intact. */
  AUDIT_VERIFIED,
  /** A request to the audit API was refused. */
  AUDIT_ACCESS_DENIED,
  /** A device opened an encounter (a stream of frames); the request id is the encounter's id. */
  ENCOUNTER_OPENED,
  /**
   * An encounter ended (closed by the device or expired); the reason gives its frame counts. The
   * request id is the encounter's id.
   */
  ENCOUNTER_CLOSED,
  /**
   * A track of an encounter was decided over several frames: one face whose decision is KNOWN
   * (person confirmed), UNCERTAIN or UNKNOWN (stranger confirmed), with the track's score, the
   * thresholds and how many frames were used.
   */
  ENCOUNTER_DECISION
}
