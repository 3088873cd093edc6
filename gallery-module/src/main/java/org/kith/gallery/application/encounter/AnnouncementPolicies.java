package org.kith.gallery.application.encounter;

import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.encounter.AnnouncementPolicy;

/** Each patient's announcement policy, set by their clinician. */
public interface AnnouncementPolicies {
  /** The patient's policy, the defaults where none was set; {@code NOT_FOUND} for no patient. */
  AnnouncementPolicy policy(ClinicId clinic, long patientId);

  /** Sets it, audited as a change to the patient. */
  AnnouncementPolicy change(ClinicId clinic, long patientId, AnnouncementPolicy policy);
}
