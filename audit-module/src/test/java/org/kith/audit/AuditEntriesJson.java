package org.kith.audit;

import java.util.UUID;

/** Entries as the gallery will send them to the append API, as JSON text. */
final class AuditEntriesJson {
  private AuditEntriesJson() {}

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
  }

  /** An identification with two faces: one KNOWN, one UNKNOWN. */
  static String identification(String clinic, String patient, String device, String requestId) {
    return """
        {"clinicId":"%s","occurredAt":"2026-11-20T09:15:30.123456Z",
         "action":"IDENTIFICATION","outcome":"SUCCESS",
         "actor":{"subject":"device-subject-1","role":"device","address":"10.0.0.7"},
         "requestId":"%s","patientRef":"%s","deviceId":"%s",
         "identification":{"modelId":"arcface-r100","modelVersion":"1.2.0","latencyMillis":87,
          "faces":[
           {"decision":"KNOWN","candidatePersonId":"person-17","score":0.8123,
            "runnerUpMargin":0.21,
            "thresholds":{"known":0.62,"uncertain":0.45,"context":"low-light"},
            "quality":{"sharpness":0.91,"yaw":-12.5}},
           {"decision":"UNKNOWN","score":0.31,"runnerUpMargin":0.02,
            "thresholds":{"known":0.6,"uncertain":0.45,"context":"default"},
            "quality":{"sharpness":0.55}}]}}
        """
        .formatted(clinic, requestId, patient, device);
  }

  /** A small identification for load tests: one KNOWN face. */
  static String smallIdentification(String clinic, String patient, double score) {
    return """
        {"clinicId":"%s","action":"IDENTIFICATION","outcome":"SUCCESS",
         "actor":{"subject":"device-subject-2","role":"device"},
         "patientRef":"%s","deviceId":"device-load",
         "identification":{"modelId":"arcface-r100","modelVersion":"1.2.0","latencyMillis":40,
          "faces":[{"decision":"KNOWN","candidatePersonId":"person-1","score":%s,
            "runnerUpMargin":0.1,"thresholds":{"known":0.6,"uncertain":0.4,"context":"default"}}]}}
        """
        .formatted(clinic, patient, Double.toString(score));
  }

  static String consentWithdrawn(String clinic, String patient, String consent) {
    return """
        {"clinicId":"%s","action":"CONSENT_WITHDRAWN","outcome":"SUCCESS",
         "actor":{"subject":"clinician-subject","role":"clinician","address":"192.0.2.10"},
         "requestId":"%s","patientRef":"%s","target":{"type":"CONSENT","id":"%s"}}
        """
        .formatted(clinic, unique("req"), patient, consent);
  }

  static String feedback(String clinic, String patient, long corrects) {
    return """
        {"clinicId":"%s","action":"FEEDBACK","outcome":"SUCCESS",
         "actor":{"subject":"device-subject-1","role":"device"},
         "patientRef":"%s","correctsEventId":%d,"reason":"WRONG_PERSON"}
        """
        .formatted(clinic, patient, corrects);
  }
}
