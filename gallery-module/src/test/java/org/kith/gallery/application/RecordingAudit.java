package org.kith.gallery.application;

import java.util.List;
import org.kith.api.audit.AuditEntry;
import org.kith.api.audit.AuditReceipt;

/** A gallery audit whose log keeps its entries in a list, for tests outside this package. */
public final class RecordingAudit {
  private RecordingAudit() {}

  public static GalleryAudit into(List<AuditEntry> entries) {
    GalleryAudit audit = new GalleryAudit();
    audit.log =
        entry -> {
          entries.add(entry);
          return new AuditReceipt(entries.size(), entries.size(), "h");
        };
    audit.actors = () -> new Actor("clin-sub", "clinician", "10.0.0.1");
    return audit;
  }
}
