package org.kith.gallery.application;

import org.kith.api.tenancy.ClinicId;

/**
 * One identify call: whose gallery, who asks (a device, or a clinician trying it out), the image
 * and the request id that ties the answer to its audit event.
 *
 * @param deviceClientId the calling device's client id; null for a clinician's trial
 */
public record IdentificationRequest(
    ClinicId clinic,
    long patientId,
    Actor actor,
    String deviceClientId,
    byte[] image,
    String requestId) {}
