package org.kith.gallery.application;

/**
 * The identify flow: image → recognition → the patient's match index → open-set decision → audit.
 */
public interface Identifications {
  /**
   * Answers only after the audit log has recorded the answer; if it cannot, throws {@code
   * AUDIT_UNAVAILABLE} and gives no identity.
   */
  IdentificationResult identify(IdentificationRequest request);
}
