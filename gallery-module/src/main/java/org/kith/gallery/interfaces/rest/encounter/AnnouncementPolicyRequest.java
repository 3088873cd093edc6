package org.kith.gallery.interfaces.rest.encounter;

/** A new announcement policy; every field is required. */
public class AnnouncementPolicyRequest {
  public Long coolDownSeconds;
  public String verbosity;
  public Boolean speakUncertain;
  public Boolean strangerTone;
}
