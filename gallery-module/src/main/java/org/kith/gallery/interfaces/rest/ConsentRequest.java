package org.kith.gallery.interfaces.rest;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.kith.gallery.domain.ConsentGiver;
import org.kith.gallery.domain.ConsentMethod;
import org.kith.gallery.domain.ConsentTerms;

/** The body that records a consent; the cross-field rules live in {@link ConsentTerms}. */
public class ConsentRequest {
  public ConsentGiver givenBy;

  @Size(max = 120, message = "must be at most 120 characters")
  public String representativeName;

  public ConsentMethod method;

  @Size(max = 120, message = "must be at most 120 characters")
  public String witness;

  @Size(max = 200, message = "must be at most 200 characters")
  public String evidenceReference;

  /** When the consent was given; now if absent. */
  public Instant givenAt;

  /** When it lapses; never if absent. */
  public Instant expiresAt;

  ConsentTerms terms() {
    return new ConsentTerms(
        givenBy, representativeName, method, witness, evidenceReference, givenAt, expiresAt);
  }
}
