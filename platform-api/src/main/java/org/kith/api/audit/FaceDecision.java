package org.kith.api.audit;

/** The open-set decision taken for one face of an identification. */
public enum FaceDecision {
  KNOWN,
  UNCERTAIN,
  UNKNOWN,
  LOW_QUALITY
}
