package org.kith.gallery.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.kith.api.problem.KithException;
import org.kith.api.security.Caller;
import org.kith.api.security.Claims;
import org.kith.gallery.application.Actors;
import org.kith.gallery.application.GalleryErrors;
import org.kith.gallery.application.encounter.DeviceCaller;

/**
 * The calling device from its token: the clinic, the patient its Keycloak client is bound to (the
 * {@code patient} claim) and the client id ({@code azp}). Never taken from the request.
 */
@RequestScoped
public class DeviceCallers {
  @Inject Caller caller;
  @Inject Actors actors;
  @Inject JsonWebToken token;

  public DeviceCaller current() {
    Object claim = token.getClaim(Claims.PATIENT);
    String text = claim == null ? "" : claim.toString().replace("\"", "");
    long patient;
    try {
      patient = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new KithException(GalleryErrors.DEVICE_UNKNOWN, "the device token names no patient");
    }
    Object azp = token.getClaim("azp");
    if (azp == null) {
      throw new KithException(GalleryErrors.DEVICE_UNKNOWN, "the device token names no client");
    }
    return new DeviceCaller(
        caller.clinic(), patient, azp.toString().replace("\"", ""), actors.current());
  }
}
