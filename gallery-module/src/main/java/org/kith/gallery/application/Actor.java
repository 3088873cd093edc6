package org.kith.gallery.application;

import org.kith.api.audit.AuditActor;

/** Who asks: the token's subject and role, and the client address; never a name. */
public record Actor(String subject, String role, String address) {
  /** The gallery itself, for work no caller asked for (erasing templates of expired consents). */
  public static final Actor SYSTEM = new Actor("kith-gallery", "system", null);

  public AuditActor audit() {
    return new AuditActor(subject, role, address);
  }
}
