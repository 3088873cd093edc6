package org.kith.gallery.interfaces.rest.encounter;

import org.kith.gallery.domain.encounter.AnnouncementPolicy;

/** A patient's announcement policy on the wire. */
public record AnnouncementPolicyRepresentation(
    long coolDownSeconds, String verbosity, boolean speakUncertain, boolean strangerTone) {

  static AnnouncementPolicyRepresentation of(AnnouncementPolicy p) {
    return new AnnouncementPolicyRepresentation(
        p.coolDown().toSeconds(), p.verbosity().name(), p.speakUncertain(), p.strangerTone());
  }
}
