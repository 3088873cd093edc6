package org.kith.gallery.interfaces.rest;

import java.util.List;
import java.util.Map;
import org.kith.gallery.application.IdentificationResult;
import org.kith.gallery.application.IdentifiedFace;

/** What a device (or a clinician's trial) is told about an image. */
public record IdentificationRepresentation(
    String status,
    long auditEventId,
    String requestId,
    List<Face> faces,
    Map<String, Double> millis) {

  /** One face; the person fields are present for KNOWN and UNCERTAIN only. */
  public record Face(
      String decision,
      Long personId,
      String displayName,
      String relationship,
      String memoryCue,
      String pronunciation,
      Double confidence,
      FaceGeometry.Box box) {
    static Face of(IdentifiedFace f) {
      return new Face(
          f.decision().name(),
          f.personId(),
          f.details() == null ? null : f.details().displayName(),
          f.details() == null ? null : f.details().relationship(),
          f.details() == null ? null : f.details().memoryCue(),
          f.details() == null ? null : f.details().pronunciationHint(),
          f.confidence(),
          FaceGeometry.Box.of(f.box()));
    }
  }

  static IdentificationRepresentation of(IdentificationResult r) {
    return new IdentificationRepresentation(
        r.status(),
        r.auditEventId(),
        r.requestId(),
        r.faces().stream().map(Face::of).toList(),
        r.millis());
  }
}
